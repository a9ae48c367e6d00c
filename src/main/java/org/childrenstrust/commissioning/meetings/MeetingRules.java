package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the AgendaToMinutes model asks of a meeting (bean {@code meetingRules}): its timers' dates,
 * the answers its gateways need, and who chairs it.
 */
@Component("meetingRules")
@Transactional(readOnly = true)
class MeetingRules {

  /** Chasing, reminders and warnings go out at the start of the working day. */
  public static final LocalTime WORKING_DAY_START = LocalTime.of(9, 0);

  private final MeetingRepository meetings;
  private final WorkingDays workingDays;
  private final int warningWorkingDays;
  private final int minutesWorkingDays;

  public MeetingRules(MeetingRepository meetings, WorkingDays workingDays,
      @Value("${commissioning.meetings.publication-warning-working-days:2}") int warningWorkingDays,
      @Value("${commissioning.meetings.minutes-working-days:10}") int minutesWorkingDays) {
    this.meetings = meetings;
    this.workingDays = workingDays;
    this.warningWorkingDays = warningWorkingDays;
    this.minutesWorkingDays = minutesWorkingDays;
  }

  /** When the draft minutes are due with the chair: a number of working days after the meeting (10 by default). */
  public LocalDate minutesDueDate(Meeting meeting) {
    return workingDays.plusWorkingDays(meeting.getMeetingDate(), minutesWorkingDays);
  }

  /** What a task of this meeting is about, as Tasklist lists it: "Executive Commissioning Group, 8 Dec 2026". */
  public String taskSubject(Meeting meeting) {
    return meeting.getTitle() + ", " + TaskSubject.SHORT_DATE.format(meeting.getMeetingDate());
  }

  /** The last day the agenda can be published with the body's clear working days before the meeting. */
  public LocalDate latestPublicationDate(Meeting meeting) {
    return workingDays.latestPublicationDate(meeting.getMeetingDate(), meeting.getBody().getPublicationClearDays());
  }

  public LocalDate latestPublicationDate(Long meetingId) {
    return latestPublicationDate(meeting(meetingId));
  }

  /** When the clerk is warned that the publication deadline is near: a few working days before it, 09:00. */
  public Date publicationWarningTime(Long meetingId) {
    LocalDate deadline = latestPublicationDate(meetingId);
    return BusinessClock.toDate(workingDays.minusWorkingDays(deadline, warningWorkingDays).atTime(WORKING_DAY_START));
  }

  /** Whether publishing today leaves fewer clear working days than the body requires. */
  public boolean publishingLate(Long meetingId) {
    return BusinessClock.today().isAfter(latestPublicationDate(meetingId));
  }

  /** Papers marked "report to follow" not yet received, and the meeting not yet started. */
  public boolean papersToChase(Long meetingId) {
    Meeting meeting = meeting(meetingId);
    return BusinessClock.now().isBefore(meeting.startsAt())
        && meeting.getItems().stream().anyMatch(item -> item.isPaperOutstanding());
  }

  /** Next chase: 09:00 on the next working day, or the meeting's start if that comes first. */
  public Date nextChaseTime(Long meetingId) {
    Meeting meeting = meeting(meetingId);
    LocalDateTime next = workingDays.plusWorkingDays(BusinessClock.today(), 1).atTime(WORKING_DAY_START);
    return BusinessClock.toDate(next.isBefore(meeting.startsAt()) ? next : meeting.startsAt());
  }

  public Date meetingStartTime(Long meetingId) {
    return BusinessClock.toDate(meeting(meetingId).startsAt());
  }

  /** Whether the next meeting has already approved these minutes as a true record. */
  public boolean minutesConfirmed(Long meetingId) {
    return meeting(meetingId).getMinutesConfirmedAt() != null;
  }

  /** The chair's Camunda user id: the chair approves the agenda and the minutes. */
  public String chairOf(Long meetingId) {
    Meeting meeting = meeting(meetingId);
    return meeting.getBody().chair().map(BodyMember::getUserId)
        .orElseThrow(() -> new IllegalStateException("The " + meeting.getBody().getName()
            + " has no chair with a user account: add one in its membership before scheduling meetings."));
  }

  private Meeting meeting(Long meetingId) {
    return meetings.findById(meetingId)
        .orElseThrow(() -> new NotFound("No meeting with id " + meetingId));
  }
}
