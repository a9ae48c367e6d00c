package org.childrenstrust.commissioning.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AttachmentKind;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequest;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestRepository;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestStatus;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItem;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanStatus;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingActionRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.domain.ReportCover;
import org.childrenstrust.commissioning.meetings.publication.PublicLinks;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's life: collected, drafted by the clerk, approved by the chair, published. */
@Service
@Transactional
class AgendaService {

  private final MeetingService meetingService;
  private final ForwardPlanService forwardPlan;
  private final PreviousMeetings previousMeetings;
  private final MeetingActionRepository actions;
  private final DecisionRequestRepository decisionRequests;
  private final MeetingRules rules;
  private final PublicLinks links;

  public AgendaService(MeetingService meetingService, ForwardPlanService forwardPlan,
      PreviousMeetings previousMeetings, MeetingActionRepository actions,
      DecisionRequestRepository decisionRequests, MeetingRules rules, PublicLinks links) {
    this.links = links;
    this.meetingService = meetingService;
    this.forwardPlan = forwardPlan;
    this.previousMeetings = previousMeetings;
    this.actions = actions;
    this.decisionRequests = decisionRequests;
    this.rules = rules;
  }

  /**
   * The draft agenda: welcome and apologies, the previous minutes and matters arising (with the
   * body's open actions), the forward plan items and decision requests due, any other business.
   */
  public Meeting collect(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    meeting.draftAgenda();
    if (meeting.getItems().isEmpty()) {
      String chair = meeting.getBody().chair().map(BodyMember::getPersonName).orElse(null);
      new AgendaItem(meeting, ItemKind.WELCOME, "Welcome, introductions and apologies", chair, 5);
      previousMeetings.awaitingConfirmation(meeting).ifPresent(previous -> {
        AgendaItem minutes = new AgendaItem(meeting, ItemKind.MINUTES_AND_MATTERS_ARISING,
            "Minutes of the meeting of " + MeetingMailer.DAY.format(previous.getMeetingDate()) + " and matters arising",
            chair, 10);
        minutes.attachment(AttachmentKind.REPORT, "Draft minutes, " + previous.getReference());
        minutes.setReportCover(new ReportCover(meeting.getBody().getName(), chair, null, null,
            "Approve the minutes of " + previous.getReference() + " as a true record, and review open actions.")
            // open actions pile up over the years: the cover holds 20,000 characters (cover_main_body)
            .mainBody(FormData.fit("The draft minutes: " + links.memberMinutes(previous.getReference()) + "\n\n"
                + openActionsText(meeting), 20_000, "more open actions follow: see the action log of "
                + meeting.getBody().getName())));
      });
      new AgendaItem(meeting, ItemKind.ANY_OTHER_BUSINESS, "Any other business", chair, 5);
    }
    for (ForwardPlanItem planItem : forwardPlan.dueFor(meeting)) {
      AgendaItem item = forwardPlan.schedule(planItem, meeting);
      if (planItem.getDecisionRequestId() != null) {
        decisionRequests.findById(planItem.getDecisionRequestId()).ifPresent(request -> {
          request.schedule();
          item.setReportCover(new ReportCover(meeting.getBody().getName(), planItem.getLeadOfficer(),
              planItem.getSponsor(), null, request.getQuestion())
              .timescales("Decision needed by " + MeetingMailer.DAY.format(request.getDecideBy()))
              .mainBody(request.getReportSummary()));
          if (request.getReportTitle() != null) {
            item.attachment(AttachmentKind.REPORT, request.getReportTitle());
          }
        });
      }
    }
    AgendaOrder.keepAnyOtherBusinessLast(meeting);
    meeting.retime();
    return meeting;
  }

  String openActionsText(Meeting meeting) {
    List<MeetingAction> open = actions.findOpenForBody(meeting.getBody());
    if (open.isEmpty()) {
      return "No actions are outstanding.";
    }
    StringBuilder text = new StringBuilder("Open actions:\n");
    for (MeetingAction action : open) {
      text.append("- ").append(action.getDescription()).append(" (").append(action.getOwnerName())
          .append(", due ").append(action.getDueDate()).append(", from ").append(action.getMeeting().getReference())
          .append(")\n");
    }
    return text.toString();
  }

  @Transactional(readOnly = true)
  public List<AgendaItemRow> rows(Long meetingId) {
    List<AgendaItemRow> rows = new ArrayList<>();
    for (AgendaItem item : meetingService.meeting(meetingId).orderedItems()) {
      rows.add(new AgendaItemRow(item.getNumber(), item.getNumber(), item.getDescription(), item.getLeadOfficer(),
          item.getDurationMinutes(), item.getAttachmentKind().name(), item.getAttachmentTitle(),
          item.isPublicItem(), item.getExemptReason(), String.valueOf(item.getPlannedStart())));
    }
    return rows;
  }

  /** The agenda as the chair and the clerk read it in their forms. */
  @Transactional(readOnly = true)
  public String summary(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    StringBuilder text = new StringBuilder()
        .append(meeting.getTitle()).append("\n").append(MeetingMailer.when(meeting)).append("\n")
        .append("Publish by ").append(MeetingMailer.DAY.format(rules.latestPublicationDate(meeting)))
        .append(" (").append(meeting.getBody().getPublicationClearDays()).append(" clear working days before the meeting)\n")
        .append("Reports: mark them arrived and upload them at ").append(links.papersPage(meeting.getReference())).append("\n\n");
    for (AgendaItem item : meeting.orderedItems()) {
      text.append(String.format("%d.  %s  %s%s%s%s%n", item.getNumber(), item.getPlannedStart(),
          item.getDescription(), item.getLeadOfficer() == null ? "" : " (" + item.getLeadOfficer() + ")",
          item.getAttachmentKind() == AttachmentKind.NONE ? "" : "  [" + label(item) + "]",
          item.isPublicItem() ? "" : "  EXEMPT: " + item.getExemptReason()));
    }
    text.append("\nEnds ").append(meeting.plannedFinish()).append(" (meeting booked until ").append(meeting.getEndTime()).append(")");
    long overrun = meeting.overrunMinutes();
    if (overrun > 0) {
      text.append("\nOVERRUN: the items run ").append(overrun).append(" minutes past the end time")
          .append(meeting.isOverrunAcknowledged() ? " (accepted by the clerk)" : "");
    }
    if (meeting.getAgendaReturnedComments() != null) {
      text.append("\n\nChair's comments: ").append(meeting.getAgendaReturnedComments());
    }
    return FormData.formText(text.toString());
  }

  private static String label(AgendaItem item) {
    return switch (item.getAttachmentKind()) {
      case PRESENTATION -> "Presentation";
      case REPORT -> "Report" + (item.getAttachmentTitle() == null ? "" : ": " + item.getAttachmentTitle());
      case REPORT_TO_FOLLOW -> item.isPaperReceived() ? "Report received" : "Report to follow";
      case NONE -> "";
    };
  }

  /**
   * The clerk's draft: rows in running order (existing items keep their number, new rows have
   * none; items left out are taken off). Times follow from the durations; items that run past the
   * end time need the clerk to accept the overrun.
   */
  public Meeting applyDraft(Long meetingId, List<AgendaItemRow> rows, boolean overrunAcknowledged) {
    Meeting meeting = meetingService.meeting(meetingId);
    if (meeting.getStatus().agendaPublished()) {
      throw BusinessRuleViolation.conflict("The agenda of " + meeting.getReference()
          + " is already published: add an urgent item instead of redrafting it.");
    }
    if (rows.isEmpty()) {
      throw new BusinessRuleViolation("The agenda has no items.");
    }
    Map<Integer, AgendaItem> existing = new HashMap<>();
    meeting.getItems().forEach(item -> existing.put(item.getNumber(), item));
    List<AgendaItem> ordered = new ArrayList<>();
    int position = 0;
    for (AgendaItemRow row : AgendaOrder.byPosition(rows)) {
      position++;
      String where = "Row " + position + (row.description() == null ? "" : " ('" + row.description() + "')");
      if (row.description() == null || row.description().isBlank()) {
        throw new BusinessRuleViolation(where + " has no description.");
      }
      int duration = row.durationMinutes() == null ? 0 : row.durationMinutes();
      if (duration < 1) {
        throw new BusinessRuleViolation(where + " needs a duration in minutes.");
      }
      AttachmentKind attachment = Optional.ofNullable(
          FormData.choice(AttachmentKind.class, row.attachmentKind(), where + " attachment")).orElse(AttachmentKind.NONE);
      AgendaItem item = row.number() == null ? null : existing.remove(row.number());
      if (item == null) {
        item = new AgendaItem(meeting, ItemKind.BUSINESS, row.description(), row.leadOfficer(), duration);
      }
      item.update(row.description(), row.leadOfficer(), duration);
      if (attachment != item.getAttachmentKind() || !java.util.Objects.equals(row.attachmentTitle(), item.getAttachmentTitle())) {
        item.attachment(attachment, row.attachmentTitle());
      }
      if (Boolean.FALSE.equals(row.publicItem())) {
        if (row.exemptReason() == null || row.exemptReason().isBlank()) {
          throw new BusinessRuleViolation(where + " is marked exempt from publication: give the reason.");
        }
        item.exempt(row.exemptReason());
      } else {
        item.makePublic();
      }
      ordered.add(item);
    }
    for (AgendaItem removed : existing.values()) {
      if (removed.getForwardPlanItem() != null) {
        removed.getForwardPlanItem().release();
      }
      if (removed.getDecisionRequestId() != null) {
        decisionRequests.findById(removed.getDecisionRequestId())
            .ifPresent(DecisionRequest::release);
      }
      meeting.getItems().remove(removed);
    }
    AgendaOrder.renumber(ordered);
    AgendaOrder.keepAnyOtherBusinessLast(meeting);
    meeting.retime();
    long overrun = meeting.overrunMinutes();
    if (overrun > 0 && !overrunAcknowledged) {
      throw new BusinessRuleViolation("The items run " + overrun + " minutes past the meeting's end ("
          + meeting.getEndTime() + "): shorten or remove items, or tick 'Accept the overrun'.");
    }
    meeting.acceptOverrun(overrun > 0 && overrunAcknowledged);
    return meeting;
  }

  /** The chair approves the agenda, or sends it back to the clerk with comments. */
  public Meeting chairDecides(Long meetingId, String decision, String comments, String userId) {
    Meeting meeting = meetingService.meeting(meetingId);
    ensureChair(meeting, userId, "approve the agenda");
    ApprovalChoice choice = ApprovalChoice.read(decision, comments, "the agenda", "the clerk");
    if (choice.approved()) {
      meeting.approveAgenda(userId);
    } else {
      meeting.returnAgenda(choice.comments());
    }
    return meeting;
  }

  void ensureChair(Meeting meeting, String userId, String what) {
    if (userId == null) {
      return;
    }
    BodyMember chair = meeting.getBody().chair().orElse(null);
    if (chair == null || !userId.equals(chair.getUserId())) {
      throw BusinessRuleViolation.forbidden("Only the chair of the " + meeting.getBody().getName()
          + (chair == null ? "" : " (" + chair.getPersonName() + ")") + " can " + what + ".");
    }
  }

  public Meeting recordLatePublicationReason(Long meetingId, String reason) {
    Meeting meeting = meetingService.meeting(meetingId);
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("The agenda is late: give the reason it has to be published with fewer than "
          + meeting.getBody().getPublicationClearDays() + " clear working days' notice.");
    }
    meeting.recordLatePublicationReason(reason);
    return meeting;
  }

  /** Publishes the approved agenda today; a late agenda needs its recorded reason. */
  public Meeting publish(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    if (meeting.getStatus() == MeetingStatus.AGENDA_APPROVED && rules.publishingLate(meetingId) && (meeting.getLatePublicationReason() == null || meeting.getLatePublicationReason().isBlank())) {
      throw new BusinessRuleViolation("The agenda of " + meeting.getReference() + " is late (the deadline was "
          + MeetingMailer.DAY.format(rules.latestPublicationDate(meeting)) + "): record the reason before publishing.");
    }
    meeting.publishAgenda(BusinessClock.today());
    return meeting;
  }

  /** An item added after the agenda was published: it needs the reason it is urgent. */
  public AgendaItem addUrgentItem(String reference, AgendaItemRow row, String urgencyReason, boolean overrunAcknowledged) {
    Meeting meeting = meetingService.meeting(reference);
    if (!meeting.getStatus().agendaPublished() || meeting.getStatus().held()) {
      throw BusinessRuleViolation.conflict(meeting.getStatus().held()
          ? "The meeting " + reference + " has taken place: put the item on a later agenda."
          : "The agenda of " + reference + " is not published yet: the clerk adds the item in the 'Draft agenda' step.");
    }
    if (row == null || row.description() == null || row.description().isBlank()) {
      throw new BusinessRuleViolation("The item needs a description.");
    }
    if (urgencyReason == null || urgencyReason.isBlank()) {
      throw new BusinessRuleViolation("The agenda of " + reference
          + " is already published: an item added now needs the reason it is urgent.");
    }
    int duration = row.durationMinutes() == null ? 0 : row.durationMinutes();
    AgendaItem item = new AgendaItem(meeting, ItemKind.BUSINESS, row.description(), row.leadOfficer(), duration);
    AttachmentKind attachment = FormData.choice(AttachmentKind.class, row.attachmentKind(), "Attachment");
    if (attachment != null) {
      item.attachment(attachment, row.attachmentTitle());
    }
    if (Boolean.FALSE.equals(row.publicItem())) {
      item.exempt(row.exemptReason());
    }
    item.markAddedAfterPublication(urgencyReason);
    AgendaOrder.keepAnyOtherBusinessLast(meeting);
    meeting.retime();
    long overrun = meeting.overrunMinutes();
    if (overrun > 0 && !overrunAcknowledged) {
      throw new BusinessRuleViolation("With this item the meeting runs " + overrun + " minutes past its end ("
          + meeting.getEndTime() + "): accept the overrun or shorten the item.");
    }
    return item;
  }
}
