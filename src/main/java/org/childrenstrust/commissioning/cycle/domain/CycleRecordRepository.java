package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRecordRepository extends JpaRepository<CycleRecord, Long> {
  Optional<CycleRecord> findByReference(String reference);
  List<CycleRecord> findAllByOrderByReferenceAsc();
  List<CycleRecord> findByServiceAreaOrderByRoundDesc(ServiceArea area);
}
