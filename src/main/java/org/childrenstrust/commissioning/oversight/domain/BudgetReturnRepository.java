package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetReturnRepository extends JpaRepository<BudgetReturn, Long> {
  List<BudgetReturn> findByRoundIdOrderByPartnerCodeAscActivityCodeAsc(Long roundId);

  List<BudgetReturn> findByRoundIdAndPartnerCode(Long roundId, String partnerCode);
}
