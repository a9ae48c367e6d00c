package org.childrenstrust.commissioning.meetings.publication;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaper;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaperRepository;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.PaperFormat;
import org.childrenstrust.commissioning.meetings.domain.PaperSummary;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/** Loads a meeting with everything its agenda pack and minutes show, in one read-only transaction. */
@Service
@Transactional(readOnly = true)
public class MeetingPapers {

  /** The agenda pack: what the agenda shows, and the uploaded PDF reports that follow it, in agenda order. */
  public record Pack(MeetingPaper paper, List<byte[]> pdfReports) {}

  /** An uploaded report as a download. */
  public record ReportFile(String fileName, String contentType, byte[] content) {

    /**
     * {@code attachment; filename="…"}: the (already sanitised) name as it is when it is plain ASCII; else an
     * ASCII stand-in for old clients and the exact name as {@code filename*} (RFC 6266).
     */
    public String contentDisposition() {
      String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
      if (ascii.equals(fileName)) {
        return "attachment; filename=\"" + fileName + "\"";
      }
      return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
          + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
  }

  private final MeetingRepository meetings;
  private final AgendaPaperRepository uploads;
  private final PublicLinks links;

  public MeetingPapers(MeetingRepository meetings, AgendaPaperRepository uploads, PublicLinks links) {
    this.meetings = meetings;
    this.uploads = uploads;
    this.links = links;
  }

  /**
   * The papers of meeting {@code reference} for {@code variant}; {@code guard} sees the meeting first and
   * throws when the caller may not have them (not published yet, not a member).
   *
   * @throws NotFound when there is no such meeting
   */
  public MeetingPaper load(String reference, DocumentVariant variant, Consumer<Meeting> guard) {
    Meeting meeting = meeting(reference, guard);
    return paper(meeting, variant);
  }

  /** The agenda pack of {@code variant}: the public one carries Part A items' reports only. */
  public Pack pack(String reference, DocumentVariant variant, Consumer<Meeting> guard) {
    Meeting meeting = meeting(reference, guard);
    List<byte[]> pdfs = uploads.papersOf(meeting).stream()
        .filter(p -> disclosed(p.getAgendaItem(), variant) && p.format() == PaperFormat.PDF)
        .sorted(Comparator.comparingInt(p -> p.getAgendaItem().getNumber()))
        .map(AgendaPaper::getContent)
        .toList();
    return new Pack(paper(meeting, variant), pdfs);
  }

  /**
   * The report uploaded for item {@code itemNumber}; for the public, only a Part A item's.
   *
   * @throws NotFound when there is no such meeting, item or report, or the public may not have it
   */
  public ReportFile report(String reference, int itemNumber, DocumentVariant variant, Consumer<Meeting> guard) {
    Meeting meeting = meeting(reference, guard);
    AgendaItem item = meeting.item(itemNumber)
        .filter(i -> disclosed(i, variant))
        .orElseThrow(() -> new NotFound("There is no item " + itemNumber + " on the agenda of " + reference + "."));
    AgendaPaper paper = uploads.findByAgendaItem(item)
        .orElseThrow(() -> new NotFound("No report has been uploaded for item " + itemNumber + " of " + reference + "."));
    return new ReportFile(paper.getFileName(), paper.getContentType(), paper.getContent());
  }

  private Meeting meeting(String reference, Consumer<Meeting> guard) {
    Meeting meeting = meetings.findByReference(reference)
        .orElseThrow(() -> new NotFound("There is no meeting " + reference + "."));
    guard.accept(meeting);
    return meeting;
  }

  private MeetingPaper paper(Meeting meeting, DocumentVariant variant) {
    Map<Integer, AgendaItem> items = meeting.getItems().stream()
        .collect(Collectors.toMap(AgendaItem::getNumber, i -> i));
    Map<Integer, MeetingPaper.Report> reports = uploads.summariesOf(meeting).stream()
        .filter(s -> items.containsKey(s.itemNumber()) && disclosed(items.get(s.itemNumber()), variant))
        .collect(Collectors.toMap(PaperSummary::itemNumber, s -> new MeetingPaper.Report(s.fileName(),
            s.format() == PaperFormat.PDF, link(meeting.getReference(), s.itemNumber(), variant))));
    return MeetingPaper.of(meeting, variant, reports);
  }

  private String link(String reference, int itemNumber, DocumentVariant variant) {
    return variant == DocumentVariant.PUBLIC ? links.publicPaper(reference, itemNumber)
        : links.memberPaper(reference, itemNumber);
  }

  /** Exempt items' reports are for members only. */
  private static boolean disclosed(AgendaItem item, DocumentVariant variant) {
    return variant == DocumentVariant.INTERNAL || item.isPublicItem();
  }
}
