package org.childrenstrust.commissioning.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaper;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaperRepository;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.PaperSummary;
import org.childrenstrust.commissioning.meetings.domain.PaperFormat;
import org.childrenstrust.commissioning.meetings.publication.ReportPdfs;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded reports of agenda items: the clerk, an administrator or the item's lead officer uploads
 * a PDF or Word document; it replaces the item's earlier upload and marks the paper received, so
 * chasing stops. Members of the body, clerks and administrators see what has arrived.
 */
@Service
@Transactional
class PaperUploads {

  /** Someone logged in: the user id and the Camunda groups. */
  record Uploader(String userId, List<String> groupIds) {

    boolean isClerk() {
      return groupIds.contains(GovernanceGroup.CLERKS_ID) || groupIds.contains(GovernanceGroup.ADMINISTRATORS_ID);
    }
  }

  /** An agenda item and its paper, as the papers page lists it; {@code fileName} etc. are null before an upload. */
  record ItemPaper(int number, String description, String leadOfficer, String status, boolean outstanding,
      boolean exempt, String fileName, String format, String size, String uploaded, boolean mayUpload) {}

  /** The papers of a meeting as the page shows them. */
  record MeetingPapersView(String reference, String title, String date, String status, List<ItemPaper> items) {}

  private final MeetingService meetings;
  private final AgendaPaperRepository papers;
  private final IdentityService identityService;
  private final long maxSize;

  PaperUploads(MeetingService meetings, AgendaPaperRepository papers, IdentityService identityService,
      @Value("${commissioning.papers.max-size:10MB}") DataSize maxSize) {
    this.meetings = meetings;
    this.papers = papers;
    this.identityService = identityService;
    this.maxSize = maxSize.toBytes();
  }

  long maxSize() {
    return maxSize;
  }

  /**
   * Stores {@code content} as the report of item {@code itemNumber} (replacing an earlier upload) and
   * marks its paper received; {@code title}, when given, becomes the attachment's title.
   *
   * @throws BusinessRuleViolation when the user may not upload it, or the file is empty, too big or not a
   *     PDF or Word document (nothing is stored then)
   */
  AgendaPaper upload(String reference, int itemNumber, String fileName, byte[] content, String title, Uploader user) {
    Meeting meeting = meetings.meeting(reference);
    AgendaItem item = meeting.item(itemNumber).orElseThrow(() -> new BusinessRuleViolation(
        "Item " + itemNumber + " is not on the agenda of " + reference + "."));
    if (!mayUpload(item, user)) {
      throw BusinessRuleViolation.forbidden("Only clerks, administrators and the item's lead officer can upload "
          + "the report of item " + itemNumber + " of " + reference + ".");
    }
    AgendaPaper paper = new AgendaPaper(item, fileName, content, maxSize, user.userId(), BusinessClock.now());
    if (paper.format() == PaperFormat.PDF) {
      ReportPdfs.pages(paper.getFileName(), content);
    }
    papers.deleteByItem(item);
    papers.save(paper);
    item.reportUploaded(title);
    return paper;
  }

  /** Whether {@code user} may see the meeting's papers page: members of the body, clerks, administrators, lead officers. */
  boolean mayView(Meeting meeting, Uploader user) {
    return user.isClerk() || user.groupIds().contains(meeting.getBody().getCamundaGroupId())
        || meeting.getItems().stream().anyMatch(item -> isLeadOfficer(item, user));
  }

  /** Members of the body, clerks and administrators read the internal pack (exempt items included). */
  boolean mayReadPack(Meeting meeting, Uploader user) {
    return user.isClerk() || user.groupIds().contains(meeting.getBody().getCamundaGroupId());
  }

  /** An item's report: whoever reads the pack, and the item's lead officer. */
  boolean mayReadReport(Meeting meeting, int itemNumber, Uploader user) {
    return mayReadPack(meeting, user) || meeting.item(itemNumber).map(item -> isLeadOfficer(item, user)).orElse(false);
  }

  @Transactional(readOnly = true)
  boolean mayReadPack(String reference, Uploader user) {
    return mayReadPack(meetings.meeting(reference), user);
  }

  @Transactional(readOnly = true)
  MeetingPapersView view(String reference, Uploader user) {
    Meeting meeting = meetings.meeting(reference);
    if (!mayView(meeting, user)) {
      throw BusinessRuleViolation.forbidden("Only members of " + meeting.getBody().getName()
          + ", clerks, administrators and the items' lead officers can see the papers of " + reference + ".");
    }
    Map<Integer, PaperSummary> uploaded = papers.summariesOf(meeting).stream()
        .collect(Collectors.toMap(PaperSummary::itemNumber, Function.identity()));
    List<ItemPaper> items = new ArrayList<>();
    for (AgendaItem item : meeting.orderedItems()) {
      PaperSummary paper = uploaded.get(item.getNumber());
      items.add(new ItemPaper(item.getNumber(), item.getDescription(), item.getLeadOfficer(), status(item, paper),
          item.isPaperOutstanding(), !item.isPublicItem(),
          paper == null ? null : paper.fileName(),
          paper == null ? null : paper.format().label(),
          paper == null ? null : size(paper.size()),
          paper == null ? null : paper.uploadedBy() + ", " + paper.uploadedOn().toLocalDate() + " "
              + paper.uploadedOn().toLocalTime().withNano(0).withSecond(0),
          mayUpload(item, user)));
    }
    return new MeetingPapersView(meeting.getReference(), meeting.getTitle(), meeting.getMeetingDate().toString(),
        meeting.getStatus().name(), items);
  }

  private static String status(AgendaItem item, PaperSummary paper) {
    if (paper != null) {
      return paper.format() == PaperFormat.PDF ? "Report received (PDF: in the agenda pack)"
          : "Report received (Word document: supplied separately)";
    }
    if (item.isPaperOutstanding()) {
      return "Report to follow – not received yet";
    }
    return switch (item.getAttachmentKind()) {
      case NONE -> "No paper";
      case PRESENTATION -> "Presentation (nothing uploaded)";
      case REPORT, REPORT_TO_FOLLOW -> "Report marked received (nothing uploaded)";
    };
  }

  private boolean mayUpload(AgendaItem item, Uploader user) {
    return user.isClerk() || isLeadOfficer(item, user);
  }

  /**
   * The lead officer is free text on the agenda: it names the user when it is the user id, the user's
   * full name, or the name of a member of the body recorded with that user id (in any case).
   */
  private boolean isLeadOfficer(AgendaItem item, Uploader user) {
    String lead = item.getLeadOfficer();
    if (lead == null || lead.isBlank()) {
      return false;
    }
    String name = lead.strip();
    if (name.equalsIgnoreCase(user.userId())) {
      return true;
    }
    boolean member = item.getMeeting().getBody().getMembers().stream()
        .anyMatch(m -> user.userId().equals(m.getUserId()) && name.equalsIgnoreCase(m.getPersonName()));
    if (member) {
      return true;
    }
    User person = identityService.createUserQuery().userId(user.userId()).singleResult();
    return person != null && person.getFirstName() != null && person.getLastName() != null
        && name.equalsIgnoreCase(person.getFirstName() + " " + person.getLastName());
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
