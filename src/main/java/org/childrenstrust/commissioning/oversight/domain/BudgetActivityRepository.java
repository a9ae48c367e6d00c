package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetActivityRepository extends JpaRepository<BudgetActivity, Long> {
  Optional<BudgetActivity> findByCode(String code);

  List<BudgetActivity> findAllByOrderByPositionAsc();
}
