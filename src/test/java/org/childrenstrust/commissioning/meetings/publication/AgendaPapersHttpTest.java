package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.meetings.publication.ExampleMeeting.*;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaper;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaperRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploading an item's report over HTTP (the domain API and the papers page), downloading it, and the
 * agenda packs that carry the uploaded PDFs after the agenda with pages numbered over the whole pack.
 */
class AgendaPapersHttpTest extends PublicationHttpTest {

  private static final String CLERK = "clara.jones:demo";
  private static final String MEMBER = "tom.hadley:demo";
  private static final String OUTSIDER = "grace.okafor:demo";
  /** Items of the example meeting: 3 Workforce (report, Part A), 5 Task and Finish (report to follow), 6 exempt. */
  private static final int WORKFORCE_ITEM = 3;
  private static final int TO_FOLLOW_ITEM = 5;
  private static final int EXEMPT_ITEM = 6;

  @Autowired
  MeetingDocuments documents;
  @Autowired
  MeetingPapers papers;
  @Autowired
  AgendaPaperRepository uploads;

  private final HttpClient http = HttpClient.newHttpClient();
  private String reference;

  @BeforeEach
  void publishedAgenda() {
    reference = meeting(body("management-group"), MARCH_11, MeetingStatus.AGENDA_PUBLISHED);
  }

  @Test
  void theClerkUploadsAPdfThatMembersDownloadAsUploaded() throws Exception {
    byte[] report = TestPapers.pdf("Task and finish report", 2);

    HttpResponse<String> upload = upload(TO_FOLLOW_ITEM, "task-and-finish.pdf", report, CLERK);

    assertThat(upload.statusCode()).isEqualTo(201);
    assertThat(upload.body()).contains("\"paperOutstanding\":false", "\"fileName\":\"task-and-finish.pdf\"");
    assertThat(item(TO_FOLLOW_ITEM).isPaperOutstanding()).isFalse();
    assertThat(stored(TO_FOLLOW_ITEM)).isEqualTo(report);
    HttpResponse<byte[]> download = get(uri(paperPath(TO_FOLLOW_ITEM)), MEMBER);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(contentType(download)).isEqualTo("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"task-and-finish.pdf\"");
    assertThat(download.body()).isEqualTo(report);
  }

  @Test
  void aNewUploadReplacesTheOldOneAndTheJsonArrivalStillWorks() throws Exception {
    assertThat(upload(TO_FOLLOW_ITEM, "draft.pdf", TestPapers.pdf("Draft", 1), CLERK).statusCode()).isEqualTo(201);
    byte[] finalVersion = TestPapers.docx("Final");
    assertThat(upload(TO_FOLLOW_ITEM, "final.docx", finalVersion, CLERK).statusCode()).isEqualTo(201);
    assertThat(stored(TO_FOLLOW_ITEM)).isEqualTo(finalVersion);

    HttpResponse<String> json = http.send(authorised(CLERK, paperPath(WORKFORCE_ITEM))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Workforce strategy (final)\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"number\":3", "\"paperOutstanding\":false");
  }

  @Test
  void aTextFileNamedPdfIsRefusedAndNothingIsStored() throws Exception {
    HttpResponse<String> upload = upload(TO_FOLLOW_ITEM, "minutes.pdf",
        "Minutes of the last meeting".getBytes(StandardCharsets.UTF_8), CLERK);

    assertThat(upload.statusCode()).isEqualTo(422);
    assertThat(upload.body()).contains("'minutes.pdf' is not a PDF or Word document");
    assertThat(storedPaper(TO_FOLLOW_ITEM)).isNull();
    assertThat(item(TO_FOLLOW_ITEM).isPaperOutstanding()).isTrue();
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
    byte[] justOver = Arrays.copyOf(TestPapers.pdf("Big", 1), 10 * 1024 * 1024 + 1);
    HttpResponse<String> overPapersLimit = upload(TO_FOLLOW_ITEM, "big.pdf", justOver, CLERK);
    assertThat(overPapersLimit.statusCode()).isEqualTo(422);
    assertThat(overPapersLimit.body()).contains("a report may be at most 10 MB");

    byte[] huge = Arrays.copyOf(TestPapers.pdf("Huge", 1), 13 * 1024 * 1024);
    HttpResponse<String> overServerLimit = upload(TO_FOLLOW_ITEM, "huge.pdf", huge, CLERK);
    assertThat(overServerLimit.statusCode()).isEqualTo(413);
    assertThat(overServerLimit.body()).contains("\"status\":413", "larger than the server accepts");
    assertThat(storedPaper(TO_FOLLOW_ITEM)).isNull();
  }

  @Test
  void someoneOutsideTheBodyMayNeitherUploadNorDownload() throws Exception {
    HttpResponse<String> upload = upload(TO_FOLLOW_ITEM, "report.pdf", TestPapers.pdf("Report", 1), OUTSIDER);
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(storedPaper(TO_FOLLOW_ITEM)).isNull();

    assertThat(upload(TO_FOLLOW_ITEM, "report.pdf", TestPapers.pdf("Report", 1), CLERK).statusCode()).isEqualTo(201);
    assertThat(get(uri(paperPath(TO_FOLLOW_ITEM)), OUTSIDER).statusCode()).isEqualTo(403);
    assertThat(upload(TO_FOLLOW_ITEM, "report.pdf", TestPapers.pdf("Report", 1), MEMBER).statusCode()).isEqualTo(403);
  }

  @Test
  void theItemsLeadOfficerUploadsItsReportButNoOtherItemsNorReadsThePack() throws Exception {
    transaction.executeWithoutResult(tx -> {
      AgendaItem item = meetings.findByReference(reference).orElseThrow().item(TO_FOLLOW_ITEM).orElseThrow();
      item.update(item.getDescription(), "Grace Okafor", item.getDurationMinutes());
    });

    assertThat(upload(TO_FOLLOW_ITEM, "task-and-finish.pdf", TestPapers.pdf("Task", 1), OUTSIDER).statusCode()).isEqualTo(201);
    assertThat(upload(WORKFORCE_ITEM, "workforce.pdf", TestPapers.pdf("Workforce", 1), OUTSIDER).statusCode()).isEqualTo(403);
    assertThat(stored(TO_FOLLOW_ITEM)).isNotEmpty();
    assertThat(storedPaper(TO_FOLLOW_ITEM).getUploadedBy()).isEqualTo("grace.okafor");
    HttpResponse<byte[]> page = get(uri(pagePath()), OUTSIDER);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(text(page)).contains("Upload for item 5").doesNotContain("Upload for item 3", "agenda-pack.pdf");
    assertThat(get(uri(pagePath() + "/agenda-pack.pdf"), OUTSIDER).statusCode()).isEqualTo(403);
  }

  @Test
  void theAgendaPackCarriesTheUploadedReportsWithPagesNumberedOverTheWholePack() throws Exception {
    int agendaPages = pages(get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), MEMBER).body());
    upload(TO_FOLLOW_ITEM, "task-and-finish.pdf", TestPapers.pdf("Task and finish report", 1), CLERK);
    upload(WORKFORCE_ITEM, "workforce.pdf", TestPapers.pdf("Workforce report", 2), CLERK);

    byte[] pack = get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), MEMBER).body();

    int total = pages(pack);
    assertThat(total).isEqualTo(agendaPages + 3);
    for (int page = 1; page <= total; page++) {
      // one footer per page: the renderer's own "Page n of <agenda pages>" is left out
      assertThat(java.util.regex.Pattern.compile("Page \\d+ of \\d+").matcher(pageText(pack, page)).results()
          .map(java.util.regex.MatchResult::group)).as("page %d", page).containsExactly("Page " + page + " of " + total);
    }
    // in agenda order: item 3's two pages, then item 5's page
    assertThat(pageText(pack, agendaPages + 1)).contains("Workforce report sheet 1");
    assertThat(pageText(pack, agendaPages + 2)).contains("Workforce report sheet 2");
    assertThat(pageText(pack, agendaPages + 3)).contains("Task and finish report sheet 1");
    assertThat(MeetingDocumentsTest.pdfText(pack, 1)).contains("Reports uploaded as PDF follow the agenda");
  }

  @Test
  void thePublicPackAndDownloadsLeaveOutTheExemptItemsReport() throws Exception {
    int publicAgendaPages = pages(get("/public/meetings/" + reference + "/agenda.pdf").body());
    upload(EXEMPT_ITEM, "tender-evaluation.pdf", TestPapers.pdf("Confidential tender scores", 2), CLERK);
    upload(WORKFORCE_ITEM, "workforce.pdf", TestPapers.pdf("Workforce report", 1), CLERK);

    byte[] pack = get("/public/meetings/" + reference + "/agenda.pdf").body();
    assertThat(pages(pack)).isEqualTo(publicAgendaPages + 1);
    assertThat(MeetingDocumentsTest.pdfText(pack, 1)).contains("Workforce report sheet 1", "Page " + pages(pack) + " of " + pages(pack))
        .doesNotContain("Confidential tender scores", "tender-evaluation.pdf");
    assertThat(get("/public/meetings/" + reference + "/items/" + EXEMPT_ITEM + "/paper").statusCode()).isEqualTo(404);
    assertThat(get("/public/meetings/" + reference + "/items/" + WORKFORCE_ITEM + "/paper").statusCode()).isEqualTo(200);

    byte[] internal = get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), MEMBER).body();
    assertThat(MeetingDocumentsTest.pdfText(internal, 1)).contains("Confidential tender scores sheet 2");
  }

  @Test
  void aReportIsNotPublicBeforeTheAgendaIsPublished() throws Exception {
    String draft = meeting(body("management-group"), MARCH_11.plusDays(7), MeetingStatus.AGENDA_DRAFT);
    assertThat(uploadTo(draft, WORKFORCE_ITEM, "workforce.pdf", TestPapers.pdf("Workforce", 1), CLERK).statusCode())
        .isEqualTo(201);
    assertThat(get("/public/meetings/" + draft + "/items/" + WORKFORCE_ITEM + "/paper").statusCode()).isEqualTo(404);
  }

  @Test
  void aWordReportIsListedAsSuppliedSeparatelyAndLeftOutOfThePack() throws Exception {
    int agendaPages = pages(get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), MEMBER).body());
    byte[] word = TestPapers.docx("Task and finish");
    assertThat(upload(TO_FOLLOW_ITEM, "task-and-finish.docx", word, CLERK).statusCode()).isEqualTo(201);

    byte[] pack = get(uri("/api/meetings/" + reference + "/agenda-pack.pdf"), MEMBER).body();
    assertThat(pages(pack)).isEqualTo(agendaPages);
    assertThat(MeetingDocumentsTest.pdfText(pack, 1)).contains("Report (Word document, supplied separately)",
        "Reports uploaded as Word documents cannot be included in this pack");
    HttpResponse<byte[]> download = get(uri(paperPath(TO_FOLLOW_ITEM)), MEMBER);
    assertThat(contentType(download)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(download.body()).isEqualTo(word);
  }

  @Test
  void thePapersPageShowsTheClerkAnUploadFormAndTakesTheUpload() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(authorised(CLERK, pagePath()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("enctype=\"multipart/form-data\"", "Upload for item 5", "Report to follow – not received yet");
    String token = csrfToken(page.body());

    HttpResponse<String> uploaded = browser.send(multipart(authorised(CLERK, pagePath()),
        Map.of("csrf", token, "item", "5"), "task-and-finish.pdf", TestPapers.pdf("Task and finish", 1)),
        HttpResponse.BodyHandlers.ofString());

    assertThat(uploaded.statusCode()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Uploaded: task-and-finish.pdf for item 5", "Report received (PDF: in the agenda pack)");
    assertThat(storedPaper(TO_FOLLOW_ITEM)).isNotNull();
  }

  @Test
  void thePapersPageRefusesAnUploadWithoutItsTokenOrOfTheWrongType() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String token = csrfToken(browser.send(authorised(CLERK, pagePath()).GET().build(), HttpResponse.BodyHandlers.ofString()).body());

    HttpResponse<String> forged = browser.send(multipart(authorised(CLERK, pagePath()), Map.of("item", "5"),
        "report.pdf", TestPapers.pdf("Report", 1)), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("This form has expired or did not come from this page: nothing was uploaded.");

    HttpResponse<String> text = browser.send(multipart(authorised(CLERK, pagePath()), Map.of("csrf", token, "item", "5"),
        "minutes.txt", "Minutes".getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    assertThat(text.statusCode()).isEqualTo(422);
    assertThat(text.body()).contains("&#39;minutes.txt&#39; is not a PDF or Word document");
    assertThat(storedPaper(TO_FOLLOW_ITEM)).isNull();
  }

  @Test
  void thePapersPageKnowsTheUserLoggedIntoTasklist() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET().build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=clara.jones&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(pagePath())).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Logged in as clara.jones.", "Upload for item 5");

    HttpResponse<String> uploaded = browser.send(multipart(HttpRequest.newBuilder(uri(pagePath())),
        Map.of("csrf", csrfToken(page.body()), "item", "3"), "workforce.pdf", TestPapers.pdf("Workforce", 1)),
        HttpResponse.BodyHandlers.ofString());
    assertThat(uploaded.body()).contains("Uploaded: workforce.pdf for item 3");
  }

  @Test
  void thePapersPageSendsSomeoneNotLoggedInToTasklist() throws Exception {
    HttpResponse<byte[]> page = get(pagePath());
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(text(page)).contains("Log in to Tasklist", "/camunda/app/tasklist/").doesNotContain("<form");
  }

  // --- helpers

  private String paperPath(int item) {
    return "/api/meetings/" + reference + "/items/" + item + "/paper";
  }

  private String pagePath() {
    return "/meetings/" + reference + "/papers";
  }

  private HttpResponse<String> upload(int item, String fileName, byte[] content, String user) throws Exception {
    return uploadTo(reference, item, fileName, content, user);
  }

  private HttpResponse<String> uploadTo(String meeting, int item, String fileName, byte[] content, String user) throws Exception {
    HttpRequest.Builder request = authorised(user, "/api/meetings/" + meeting + "/items/" + item + "/paper");
    return http.send(multipart(request, Map.of(), fileName, content), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder authorised(String user, String path) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
  }

  /** A multipart/form-data POST with {@code fields} and the file in part "file". */
  static HttpRequest multipart(HttpRequest.Builder request, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----papers" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  static String csrfToken(String page) {
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
    assertThat(token.find()).as("the page's CSRF token").isTrue();
    return token.group(1);
  }

  private AgendaItem item(int number) {
    return transaction.execute(tx -> {
      AgendaItem item = meetings.findByReference(reference).orElseThrow().item(number).orElseThrow();
      item.isPaperOutstanding();
      return item;
    });
  }

  private AgendaPaper storedPaper(int number) {
    return transaction.execute(tx -> uploads.findByAgendaItem(
        meetings.findByReference(reference).orElseThrow().item(number).orElseThrow()).orElse(null));
  }

  private byte[] stored(int number) {
    AgendaPaper paper = storedPaper(number);
    assertThat(paper).as("the paper of item %d", number).isNotNull();
    return paper.getContent();
  }

  static int pages(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  static String pageText(byte[] pdf, int page) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document).replaceAll("\\s+", " ");
    }
  }
}
