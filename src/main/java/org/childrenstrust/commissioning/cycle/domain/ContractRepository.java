package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {
  Optional<Contract> findByReference(String reference);
  List<Contract> findByCycle(CycleRecord cycle);
  List<Contract> findAllByOrderByReviewOnAsc();
}
