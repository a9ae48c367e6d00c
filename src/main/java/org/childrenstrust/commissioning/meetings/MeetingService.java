package org.childrenstrust.commissioning.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBodyRepository;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingActionRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingPatternSlot;
import org.childrenstrust.commissioning.meetings.domain.MeetingPatternSlotRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MinutesAmendment;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling meetings (one AgendaToMinutes instance each) and the clerk's changes between steps. */
@Service
@Transactional
class MeetingService {

  private final GovernanceBodyRepository bodies;
  private final MeetingRepository meetings;
  private final MeetingPatternSlotRepository pattern;
  private final MeetingActionRepository actions;
  private final RuntimeService runtimeService;
  private final WorkingDays workingDays;

  public MeetingService(GovernanceBodyRepository bodies, MeetingRepository meetings,
      MeetingPatternSlotRepository pattern, MeetingActionRepository actions, RuntimeService runtimeService,
      WorkingDays workingDays) {
    this.bodies = bodies;
    this.meetings = meetings;
    this.pattern = pattern;
    this.actions = actions;
    this.runtimeService = runtimeService;
    this.workingDays = workingDays;
  }

  public GovernanceBody body(String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessRuleViolation("Choose the governance body the meeting is of.");
    }
    return bodies.findByCode(code.strip())
        .orElseThrow(() -> new BusinessRuleViolation("There is no governance body with the code '" + code
            + "'. Known bodies: " + bodies.findAll().stream().map(GovernanceBody::getCode).toList()));
  }

  public Meeting meeting(String reference) {
    return meetings.findByReference(reference)
        .orElseThrow(() -> new NotFound("There is no meeting with the reference '" + reference + "'."));
  }

  public Meeting meeting(Long id) {
    return meetings.findById(id).orElseThrow(() -> new NotFound("There is no meeting with id " + id + "."));
  }

  /** A new meeting of a body; its place, start and end default to the body's usual ones. */
  public Meeting create(String bodyCode, LocalDate date, LocalTime start, LocalTime end, String place) {
    GovernanceBody body = body(bodyCode);
    Meeting meeting = new Meeting(body, date,
        start != null ? start : body.getDefaultStartTime(),
        end != null ? end : body.getDefaultEndTime(),
        place != null && !place.isBlank() ? place : body.getDefaultPlace());
    if (meetings.findByReference(meeting.getReference()).isPresent()) {
      throw BusinessRuleViolation.conflict("The " + body.getName() + " already meets on " + date
          + " (" + meeting.getReference() + ").");
    }
    return meetings.save(meeting);
  }

  /** Creates the meeting and starts its AgendaToMinutes process. */
  public Meeting schedule(String bodyCode, LocalDate date, LocalTime start, LocalTime end, String place) {
    Meeting meeting = create(bodyCode, date, start, end, place);
    startProcess(meeting);
    return meeting;
  }

  public void startProcess(Meeting meeting) {
    runtimeService.startProcessInstanceByKey(MeetingProcess.PROCESS_KEY, meeting.getReference(),
        Map.of(MeetingProcess.MEETING_ID, meeting.getId()));
  }

  /**
   * Schedules the body's meetings in its pattern months between two dates: on the body's usual
   * weekday of the usual week, moved to the next working day when that is a bank holiday.
   */
  public List<Meeting> scheduleFromPattern(String bodyCode, LocalDate from, LocalDate to) {
    GovernanceBody body = body(bodyCode);
    if (body.getMeetingDayOfWeek() == null || body.getMeetingWeekOfMonth() == null) {
      throw new BusinessRuleViolation("The " + body.getName() + " has no usual meeting day: set it before scheduling from the pattern.");
    }
    List<Meeting> scheduled = new ArrayList<>();
    for (MeetingPatternSlot slot : pattern.findByBodyOrderByYearAscMonthAsc(body)) {
      LocalDate date = meetingDay(slot.getMonth(), body.getMeetingWeekOfMonth(), body.getMeetingDayOfWeek());
      if (date.isBefore(from) || date.isAfter(to)) {
        continue;
      }
      boolean exists = !meetings.findByBodyAndMeetingDateBetweenOrderByMeetingDateAsc(body,
          slot.getMonth().atDay(1), slot.getMonth().atEndOfMonth()).isEmpty();
      if (!exists) {
        scheduled.add(schedule(bodyCode, date, null, null, null));
      }
    }
    return scheduled;
  }

  LocalDate meetingDay(YearMonth month, int weekOfMonth, DayOfWeek day) {
    LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
    while (!workingDays.isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date;
  }

  /** A paper marked "report to follow" has arrived: chasing stops for it. */
  public AgendaItem paperReceived(String reference, int itemNumber, String title) {
    Meeting meeting = meeting(reference);
    AgendaItem item = meeting.item(itemNumber).orElseThrow(() -> new BusinessRuleViolation(
        "Item " + itemNumber + " is not on the agenda of " + reference + "."));
    item.markPaperReceived(title);
    return item;
  }

  /** A correction to approved minutes: recorded beside them; the minutes themselves do not change. */
  public MinutesAmendment amend(String reference, Integer itemNumber, String amendment, String reason, String userId) {
    Meeting meeting = meeting(reference);
    if (!meeting.isMinutesLocked()) {
      throw BusinessRuleViolation.conflict("The minutes of " + reference
          + " are not approved yet: change them in the clerk's 'Revise minutes' step instead.");
    }
    if (amendment == null || amendment.isBlank() || reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("An amendment needs the corrected text and the reason for it.");
    }
    if (itemNumber != null && meeting.item(itemNumber).isEmpty()) {
      throw new BusinessRuleViolation("Item " + itemNumber + " is not in the minutes of " + reference + ".");
    }
    MinutesAmendment recorded = new MinutesAmendment(meeting, itemNumber, amendment.strip(), reason.strip(),
        userId, BusinessClock.today());
    meeting.getAmendments().add(recorded);
    return recorded;
  }

  public MeetingAction completeAction(Long actionId, String note) {
    MeetingAction action = actions.findById(actionId)
        .orElseThrow(() -> new NotFound("There is no action with id " + actionId + "."));
    if (!action.isOpen()) {
      throw BusinessRuleViolation.conflict("That action is already " + action.getStatus().name().toLowerCase() + ".");
    }
    action.complete(BusinessClock.today(), note);
    return action;
  }
}
