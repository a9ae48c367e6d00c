package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvolvementRecordRepository extends JpaRepository<InvolvementRecord, Long> {
  List<InvolvementRecord> findByCycleOrderByHeldOn(CycleRecord cycle);
  long countByCycleAndWhoIn(CycleRecord cycle, java.util.Collection<InvolvementRecord.Who> who);
}
