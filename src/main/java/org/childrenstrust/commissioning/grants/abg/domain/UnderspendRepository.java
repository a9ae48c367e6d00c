package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnderspendRepository extends JpaRepository<Underspend, Long> {
  List<Underspend> findByYearOrderById(AbgYear year);
}
