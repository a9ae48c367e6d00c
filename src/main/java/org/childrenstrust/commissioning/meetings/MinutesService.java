package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.meetings.publication.PublicLinks;
import java.util.Set;
import org.childrenstrust.commissioning.meetings.FormRows.ActionRow;
import org.childrenstrust.commissioning.meetings.FormRows.AttendanceRow;
import org.childrenstrust.commissioning.meetings.FormRows.DeclarationRow;
import org.childrenstrust.commissioning.meetings.FormRows.ItemMinuteRow;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Attendance;
import org.childrenstrust.commissioning.meetings.domain.AttendanceStatus;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanStatus;
import org.childrenstrust.commissioning.meetings.domain.InterestDeclaration;
import org.childrenstrust.commissioning.meetings.domain.InterestKind;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happened at the meeting, and its minutes from draft to approved, published and locked. */
@Service
@Transactional
class MinutesService {

  /** The clerk's answer on the minutes to confirm: confirmed, confirmed with corrections, or not confirmed. */
  static final String CONFIRMED = "confirmed";
  static final String CONFIRMED_WITH_CORRECTIONS = "corrections";
  static final String NOT_CONFIRMED = "notConfirmed";

  private final MeetingService meetingService;
  private final PreviousMeetings previousMeetings;
  private final PublicLinks links;

  public MinutesService(MeetingService meetingService, PreviousMeetings previousMeetings, PublicLinks links) {
    this.meetingService = meetingService;
    this.previousMeetings = previousMeetings;
    this.links = links;
  }

  /**
   * What the record form says about the last meeting's minutes that this meeting confirms: which
   * meeting, which item, and where to read them; null when this agenda confirms none.
   */
  @Transactional(readOnly = true)
  public String minutesToConfirm(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    Optional<AgendaItem> item = meeting.standingItem(ItemKind.MINUTES_AND_MATTERS_ARISING);
    Optional<Meeting> previous = previousMeetings.awaitingConfirmation(meeting);
    if (item.isEmpty() || previous.isEmpty()) {
      return null;
    }
    return "Item " + item.get().getNumber() + " asks the meeting to confirm the minutes of " + previous.get().getTitle()
        + ", " + MeetingMailer.DAY.format(previous.get().getMeetingDate()) + " (" + previous.get().getReference()
        + ") as a true record. Read them with the link below, or at " + links.memberMinutes(previous.get().getReference())
        + " (user name and password).";
  }

  /** Where the record form links the minutes this meeting confirms (a path on this server); null when none. */
  @Transactional(readOnly = true)
  public String minutesToConfirmPath(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    if (meeting.standingItem(ItemKind.MINUTES_AND_MATTERS_ARISING).isEmpty()) {
      return null;
    }
    return previousMeetings.awaitingConfirmation(meeting)
        .map(previous -> PublicLinks.papersMinutesPath(previous.getReference())).orElse(null);
  }

  /** The record form's starting point: members to mark present or not, and one row per agenda item. */
  @Transactional(readOnly = true)
  public List<AttendanceRow> attendanceRows(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    List<AttendanceRow> rows = new ArrayList<>();
    if (!meeting.getAttendance().isEmpty()) {
      for (Attendance a : meeting.getAttendance()) {
        rows.add(new AttendanceRow(a.getPersonName(), a.getOrganisation(), a.getStatus().name(), a.isChair(),
            a.getSubstituteFor()));
      }
      return rows;
    }
    for (BodyMember member : meeting.getBody().getMembers()) {
      if (member.isActive() && member.getRole() != MemberRole.SUBSTITUTE) {
        rows.add(new AttendanceRow(member.getPersonName(), member.getOrganisation(), null,
            member.getRole() == MemberRole.CHAIR, null));
      }
    }
    return rows;
  }

  @Transactional(readOnly = true)
  public List<ItemMinuteRow> itemRows(Long meetingId) {
    List<ItemMinuteRow> rows = new ArrayList<>();
    for (AgendaItem item : meetingService.meeting(meetingId).orderedItems()) {
      ItemMinute m = item.getMinute();
      rows.add(new ItemMinuteRow(item.getNumber(), item.getDescription(), m.getBusiness(), m.getFactsNoted(),
          m.getOutcome() == null ? null : m.getOutcome().name(), m.getDecision(), m.getRationale(),
          m.getLeads() == null ? item.getLeadOfficer() : m.getLeads()));
    }
    return rows;
  }

  @Transactional(readOnly = true)
  public List<DeclarationRow> declarationRows(Long meetingId) {
    List<DeclarationRow> rows = new ArrayList<>();
    for (AgendaItem item : meetingService.meeting(meetingId).orderedItems()) {
      for (InterestDeclaration d : item.getDeclarations()) {
        rows.add(new DeclarationRow(item.getNumber(), d.getPersonName(), d.getKind().name(), d.getDetails()));
      }
    }
    return rows;
  }

  @Transactional(readOnly = true)
  public List<ActionRow> actionRows(Long meetingId) {
    List<ActionRow> rows = new ArrayList<>();
    for (MeetingAction a : meetingService.meeting(meetingId).getActions()) {
      rows.add(new ActionRow(a.getAgendaItem() == null ? null : a.getAgendaItem().getNumber(), a.getDescription(),
          a.getOwnerName(), a.getOwnerEmail(), a.getDueDate().toString()));
    }
    return rows;
  }

  @Transactional(readOnly = true)
  public String anyOtherBusiness(Long meetingId) {
    return meetingService.meeting(meetingId).standingItem(ItemKind.ANY_OTHER_BUSINESS)
        .map(item -> item.getMinute().getBusiness()).orElse(null);
  }

  @Transactional(readOnly = true)
  public String nextMeetingNote(Long meetingId) {
    return meetingService.meeting(meetingId).getNextMeetingNote();
  }

  /**
   * Records the meeting as the clerk took it down: attendance, declarations of interest, per-item
   * minutes and decisions, actions, any other business, the next meeting. All or nothing: any row
   * that breaks a rule rejects the whole record.
   */
  public Meeting record(Long meetingId, List<AttendanceRow> attendance, List<ItemMinuteRow> items,
      List<DeclarationRow> declarations, List<ActionRow> actions, String anyOtherBusiness, String nextMeetingNote) {
    return record(meetingId, attendance, items, declarations, actions, anyOtherBusiness, nextMeetingNote, null, null);
  }

  /**
   * As above, with the clerk's one clear answer on the last meeting's minutes ({@value #CONFIRMED},
   * {@value #CONFIRMED_WITH_CORRECTIONS} with the corrections, {@value #NOT_CONFIRMED}), which
   * decides the "Minutes and matters arising" item's outcome; null: the item's row decides.
   */
  public Meeting record(Long meetingId, List<AttendanceRow> attendance, List<ItemMinuteRow> items,
      List<DeclarationRow> declarations, List<ActionRow> actions, String anyOtherBusiness, String nextMeetingNote,
      String previousMinutes, String corrections) {
    Meeting meeting = meetingService.meeting(meetingId);
    items = withMinutesConfirmation(meeting, items, previousMinutes, corrections);
    meeting.markHeld(blankToNull(nextMeetingNote));
    recordAttendance(meeting, attendance);
    Set<Integer> recorded = new HashSet<>();
    for (ItemMinuteRow row : items) {
      AgendaItem item = itemOnAgenda(meeting, row.number(), "A decision");
      if (!recorded.add(item.getNumber())) {
        throw new BusinessRuleViolation("Item " + item.getNumber() + " is recorded twice.");
      }
      ItemOutcome outcome = FormData.choice(ItemOutcome.class, row.outcome(), "Item " + item.getNumber() + " outcome");
      if (outcome == null) {
        throw new BusinessRuleViolation("Item " + item.getNumber() + " ('" + item.getDescription()
            + "'): choose what the meeting did (noted, approved, approved with amendments, rejected or deferred).");
      }
      if (item.getDecisionRequestId() != null && !outcome.isDecision()) {
        throw new BusinessRuleViolation("Item " + item.getNumber() + " asks the meeting for a decision: record approved, "
            + "approved with amendments, rejected or deferred.");
      }
      if (outcome.isDecision() && outcome != ItemOutcome.DEFERRED && item.getKind() == ItemKind.BUSINESS
          && (row.rationale() == null || row.rationale().isBlank())) {
        throw new BusinessRuleViolation("Item " + item.getNumber() + ": record the rationale for the decision.");
      }
      item.record(new ItemMinute(blankToNull(row.business()), blankToNull(row.factsNoted()), outcome,
          blankToNull(row.decision()), blankToNull(row.rationale()), blankToNull(row.leads())));
    }
    for (AgendaItem item : meeting.orderedItems()) {
      if (!recorded.contains(item.getNumber()) && item.getKind() != ItemKind.ANY_OTHER_BUSINESS) {
        throw new BusinessRuleViolation("Item " + item.getNumber() + " ('" + item.getDescription()
            + "') has no minute: record what the meeting did with it.");
      }
    }
    for (AgendaItem item : meeting.getItems()) {
      item.getDeclarations().clear();
    }
    for (DeclarationRow row : declarations) {
      AgendaItem item = itemOnAgenda(meeting, row.itemNumber(), "A declaration of interest");
      InterestKind kind = FormData.choice(InterestKind.class, row.kind(), "Declaration on item " + item.getNumber());
      if (row.personName() == null || row.personName().isBlank() || kind == null) {
        throw new BusinessRuleViolation("A declaration of interest on item " + item.getNumber()
            + " needs the person's name and the kind of interest (personal, financial or service).");
      }
      item.getDeclarations().add(new InterestDeclaration(item, row.personName().strip(), kind, blankToNull(row.details())));
    }
    meeting.getActions().clear();
    for (ActionRow row : actions) {
      AgendaItem item = row.itemNumber() == null ? null : itemOnAgenda(meeting, row.itemNumber(), "An action");
      LocalDate due = FormData.date(row.dueDate(), "The due date of action '" + row.description() + "'");
      if (row.description() == null || row.description().isBlank() || row.ownerName() == null
          || row.ownerName().isBlank() || due == null) {
        throw new BusinessRuleViolation("Every action needs a description, an owner and a due date.");
      }
      meeting.getActions().add(new MeetingAction(meeting, item, row.description().strip(), row.ownerName().strip(),
          blankToNull(row.ownerEmail()), due));
    }
    meeting.standingItem(ItemKind.ANY_OTHER_BUSINESS).ifPresent(aob -> aob.record(new ItemMinute(
        anyOtherBusiness == null || anyOtherBusiness.isBlank() ? "None." : anyOtherBusiness.strip(),
        null, ItemOutcome.NOTED, null, null, null)));
    return meeting;
  }

  private List<ItemMinuteRow> withMinutesConfirmation(Meeting meeting, List<ItemMinuteRow> items, String answer,
      String corrections) {
    Optional<AgendaItem> minutesItem = meeting.standingItem(ItemKind.MINUTES_AND_MATTERS_ARISING);
    if (answer == null || answer.isBlank() || minutesItem.isEmpty()) {
      return items;
    }
    int number = minutesItem.get().getNumber();
    ItemMinuteRow answered = switch (answer) {
      case CONFIRMED -> new ItemMinuteRow(number, null, null, null, ItemOutcome.APPROVED.name(),
          "The minutes of the previous meeting were approved as a true record.", "No corrections were raised.", null);
      case CONFIRMED_WITH_CORRECTIONS -> {
        if (corrections == null || corrections.isBlank()) {
          throw new BusinessRuleViolation("Write the corrections the meeting made to the minutes before it confirmed them.");
        }
        yield new ItemMinuteRow(number, null, null, null, ItemOutcome.APPROVED_WITH_AMENDMENTS.name(),
            "The minutes of the previous meeting were approved as a true record with these corrections: " + corrections.strip(),
            "Corrected at the meeting.", null);
      }
      case NOT_CONFIRMED -> new ItemMinuteRow(number, null, null, null, ItemOutcome.DEFERRED.name(),
          "The minutes of the previous meeting were not confirmed; they come back to the next meeting.",
          "Not confirmed at this meeting.", null);
      default -> throw new BusinessRuleViolation("Say whether the meeting confirmed the minutes of its last meeting.");
    };
    List<ItemMinuteRow> rows = new ArrayList<>();
    for (ItemMinuteRow row : items) {
      if (row.number() != null && row.number() == number) {
        rows.add(new ItemMinuteRow(number, row.description(), row.business(), row.factsNoted(), answered.outcome(),
            answered.decision(), answered.rationale(), row.leads()));
      } else {
        rows.add(row);
      }
    }
    if (rows.stream().noneMatch(r -> r.number() != null && r.number() == number)) {
      rows.add(answered);
    }
    return rows;
  }

  private void recordAttendance(Meeting meeting, List<AttendanceRow> rows) {
    List<Attendance> attendance = new ArrayList<>();
    int chairs = 0;
    for (AttendanceRow row : rows) {
      if (row.personName() == null || row.personName().isBlank()) {
        continue;
      }
      AttendanceStatus status = FormData.choice(AttendanceStatus.class, row.status(), "Attendance of " + row.personName());
      if (status == null) {
        throw new BusinessRuleViolation("Say whether " + row.personName() + " was present, sent apologies, was substituted or was absent.");
      }
      boolean chair = Boolean.TRUE.equals(row.chair()) && status == AttendanceStatus.PRESENT;
      chairs += chair ? 1 : 0;
      if (status == AttendanceStatus.SUBSTITUTE && (row.substituteFor() == null || row.substituteFor().isBlank())) {
        throw new BusinessRuleViolation(row.personName() + " is a substitute: say for whom.");
      }
      attendance.add(new Attendance(meeting, row.personName().strip(), blankToNull(row.organisation()), status, chair,
          blankToNull(row.substituteFor())));
    }
    if (attendance.stream().noneMatch(a -> a.getStatus() == AttendanceStatus.PRESENT || a.getStatus() == AttendanceStatus.SUBSTITUTE)) {
      throw new BusinessRuleViolation("Record who was present: nobody is marked present.");
    }
    if (chairs > 1) {
      throw new BusinessRuleViolation("Only one person chairs the meeting.");
    }
    meeting.getAttendance().clear();
    meeting.getAttendance().addAll(attendance);
  }

  private static AgendaItem itemOnAgenda(Meeting meeting, Integer number, String what) {
    if (number == null) {
      throw new BusinessRuleViolation(what + " needs the number of the agenda item it belongs to.");
    }
    return meeting.item(number).orElseThrow(() -> new BusinessRuleViolation(what + " is recorded against item "
        + number + ", which is not on the agenda of " + meeting.getReference() + "."));
  }

  /** The chair (or, when the chair is away, a member) approves the draft minutes or returns them. */
  public Meeting chairDecides(Long meetingId, String decision, String comments, String userId) {
    Meeting meeting = meetingService.meeting(meetingId);
    meeting.ensureMinutesEditable();
    if (userId != null && !meeting.getBody().hasMemberUser(userId)) {
      throw BusinessRuleViolation.forbidden(userId + " is not a member of the " + meeting.getBody().getName()
          + ": only its members can approve its minutes.");
    }
    ApprovalChoice choice = ApprovalChoice.read(decision, comments, "the draft minutes", "the clerk");
    if (choice.approved()) {
      meeting.approveMinutes(userId);
    } else {
      meeting.returnMinutes(choice.comments());
    }
    return meeting;
  }

  public Meeting circulated(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    meeting.circulateMinutes(BusinessClock.today());
    return meeting;
  }

  /** The next meeting approved these minutes as a true record. */
  public Meeting confirm(Meeting minutesOf, Meeting at) {
    minutesOf.confirmMinutes(at);
    return minutesOf;
  }

  /** Publishes confirmed minutes and locks them: from now on a correction is an amendment. */
  public Meeting publish(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    meeting.publishMinutes(BusinessClock.today());
    return meeting;
  }

  /** The draft minutes as the chair reads them in the approval form. */
  @Transactional(readOnly = true)
  public String summary(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    StringBuilder text = new StringBuilder("Draft minutes: ").append(meeting.getTitle()).append("\n")
        .append(MeetingMailer.when(meeting)).append("\n\nPresent: ");
    text.append(String.join(", ", meeting.getAttendance().stream()
        .filter(a -> a.getStatus() == AttendanceStatus.PRESENT || a.getStatus() == AttendanceStatus.SUBSTITUTE)
        .map(a -> a.getPersonName() + (a.isChair() ? " (Chair)" : "")
            + (a.getSubstituteFor() == null ? "" : " for " + a.getSubstituteFor())).toList()));
    text.append("\nApologies: ").append(String.join(", ", meeting.getAttendance().stream()
        .filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES).map(Attendance::getPersonName).toList()));
    for (AgendaItem item : meeting.orderedItems()) {
      ItemMinute m = item.getMinute();
      text.append("\n\n").append(item.getNumber()).append(". ").append(item.getDescription());
      if (m.getBusiness() != null) {
        text.append("\n").append(m.getBusiness());
      }
      if (m.getFactsNoted() != null) {
        text.append("\nNoted: ").append(m.getFactsNoted());
      }
      if (m.getOutcome() != null && m.getOutcome() != ItemOutcome.NOTED) {
        text.append("\nDecision (").append(m.getOutcome().name().toLowerCase().replace('_', ' ')).append("): ")
            .append(m.getDecision() == null ? "" : m.getDecision());
      }
      if (m.getRationale() != null) {
        text.append("\nRationale: ").append(m.getRationale());
      }
      if (m.getLeads() != null) {
        text.append("\nLead: ").append(m.getLeads());
      }
      for (InterestDeclaration d : item.getDeclarations()) {
        text.append("\nInterest declared: ").append(d.getPersonName()).append(" (").append(d.getKind().name().toLowerCase())
            .append(d.getDetails() == null ? "" : ": " + d.getDetails()).append(")");
      }
    }
    if (!meeting.getActions().isEmpty()) {
      text.append("\n\nActions:");
      for (MeetingAction a : meeting.getActions()) {
        text.append("\n- ").append(a.getDescription()).append(" (").append(a.getOwnerName()).append(", due ")
            .append(a.getDueDate()).append(")");
      }
    }
    if (meeting.getNextMeetingNote() != null) {
      text.append("\n\nNext meeting: ").append(meeting.getNextMeetingNote());
    }
    if (meeting.getMinutesReturnedComments() != null) {
      text.append("\n\nChair's comments on the last draft: ").append(meeting.getMinutesReturnedComments());
    }
    return FormData.formText(text.toString());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Forward plan bookkeeping after the meeting: items taken are done. */
  void markTaken(Meeting meeting) {
    for (AgendaItem item : meeting.getItems()) {
      if (item.getForwardPlanItem() != null && item.getForwardPlanItem().getStatus() == ForwardPlanStatus.SCHEDULED) {
        item.getForwardPlanItem().take();
      }
    }
  }
}
