package org.childrenstrust.commissioning.meetings.publication;

import java.time.Instant;
import java.util.function.Consumer;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.publication.MeetingDocuments.Kind;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public meeting pages, no login: published agendas and approved minutes (Part A only, exempt
 * items withheld) as HTML and PDF, and each body's meetings as an iCalendar feed.
 */
@Controller
@RequestMapping("/public")
public class PublicMeetingPages {

  private final PublicMeetings publicMeetings;
  private final MeetingPapers papers;
  private final MeetingDocuments documents;

  public PublicMeetingPages(PublicMeetings publicMeetings, MeetingPapers papers, MeetingDocuments documents) {
    this.publicMeetings = publicMeetings;
    this.papers = papers;
    this.documents = documents;
  }

  @GetMapping("/meetings")
  public String meetings(Model model) {
    model.addAttribute("bodies", publicMeetings.listing());
    return "meetings/public/index";
  }

  @GetMapping("/meetings/{reference}/agenda")
  public ResponseEntity<String> agenda(@PathVariable String reference) {
    return PaperResponses.html(documents.html(agendaPaper(reference), Kind.AGENDA));
  }

  @GetMapping("/meetings/{reference}/agenda.pdf")
  public ResponseEntity<byte[]> agendaPdf(@PathVariable String reference) {
    return pdf(agendaPaper(reference), Kind.AGENDA);
  }

  @GetMapping("/meetings/{reference}/minutes")
  public ResponseEntity<String> minutes(@PathVariable String reference) {
    return PaperResponses.html(documents.html(minutesPaper(reference), Kind.MINUTES));
  }

  @GetMapping("/meetings/{reference}/minutes.pdf")
  public ResponseEntity<byte[]> minutesPdf(@PathVariable String reference) {
    return pdf(minutesPaper(reference), Kind.MINUTES);
  }

  @GetMapping("/bodies/{code}/meetings.ics")
  public ResponseEntity<String> calendar(@PathVariable String code) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ICalendarFeed.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(code + "-meetings.ics").build().toString())
        .body(publicMeetings.calendar(code, Instant.now()));
  }

  /** A plain page saying what is missing, instead of the API's JSON. */
  @ExceptionHandler(NotFound.class)
  public ModelAndView notFound(NotFound e) {
    ModelAndView page = new ModelAndView("meetings/public/not-found", HttpStatus.NOT_FOUND);
    page.addObject("message", e.getMessage());
    return page;
  }

  private MeetingPaper agendaPaper(String reference) {
    return paper(reference, PublicMeetings::requireAgendaPublished);
  }

  private MeetingPaper minutesPaper(String reference) {
    return paper(reference, PublicMeetings::requireMinutesApproved);
  }

  private MeetingPaper paper(String reference, Consumer<Meeting> published) {
    return papers.load(reference, DocumentVariant.PUBLIC, published);
  }

  private ResponseEntity<byte[]> pdf(MeetingPaper paper, Kind kind) {
    return PaperResponses.pdf(documents.pdf(paper, kind), MeetingDocuments.fileName(paper, kind));
  }
}
