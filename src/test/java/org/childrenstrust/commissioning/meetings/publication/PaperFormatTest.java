package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaper;
import org.childrenstrust.commissioning.meetings.domain.PaperFormat;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What counts as a report (by content, not by name) and what an uploaded paper refuses. */
class PaperFormatTest {

  @Nested
  class Formats {

    @Test
    void aPdfIsKnownByItsMagicBytes() {
      assertThat(PaperFormat.of(TestPapers.pdf("Report", 1))).contains(PaperFormat.PDF);
    }

    @Test
    void aDocxIsAZipHoldingTheWordDocument() {
      assertThat(PaperFormat.of(TestPapers.docx("Report"))).contains(PaperFormat.DOCX);
      assertThat(PaperFormat.of(TestPapers.zip("xl/workbook.xml", "<workbook/>"))).isEmpty();
    }

    @Test
    void aLegacyDocIsAnOle2File() {
      assertThat(PaperFormat.of(TestPapers.doc())).contains(PaperFormat.DOC);
    }

    @Test
    void textIsNeither() {
      assertThat(PaperFormat.of("%PD minutes".getBytes(StandardCharsets.UTF_8))).isEmpty();
      assertThat(PaperFormat.of("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
      assertThat(PaperFormat.of(new byte[0])).isEmpty();
    }
  }

  @Nested
  class UploadedPapers {

    private final AgendaItem item = ExampleMeeting.meeting(ExampleMeeting.body("T1", "management-group"),
        PublicationHttpTest.MARCH_11).item(3).orElseThrow();

    @Test
    void aTextFileNamedPdfIsRefusedInWordsAClerkUnderstands() {
      assertThatThrownBy(() -> paper("minutes.txt", "Minutes of the last meeting".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(BusinessRuleViolation.class)
          .hasMessageStartingWith("'minutes.txt' is not a PDF or Word document");
    }

    @Test
    void anEmptyFileIsRefused() {
      assertThatThrownBy(() -> paper("report.pdf", new byte[0])).hasMessageStartingWith("'report.pdf' is empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit() {
      byte[] big = Arrays.copyOf(TestPapers.pdf("Big", 1), 1024 * 1024 + 1);
      assertThatThrownBy(() -> new AgendaPaper(item, "big.pdf", big, 1024 * 1024, "clara.jones", LocalDateTime.now()))
          .hasMessageContaining("a report may be at most 1 MB");
    }

    @Test
    void theFileNameLosesFoldersAndQuotes() {
      AgendaPaper paper = paper("C:\\Users\\clara\\\"Work\"force;.pdf", TestPapers.pdf("Workforce", 1));
      assertThat(paper.getFileName()).isEqualTo("Workforce.pdf");
      assertThat(paper.getContentType()).isEqualTo("application/pdf");
      assertThat(AgendaPaper.safeFileName("../../")).isEqualTo("report");
    }

    @Test
    void aNameBeyondAsciiIsSentWithAnAsciiStandIn() {
      assertThat(new MeetingPapers.ReportFile("workforce.pdf", "application/pdf", new byte[1]).contentDisposition())
          .isEqualTo("attachment; filename=\"workforce.pdf\"");
      assertThat(new MeetingPapers.ReportFile("Stratégie.pdf", "application/pdf", new byte[1]).contentDisposition())
          .isEqualTo("attachment; filename=\"Strat_gie.pdf\"; filename*=UTF-8''Strat%C3%A9gie.pdf");
    }

    private AgendaPaper paper(String name, byte[] content) {
      return new AgendaPaper(item, name, content, 10 * 1024 * 1024, "clara.jones", LocalDateTime.now());
    }
  }
}
