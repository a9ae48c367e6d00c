package org.childrenstrust.commissioning.meetings;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AttachmentKind;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItem;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItemRepository;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanStatus;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's forward work plan: items waiting for a meeting, grouped by outcome. Items reach an
 * agenda when the clerk drafts it; an item added while the next agenda is being drafted joins that
 * draft at once.
 */
@Service
@Transactional
class ForwardPlanService {

  private final ForwardPlanItemRepository plan;
  private final MeetingRepository meetings;

  public ForwardPlanService(ForwardPlanItemRepository plan, MeetingRepository meetings) {
    this.plan = plan;
    this.meetings = meetings;
  }

  /** Saves a new plan item and places it on the draft agenda if one is open. */
  public ForwardPlanItem add(ForwardPlanItem item) {
    ForwardPlanItem saved = plan.save(item);
    placeOnDraftAgenda(saved);
    return saved;
  }

  public ForwardPlanItem add(GovernanceBody body, CommissioningOutcome outcome, String title, String sponsor,
      String leadOfficer, Integer durationMinutes, YearMonth target) {
    if (title == null || title.isBlank()) {
      throw new BusinessRuleViolation("A forward plan item needs a title.");
    }
    int duration = durationMinutes == null ? 15 : durationMinutes;
    if (duration < 1) {
      throw new BusinessRuleViolation("A forward plan item needs a duration of at least one minute.");
    }
    return add(new ForwardPlanItem(body, outcome == null ? CommissioningOutcome.GOVERNANCE : outcome,
        title.strip(), sponsor, leadOfficer, duration, target, BusinessClock.today()));
  }

  /** Puts the item straight onto the body's next agenda if that agenda is being drafted now. */
  public void placeOnDraftAgenda(ForwardPlanItem item) {
    Optional<Meeting> next = meetings.findFirstByBodyAndMeetingDateAfterAndStatusNotOrderByMeetingDateAsc(
        item.getBody(), BusinessClock.today().minusDays(1), MeetingStatus.CANCELLED);
    next.filter(m -> m.getStatus() == MeetingStatus.AGENDA_DRAFT)
        .filter(m -> item.isDueBy(YearMonth.from(m.getMeetingDate())))
        .ifPresent(meeting -> schedule(item, meeting));
  }

  /** Items of the body's plan that are due by the meeting's month and not yet on an agenda. */
  public List<ForwardPlanItem> dueFor(Meeting meeting) {
    YearMonth month = YearMonth.from(meeting.getMeetingDate());
    return plan.findByBodyAndStatusOrderByOutcomeAscIdAsc(meeting.getBody(), ForwardPlanStatus.PROPOSED).stream()
        .filter(item -> item.isDueBy(month)).toList();
  }

  /** Adds a forward plan item to a meeting's agenda, before any other business. */
  public AgendaItem schedule(ForwardPlanItem planItem, Meeting meeting) {
    AgendaItem item = new AgendaItem(meeting, ItemKind.BUSINESS, planItem.getTitle(), planItem.getLeadOfficer(),
        planItem.getDurationMinutes());
    item.setForwardPlanItem(planItem);
    item.setDecisionRequestId(planItem.getDecisionRequestId());
    item.attachment(AttachmentKind.REPORT_TO_FOLLOW, null);
    planItem.schedule();
    AgendaOrder.keepAnyOtherBusinessLast(meeting);
    meeting.retime();
    return item;
  }

  /** "Come back at the next meeting": a new plan item for the body's next meeting. */
  public ForwardPlanItem carryOver(AgendaItem deferred) {
    Meeting meeting = deferred.getMeeting();
    ForwardPlanItem origin = deferred.getForwardPlanItem();
    YearMonth nextMonth = meetings.findFirstByBodyAndMeetingDateAfterAndStatusNotOrderByMeetingDateAsc(
            meeting.getBody(), meeting.getMeetingDate(), MeetingStatus.CANCELLED)
        .map(m -> YearMonth.from(m.getMeetingDate()))
        .orElse(null);
    ForwardPlanItem carried = new ForwardPlanItem(meeting.getBody(),
        origin == null ? CommissioningOutcome.GOVERNANCE : origin.getOutcome(),
        deferred.getDescription(), origin == null ? null : origin.getSponsor(), deferred.getLeadOfficer(),
        deferred.getDurationMinutes(), nextMonth, BusinessClock.today());
    carried.setCarriedFromItemId(deferred.getId());
    carried.setDecisionRequestId(deferred.getDecisionRequestId());
    if (origin != null) {
      origin.take();
    }
    return add(carried);
  }

  @Transactional(readOnly = true)
  public List<ForwardPlanItem> planOf(GovernanceBody body) {
    return plan.findByBodyOrderByOutcomeAscIdAsc(body);
  }
}
