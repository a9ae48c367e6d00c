package org.childrenstrust.commissioning.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRequestRepository extends JpaRepository<DecisionRequest, Long> {
  List<DecisionRequest> findByBodyAndStatusOrderByDecideByAsc(GovernanceBody body, DecisionRequestStatus status);
}
