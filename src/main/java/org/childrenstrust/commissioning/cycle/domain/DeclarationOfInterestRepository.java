package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclarationOfInterestRepository extends JpaRepository<DeclarationOfInterest, Long> {
  List<DeclarationOfInterest> findByCycleAndOccasionOrderById(CycleRecord cycle, DeclarationOfInterest.Occasion occasion);
}
