package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OptionAppraisalRepository extends JpaRepository<OptionAppraisal, Long> {
  List<OptionAppraisal> findByCycle(CycleRecord cycle);
  void deleteByCycle(CycleRecord cycle);
}
