package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantLineRepository extends JpaRepository<GrantLine, Long> {
  List<GrantLine> findByYearOrderById(AbgYear year);
}
