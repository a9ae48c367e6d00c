package org.childrenstrust.commissioning.meetings;

import java.util.Optional;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.springframework.stereotype.Component;

/** The meeting whose minutes the next meeting of the same body approves as a true record. */
@Component
class PreviousMeetings {

  private final MeetingRepository meetings;

  public PreviousMeetings(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  /** The body's latest earlier meeting that was held and whose minutes are not yet confirmed. */
  public Optional<Meeting> awaitingConfirmation(Meeting meeting) {
    return meetings.findFirstByBodyAndMeetingDateBeforeAndStatusNotOrderByMeetingDateDesc(
            meeting.getBody(), meeting.getMeetingDate(), MeetingStatus.CANCELLED)
        .filter(previous -> previous.getStatus().held())
        .filter(previous -> previous.getMinutesConfirmedAt() == null
            && previous.getStatus().compareTo(MeetingStatus.MINUTES_CONFIRMED) < 0);
  }
}
