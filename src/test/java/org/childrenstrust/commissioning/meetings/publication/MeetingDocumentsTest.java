package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.meetings.publication.ExampleMeeting.*;

import java.io.StringReader;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.publication.MeetingDocuments.Kind;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.xml.sax.InputSource;

/** Agenda packs and minutes rendered from entities built here, read back from the PDF with PDFBox. */
class MeetingDocumentsTest {

  private final MeetingDocuments documents = new MeetingDocuments(templateEngine());
  private final GovernanceBody body = ExampleMeeting.body("ECG", "management-group");
  private final Meeting meeting = ExampleMeeting.meeting(body, LocalDate.of(2010, 3, 11));

  @Test
  void publicAgendaPackShowsPartAAndWithholdsExemptItems() throws Exception {
    MeetingPaper paper = MeetingPaper.of(meeting, DocumentVariant.PUBLIC);
    String text = pdfText(documents.pdf(paper, Kind.AGENDA), 1);

    assertThat(text).contains("Page 1 of ")
        .contains("Agenda – Children's Trust Executive Commissioning Group, 11 March 2010")
        .contains("To plan and make commissioning recommendations for the Trust Board")
        .contains("14:00–16:30")
        .contains("Mid Suffolk District Council, Needham Market")
        .contains("Carol Carruthers").contains("Suffolk Constabulary")
        .contains(WORKFORCE).contains(BULLYING).contains(TASK_AND_FINISH)
        .contains("Report (Children's Workforce Development Strategy)")
        .contains("Presentation")
        .contains("Report to follow")
        .contains("added after publication – urgent because the structure chart must go out before the Board")
        .contains("Item 6: exempt from publication")
        // the report cover of the Part A report
        .contains("Dawn Henry, Workforce Development Manager")
        .contains("Agree the five priorities of the strategy")
        .contains("A contribution of £5,000 towards auditing")
        .contains("Yes: Young people's panel consulted")
        .contains("Safeguarding is the golden thread.");
    assertThat(text).doesNotContain(EXEMPT).doesNotContain("Tender evaluation")
        .doesNotContain("Three bids were received").doesNotContain("financial or business affairs")
        .doesNotContain("Internal version");
  }

  @Test
  void internalAgendaPackHasEveryItemWithItsReport() throws Exception {
    String text = pdfText(documents.pdf(MeetingPaper.of(meeting, DocumentVariant.INTERNAL), Kind.AGENDA), 1);

    assertThat(text).contains(WORKFORCE).contains(EXEMPT)
        .contains("Information about the financial or business affairs of the bidders")
        .contains("Three bids were received and evaluated.")
        .contains("Internal version: includes items exempt from publication")
        .doesNotContain("Item 6: exempt from publication");
  }

  @Test
  void timesRunOnFromTheStartOfTheMeeting() {
    MeetingPaper paper = MeetingPaper.of(meeting, DocumentVariant.INTERNAL);

    assertThat(paper.items()).extracting(MeetingPaper.Item::time)
        .containsExactly("14:00", "14:05", "14:15", "14:55", "15:25", "15:55", "16:15");
  }

  @Test
  void draftMinutesRecordAttendanceDecisionsActionsAndOtherBusiness() throws Exception {
    ExampleMeeting.inStatus(meeting, MeetingStatus.MINUTES_DRAFT);
    String text = pdfText(documents.pdf(MeetingPaper.of(meeting, DocumentVariant.INTERNAL), Kind.MINUTES), 1);

    assertThat(text).contains("Page 1 of ")
        .contains("Draft – not yet approved")
        .contains("Carol Carruthers (Chair)")
        .contains("Fiona Denny (for Gary Nethercott)")
        .contains("Gavin Bultitude (Suffolk County Council)")
        .contains("Item 1: Apologies Business considered Apologies were received from Gavin Bultitude.")
        .contains("Item 3: " + WORKFORCE)
        .contains("Approved with amendments: " + WORKFORCE_DECISION)
        .contains("Budgets for 2010/11 are already set.")
        .contains("FD / DH / MM")
        .contains("Bud Simpkin declared a service-related interest: Young Suffolk delivers induction training")
        .contains("Deferred to the next meeting: " + BULLYING_DECISION)
        .contains("Noted")
        .contains("Place bullying on the agenda for May").contains("Becky Lewis").contains("10 April 2010")
        .contains(AOB + ": to be sent out electronically")
        .contains(NEXT_MEETING)
        .contains(EXEMPT).contains(EXEMPT_MINUTE).contains(EXEMPT_ACTION)
        .doesNotContain("Approved as a true record")
        .doesNotContain("Amendments");
  }

  @Test
  void approvedPublicMinutesWithholdExemptItemsAndListAmendmentsBesideTheOriginalText() throws Exception {
    Meeting may = new Meeting(body, LocalDate.of(2010, 5, 18), meeting.getStartTime(), meeting.getEndTime(), "Endeavour House");
    ExampleMeeting.approve(meeting, may);
    String text = pdfText(documents.pdf(MeetingPaper.of(meeting, DocumentVariant.PUBLIC), Kind.MINUTES), 1);

    assertThat(text).contains("Approved as a true record at the meeting of 18 May 2010")
        .contains("Approved with amendments: " + WORKFORCE_DECISION)
        .contains("Item 6: exempt from publication")
        .contains("Amendments")
        .contains("Priority 5: representation of the district and borough councils to be agreed");
    assertThat(text).doesNotContain("Draft")
        .doesNotContain(EXEMPT).doesNotContain(EXEMPT_MINUTE).doesNotContain(EXEMPT_ACTION)
        .doesNotContain("Spouse employed by a bidder").doesNotContain(EXEMPT_AMENDMENT);
  }

  @Test
  void htmlIsWellFormedXhtmlAndTheSameTemplateAsThePdf() throws Exception {
    MeetingPaper paper = MeetingPaper.of(meeting, DocumentVariant.PUBLIC);
    for (Kind kind : Kind.values()) {
      String html = documents.html(paper, kind);
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
      assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
      assertThat(html).doesNotContain("xmlns:th").doesNotContain("th:text").contains("<title>" + MeetingDocuments.title(paper, kind)
          .replace("'", "&#39;") + "</title>")
          .contains("href=\"../../meetings\"").doesNotContain(EXEMPT);
    }
  }

  @Test
  void longPacksRunOverSeveralNumberedPages() throws Exception {
    byte[] pdf = documents.pdf(MeetingPaper.of(meeting, DocumentVariant.INTERNAL), Kind.AGENDA);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      // the agenda, then each report cover on a page of its own
      assertThat(pages).isGreaterThanOrEqualTo(3);
      String lastPage = pdfText(pdf, pages);
      assertThat(lastPage).contains("Page " + pages + " of " + pages)
          .contains("Agenda – Children's Trust Executive Commissioning Group, 11 March 2010");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Agenda – Children's Trust Executive Commissioning Group, 11 March 2010");
    }
  }

  /** The text of the PDF from page {@code fromPage} on; checks it is a readable PDF of at least one page. */
  static String pdfText(byte[] pdf, int fromPage) throws Exception {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(fromPage);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }

  static SpringTemplateEngine templateEngine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
