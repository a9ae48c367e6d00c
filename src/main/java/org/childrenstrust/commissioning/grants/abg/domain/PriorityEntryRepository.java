package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityEntryRepository extends JpaRepository<PriorityEntry, Long> {
  List<PriorityEntry> findByYearOrderByOutcomeGroupAscGroupRankAsc(AbgYear year);
  Optional<PriorityEntry> findByYearAndReference(AbgYear year, String reference);
}
