package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SafeguardingCheckRepository extends JpaRepository<SafeguardingCheck, Long> {
  List<SafeguardingCheck> findByProcurementOrderByCheckedAtDesc(Procurement procurement);
}
