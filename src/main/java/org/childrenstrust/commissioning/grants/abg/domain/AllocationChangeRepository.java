package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationChangeRepository extends JpaRepository<AllocationChange, Long> {
  List<AllocationChange> findByAllocationOrderById(Allocation allocation);
}
