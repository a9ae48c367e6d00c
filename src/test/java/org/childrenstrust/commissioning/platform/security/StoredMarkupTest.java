package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8, part 3: markup entered anywhere shows as text: in the public HTML pages, the PDFs and
 * the calendar feed (stored cross-site scripting). A clerk enters it through the API; the meeting
 * is then published as the process would.
 */
class StoredMarkupTest extends PlatformWebTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String MARKUP = SCRIPT + "<b>x</b><img src=x onerror=alert(2)>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;";
  private static final String CLERK = DemoUsers.CLERK.id();
  private static final AtomicInteger WEEK = new AtomicInteger();

  @Autowired JdbcTemplate jdbc;

  @Test
  void markupInAMeetingAndItsAgendaShowsAsTextOnThePublicPagesPdfsAndCalendar() throws Exception {
    String reference = publishedMeetingWithMarkup();
    HttpTestClient anonymous = http();

    HttpResponse<String> agenda = anonymous.get("/public/meetings/" + reference + "/agenda");
    HttpResponse<String> listing = anonymous.get("/public/meetings");
    assertThat(agenda.statusCode()).isEqualTo(200);
    assertThat(agenda.body()).contains(ESCAPED).doesNotContain(SCRIPT).doesNotContain("<b>x</b>").doesNotContain("<img src=x");
    assertThat(listing.statusCode()).isEqualTo(200);
    assertThat(listing.body()).contains(ESCAPED).doesNotContain(SCRIPT).doesNotContain("<img src=x");

    assertThat(pdfText("/public/meetings/" + reference + "/agenda.pdf", null)).contains("<script>alert(1)</script><b>x</b>");
    assertThat(pdfText("/api/meetings/" + reference + "/agenda-pack.pdf", CLERK)).contains(SCRIPT + "<b>x</b>");

    HttpResponse<String> calendar = anonymous.get("/public/bodies/ECG/meetings.ics");
    assertThat(calendar.statusCode()).isEqualTo(200);
    assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
    String unfolded = calendar.body().replace("\r\n ", "");
    assertThat(unfolded).contains("LOCATION:" + MARKUP.replace(",", "\\,").replace(";", "\\;"));
    assertThat(unfolded).as("no HTML description a calendar would render").doesNotContain("X-ALT-DESC");
  }

  /**
   * MeetingProcess.PAPERS_PAGE and PREVIOUS_MINUTES: {@code /meetings/<reference>/papers} and its
   * {@code minutes.pdf}, set by the meetings' task listeners from a meeting's reference.
   */
  static final java.util.List<String> APPLICATION_LINKS = java.util.List.of("papersPage", "previousMinutes");

  @Test
  void theFormsShowNoTextFromTheData() throws Exception {
    // Tasklist renders a form's "text" components as Markdown/HTML; every other field shows its
    // value as text. So entered data must never be templated into a text component.
    ObjectMapper mapper = new ObjectMapper();
    for (Path form : ModelFiles.files(ModelFiles.FORMS, ".form")) {
      for (JsonNode text : mapper.readTree(Files.readString(form)).findParents("type")) {
        if (text.path("type").asText().equals("text")) {
          // the exceptions: links to a meeting's papers page and minutes, which the task listeners set
          // from the meeting's reference (body code and date) and nothing anybody typed
          String content = text.path("text").asText();
          for (String link : APPLICATION_LINKS) {
            content = content.replace("{{" + link + "}}", "");
          }
          assertThat(content).as(form + ": a text component with an expression or template")
              .doesNotContain("{{").doesNotStartWith("=");
        }
      }
    }
  }

  /** A future ECG meeting with markup in its place, an urgent item and its reason; its agenda published. */
  private String publishedMeetingWithMarkup() {
    LocalDate date = LocalDate.of(2061, 1, 4).plusWeeks(WEEK.getAndIncrement());
    HttpResponse<String> scheduled = as(CLERK, DemoUsers.PASSWORD).postJson("/api/meetings", """
        {"bodyCode": "ECG", "date": "%s", "startTime": "10:00", "endTime": "12:00", "place": %s}"""
        .formatted(date, quoted(MARKUP)));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    String reference = json(scheduled).path("reference").asText();
    // as the process does once the chair approved the agenda
    jdbc.update("update ct_meeting set status = 'AGENDA_PUBLISHED' where reference = ?", reference);
    HttpResponse<String> item = as(CLERK, DemoUsers.PASSWORD).postJson("/api/meetings/" + reference + "/urgent-items", """
        {"description": %s, "leadOfficer": %s, "durationMinutes": 10, "urgencyReason": %s, "publicItem": true,
         "overrunAcknowledged": true}""".formatted(quoted(MARKUP), quoted(MARKUP), quoted(MARKUP)));
    assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
    return reference;
  }

  private String pdfText(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(path))).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }
}
