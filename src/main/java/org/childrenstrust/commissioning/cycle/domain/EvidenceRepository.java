package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {
  List<Evidence> findByCycleOrderById(CycleRecord cycle);
  long countByCycle(CycleRecord cycle);
}
