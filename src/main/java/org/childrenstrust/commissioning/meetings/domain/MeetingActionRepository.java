package org.childrenstrust.commissioning.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingActionRepository extends JpaRepository<MeetingAction, Long> {
  List<MeetingAction> findByStatusAndDueDateLessThanEqual(ActionStatus status, LocalDate dueBy);

  @Query("select a from MeetingAction a where a.status = 'OPEN' and a.meeting.body = ?1 order by a.dueDate")
  List<MeetingAction> findOpenForBody(GovernanceBody body);
}
