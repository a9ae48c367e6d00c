package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissioningIntentionRepository extends JpaRepository<CommissioningIntention, Long> {
  List<CommissioningIntention> findByCycle(CycleRecord cycle);
  void deleteByCycle(CycleRecord cycle);
}
