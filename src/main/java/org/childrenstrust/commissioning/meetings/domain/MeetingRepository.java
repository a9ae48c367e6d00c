package org.childrenstrust.commissioning.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {
  Optional<Meeting> findByReference(String reference);

  List<Meeting> findByBodyOrderByMeetingDateAsc(GovernanceBody body);

  Optional<Meeting> findFirstByBodyAndMeetingDateAfterAndStatusNotOrderByMeetingDateAsc(
      GovernanceBody body, LocalDate date, MeetingStatus notStatus);

  Optional<Meeting> findFirstByBodyAndMeetingDateBeforeAndStatusNotOrderByMeetingDateDesc(
      GovernanceBody body, LocalDate date, MeetingStatus notStatus);

  List<Meeting> findByStatusInOrderByMeetingDateDesc(List<MeetingStatus> statuses);

  List<Meeting> findByBodyAndMeetingDateBetweenOrderByMeetingDateAsc(GovernanceBody body, LocalDate from, LocalDate to);
}
