package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcurementRepository extends JpaRepository<Procurement, Long> {
  Optional<Procurement> findByCycle(CycleRecord cycle);
}
