package org.childrenstrust.commissioning.meetings.publication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AttachmentKind;
import org.childrenstrust.commissioning.meetings.domain.AttendanceStatus;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.InterestDeclaration;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.domain.MinutesAmendment;
import org.childrenstrust.commissioning.meetings.domain.ReportCover;

/**
 * What an agenda pack and the minutes of one meeting show, worded and formatted, with exempt
 * items already withheld for the {@link DocumentVariant#PUBLIC public} variant: the templates only
 * lay it out. Built inside the transaction that loaded the meeting.
 */
public record MeetingPaper(
    DocumentVariant variant,
    String reference,
    String bodyName,
    String title,
    String purpose,
    String date,
    String time,
    String place,
    String agendaPublishedOn,
    List<Person> invitees,
    List<Item> items,
    List<Person> present,
    List<Person> substitutes,
    List<Person> apologies,
    List<Action> actions,
    List<Amendment> amendments,
    String nextMeeting,
    boolean minutesApproved,
    String minutesStatus) {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  static final Set<MeetingStatus> MINUTES_APPROVED = Set.of(MeetingStatus.MINUTES_CONFIRMED, MeetingStatus.MINUTES_PUBLISHED);
  private static final String DRAFT = "Draft – not yet approved";

  /** A person on the body or at the meeting; {@code note} is "Chair", "for …" or the role. */
  public record Person(String name, String organisation, String note) {}

  /**
   * An agenda item. A withheld item (exempt, public variant) carries its number only.
   *
   * @param addedNote "added after publication – urgent because …", or null
   * @param report the uploaded report, or null
   */
  public record Item(int number, String time, String description, String lead, String attachment,
      String addedNote, boolean exempt, String exemptReason, boolean withheld, boolean otherBusiness,
      Cover cover, Minute minute, List<String> declarations, Report report) {

    static Item withheld(int number) {
      return new Item(number, null, null, null, null, null, true, null, true, false, null, null, List.of(), null);
    }
  }

  /**
   * An uploaded report: a PDF goes into the agenda pack after the agenda; a Word document is
   * supplied separately, from {@code link}.
   */
  public record Report(String fileName, boolean pdf, String link) {}

  /** The report cover (ECG template) of an item's report. */
  public record Cover(String title, String reportTo, String meetingDate, String lead, String sponsor,
      String contact, String askedToDecide, String resourceImplications, String performanceRiskImplications,
      String partnershipImplications, String timescales, String consultation, String sources, String mainBody) {}

  /** What the minutes say of an item; {@code outcome} is worded ("Approved with amendments"). */
  public record Minute(String business, String factsNoted, String outcome, String decision, String rationale,
      String leads) {}

  /** An action from the meeting; {@code item} is null for an action not raised on a particular item. */
  public record Action(Integer item, String description, String owner, String due, String status) {}

  /** A correction recorded after the minutes were approved; {@code item} is null for the minutes as a whole. */
  public record Amendment(Integer item, String amendment, String reason, String recordedBy, String recordedOn) {}

  /** The meeting's papers as the given audience may read them, without uploaded reports. */
  public static MeetingPaper of(Meeting meeting, DocumentVariant variant) {
    return of(meeting, variant, Map.of());
  }

  /** The meeting's papers as the given audience may read them; {@code reports} by item number. */
  public static MeetingPaper of(Meeting meeting, DocumentVariant variant, Map<Integer, Report> reports) {
    boolean internal = variant == DocumentVariant.INTERNAL;
    Set<Integer> withheld = internal ? Set.of() : meeting.getItems().stream()
        .filter(i -> !i.isPublicItem()).map(AgendaItem::getNumber).collect(Collectors.toSet());
    boolean approved = MINUTES_APPROVED.contains(meeting.getStatus());
    return new MeetingPaper(
        variant,
        meeting.getReference(),
        meeting.getBody().getName(),
        meeting.getTitle(),
        meeting.getPurpose(),
        format(meeting.getMeetingDate()),
        timeRange(meeting),
        meeting.getPlace(),
        format(meeting.getAgendaPublishedOn()),
        meeting.getBody().getMembers().stream().filter(BodyMember::isActive)
            .map(m -> new Person(m.getPersonName(), m.getOrganisation(), label(m.getRole().name()))).toList(),
        items(meeting, withheld, reports),
        attendance(meeting, AttendanceStatus.PRESENT),
        attendance(meeting, AttendanceStatus.SUBSTITUTE),
        attendance(meeting, AttendanceStatus.APOLOGIES),
        meeting.getActions().stream()
            .filter(a -> a.getAgendaItem() == null || !withheld.contains(a.getAgendaItem().getNumber()))
            .map(MeetingPaper::action).toList(),
        meeting.getAmendments().stream()
            .filter(a -> a.getItemNumber() == null || !withheld.contains(a.getItemNumber()))
            .map(MeetingPaper::amendment).toList(),
        meeting.getNextMeetingNote(),
        approved,
        approved ? approvedAt(meeting.getMinutesConfirmedAt()) : DRAFT);
  }

  /** Items that can be disclosed in full to the public, in running order. */
  public List<Item> partA() {
    return items.stream().filter(i -> !i.exempt()).toList();
  }

  /** Items exempt from publication (withheld placeholders in the public variant). */
  public List<Item> exemptItems() {
    return items.stream().filter(Item::exempt).toList();
  }

  /** Items that come with a report cover, in running order. */
  public List<Item> reports() {
    return items.stream().filter(i -> i.cover() != null).toList();
  }

  /** The items the minutes record one by one: everything but any other business. */
  public List<Item> minutedItems() {
    return items.stream().filter(i -> !i.otherBusiness()).toList();
  }

  public List<Item> otherBusiness() {
    return items.stream().filter(Item::otherBusiness).toList();
  }

  public boolean isPublic() {
    return variant == DocumentVariant.PUBLIC;
  }

  /** Items with an uploaded report, in running order. */
  public List<Item> uploadedReports() {
    return items.stream().filter(i -> i.report() != null).toList();
  }

  /** Whether an uploaded PDF report follows the agenda in the pack. */
  public boolean hasPdfReports() {
    return items.stream().anyMatch(i -> i.report() != null && i.report().pdf());
  }

  /** Whether a report uploaded as a Word document is supplied separately from the pack. */
  public boolean hasWordReports() {
    return items.stream().anyMatch(i -> i.report() != null && !i.report().pdf());
  }

  private static List<Item> items(Meeting meeting, Set<Integer> withheld, Map<Integer, Report> reports) {
    List<Item> items = new ArrayList<>();
    LocalTime next = meeting.getStartTime();
    for (AgendaItem item : meeting.orderedItems()) {
      LocalTime start = item.getPlannedStart() != null ? item.getPlannedStart() : next;
      next = start.plusMinutes(item.getDurationMinutes());
      if (withheld.contains(item.getNumber())) {
        items.add(Item.withheld(item.getNumber()));
        continue;
      }
      Report report = reports.get(item.getNumber());
      items.add(new Item(item.getNumber(), start.format(TIME), item.getDescription(), item.getLeadOfficer(),
          attachment(item, report),
          item.isAddedAfterPublication() ? "added after publication – urgent because " + item.getUrgencyReason() : null,
          !item.isPublicItem(), item.getExemptReason(), false, item.getKind() == ItemKind.ANY_OTHER_BUSINESS,
          cover(item, meeting.getMeetingDate()), minute(item, meeting), item.getDeclarations().stream()
              .map(MeetingPaper::declaration).toList(), report));
    }
    return items;
  }

  private static String attachment(AgendaItem item, Report report) {
    String title = item.getAttachmentTitle() == null || item.getAttachmentTitle().isBlank()
        ? "" : " (" + item.getAttachmentTitle() + ")";
    if (report != null) {
      String kind = item.getAttachmentKind() == AttachmentKind.PRESENTATION ? "Presentation" : "Report";
      return kind + title + (report.pdf() ? " – follows the agenda" : " (Word document, supplied separately)");
    }
    return switch (item.getAttachmentKind()) {
      case NONE -> null;
      case PRESENTATION -> "Presentation" + title;
      case REPORT -> "Report" + title;
      case REPORT_TO_FOLLOW -> item.isPaperReceived() ? "Report" + title : "Report to follow";
    };
  }

  private static Cover cover(AgendaItem item, LocalDate meetingDate) {
    ReportCover c = item.getReportCover();
    if (c.isEmpty()) {
      return null;
    }
    String consultation = c.getConsultationRelevant() == null ? null
        : c.getConsultationRelevant() ? join("Yes", c.getConsultationDetails()) : join("No", c.getConsultationDetails());
    return new Cover(item.getAttachmentTitle() != null ? item.getAttachmentTitle() : item.getDescription(),
        c.getReportTo(), format(meetingDate), c.getLead(), c.getSponsor(), c.getContact(), c.getAskedToDecide(),
        c.getResourceImplications(), c.getPerformanceRiskImplications(), c.getPartnershipImplications(),
        c.getTimescales(), consultation, c.getSources(), c.getMainBody());
  }

  private static Minute minute(AgendaItem item, Meeting meeting) {
    ItemMinute m = item.getMinute();
    if (m.getBusiness() == null && m.getFactsNoted() == null && m.getDecision() == null && m.getOutcome() == null) {
      return item.getKind() == ItemKind.APOLOGIES ? apologies(meeting) : null;
    }
    String outcome = m.getOutcome() == null ? null : switch (m.getOutcome()) {
      case NOTED -> "Noted";
      case APPROVED -> "Approved";
      case APPROVED_WITH_AMENDMENTS -> "Approved with amendments";
      case REJECTED -> "Rejected";
      case DEFERRED -> "Deferred to the next meeting";
    };
    String leads = m.getLeads() != null ? m.getLeads() : item.getLeadOfficer();
    return new Minute(m.getBusiness(), m.getFactsNoted(), outcome, m.getDecision(), m.getRationale(), leads);
  }

  /** The apologies item, when the clerk wrote nothing more: who sent apologies. */
  private static Minute apologies(Meeting meeting) {
    String names = meeting.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES)
        .map(a -> a.getPersonName()).collect(Collectors.joining(", "));
    return names.isEmpty() ? null : new Minute("Apologies were received from " + names + ".", null, null, null, null, null);
  }

  private static String declaration(InterestDeclaration d) {
    String kind = switch (d.getKind()) {
      case PERSONAL -> "personal";
      case FINANCIAL -> "financial";
      case SERVICE -> "service-related";
    };
    return join(d.getPersonName() + " declared a " + kind + " interest", d.getDetails());
  }

  private static List<Person> attendance(Meeting meeting, AttendanceStatus status) {
    return meeting.getAttendance().stream().filter(a -> a.getStatus() == status)
        .map(a -> new Person(a.getPersonName(), a.getOrganisation(),
            a.getSubstituteFor() != null && !a.getSubstituteFor().isBlank() ? "for " + a.getSubstituteFor()
                : a.isChair() ? "Chair" : null))
        .toList();
  }

  private static Action action(MeetingAction a) {
    return new Action(a.getAgendaItem() == null ? null : a.getAgendaItem().getNumber(), a.getDescription(),
        a.getOwnerName(), format(a.getDueDate()), label(a.getStatus().name()));
  }

  private static Amendment amendment(MinutesAmendment a) {
    return new Amendment(a.getItemNumber(), a.getAmendment(), a.getReason(), a.getRecordedBy(),
        format(a.getRecordedOn()));
  }

  private static String join(String first, String details) {
    return details == null || details.isBlank() ? first : first + ": " + details;
  }

  /** "CHAIR" as "Chair", "OPEN" as "Open". */
  private static String label(String constant) {
    return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
  }

  private static String approvedAt(Meeting confirmedAt) {
    return confirmedAt == null ? "Approved as a true record"
        : "Approved as a true record at the meeting of " + format(confirmedAt.getMeetingDate());
  }

  /** "14:00–16:30". */
  static String timeRange(Meeting meeting) {
    return meeting.getStartTime().format(TIME) + "–" + meeting.getEndTime().format(TIME);
  }

  static String format(LocalDate date) {
    return date == null ? null : date.format(DATE);
  }
}
