package org.childrenstrust.commissioning.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ForwardPlanItemRepository extends JpaRepository<ForwardPlanItem, Long> {
  List<ForwardPlanItem> findByBodyAndStatusOrderByOutcomeAscIdAsc(GovernanceBody body, ForwardPlanStatus status);

  List<ForwardPlanItem> findByBodyOrderByOutcomeAscIdAsc(GovernanceBody body);
}
