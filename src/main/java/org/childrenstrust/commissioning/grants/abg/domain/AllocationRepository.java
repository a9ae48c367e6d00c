package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationRepository extends JpaRepository<Allocation, Long> {
  Optional<Allocation> findByActivity(Activity activity);
  List<Allocation> findByYearOrderById(AbgYear year);
}
