package org.childrenstrust.commissioning.oversight.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetRoundRepository extends JpaRepository<BudgetRound, Long> {
  Optional<BudgetRound> findByFinancialYear(String financialYear);
}
