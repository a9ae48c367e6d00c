package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringReturnRepository extends JpaRepository<MonitoringReturn, Long> {
  List<MonitoringReturn> findByContractOrderByQuarterEnd(Contract contract);
  Optional<MonitoringReturn> findByContractAndQuarterEnd(Contract contract, java.time.LocalDate quarterEnd);
}
