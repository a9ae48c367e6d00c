package org.childrenstrust.commissioning.meetings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingPatternSlotRepository extends JpaRepository<MeetingPatternSlot, Long> {
  List<MeetingPatternSlot> findByBodyOrderByYearAscMonthAsc(GovernanceBody body);
}
