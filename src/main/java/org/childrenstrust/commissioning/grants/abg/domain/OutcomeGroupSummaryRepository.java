package org.childrenstrust.commissioning.grants.abg.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeGroupSummaryRepository extends JpaRepository<OutcomeGroupSummary, Long> {
  boolean existsByYearAndQuarterAndOutcomeGroup(AbgYear year, int quarter, String outcomeGroup);
  List<OutcomeGroupSummary> findByYearAndQuarterOrderByOutcomeGroup(AbgYear year, int quarter);
}
