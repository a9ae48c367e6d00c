package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReallocationRepository extends JpaRepository<Reallocation, Long> {
  List<Reallocation> findByYearOrderById(AbgYear year);
}
