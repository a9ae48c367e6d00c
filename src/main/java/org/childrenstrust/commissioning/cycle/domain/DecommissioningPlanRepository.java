package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecommissioningPlanRepository extends JpaRepository<DecommissioningPlan, Long> {
  Optional<DecommissioningPlan> findByCycle(CycleRecord cycle);
}
