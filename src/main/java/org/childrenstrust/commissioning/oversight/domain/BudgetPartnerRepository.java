package org.childrenstrust.commissioning.oversight.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetPartnerRepository extends JpaRepository<BudgetPartner, Long> {
  Optional<BudgetPartner> findByCode(String code);

  List<BudgetPartner> findAllByOrderById();
}
