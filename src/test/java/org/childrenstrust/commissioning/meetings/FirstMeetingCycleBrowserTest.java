package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.meetings.publication.TestPapers;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7, item 8: a clerk's first meeting cycle on the demo data, in headless Chromium, using only
 * Tasklist and the application's pages. The demo's next Executive Commissioning Group waits in
 * "Draft agenda"; last month's ECG waits for its minutes to be confirmed. The clerk drafts the
 * agenda (more than five items, one report to follow), opens the papers page from the form, the
 * chair approves the agenda, the agenda goes out by e-mail (the application's own mail server, read
 * on the outbox page), the clerk uploads the report on the papers page and finds it in the agenda
 * pack, records the meeting (more than five attendees) confirming last month's minutes, and the
 * chair approves the draft minutes; last month's minutes are then published.
 *
 * <p>Nothing here calls the API or a service to move the process: the test only moves the engine
 * clock to the meeting and runs the jobs that are due, as the job executor would. It reads the
 * database to find the demo's meetings and to check what was stored.
 *
 * <p>A Spring context of its own (the embedded mail server on), kept in the cache like every other:
 * closing it early ({@code @DirtiesContext}) unregisters the process engine "default" that the
 * Camunda webapps of the other test contexts look up, and their Tasklist answers 500.
 */
@ExtendWith(BrowserExtension.class)
@TestPropertySource(properties = "commissioning.mail.embedded=true")
class FirstMeetingCycleBrowserTest extends ProcessTestSupport {

  /**
   * The embedded mail server of this context gets a port of its own (the other tests' GreenMail has
   * another); the server a fixed one, so that the links in the e-mails lead back to it.
   */
  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    int mailPort = freePort();
    int serverPort = freePort();
    registry.add("spring.mail.port", () -> mailPort);
    registry.add("server.port", () -> serverPort);
  }

  static final String ECG = "Children's Trust Executive Commissioning Group";
  static final String CONFIRM_PREVIOUS = "Did the meeting confirm these minutes as a true record?";
  static final String REPORT_ITEM = "Short breaks for disabled children";
  static final String REPORT_TITLE = "Short breaks review";
  static final int REPORT_PAGES = 3;
  /** Items the clerk adds; the second has its report to follow. */
  static final List<String> ADDED_ITEMS = List.of("Children's centres review", REPORT_ITEM, "Youth offending prevention plan");
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  @LocalServerPort int port;
  @Autowired MeetingRepository meetings;
  @Autowired MeetingRules rules;
  @Autowired TransactionTemplate transaction;

  @Test
  void clerkAndChairRunAMeetingFromDraftAgendaToPublishedMinutes(Browser browser, @TempDir Path folder) throws Exception {
    Meeting last = demoMeeting(MeetingStatus.MINUTES_CIRCULATED);
    Meeting next = demoMeeting(MeetingStatus.SCHEDULED);
    assertThat(next.getMeetingDate()).isAfter(last.getMeetingDate());
    String subject = ECG + ", " + SHORT.format(next.getMeetingDate());
    ProcessInstance pi = instance(next);
    runDueJobs(pi.getId()); // the agenda items are collected (the job executor is off in tests)
    assertThat(pi).isWaitingAt("Task_DraftAgenda");
    WebDriver driver = browser.driver();

    // 1. the clerk lands on "My work": the task names the meeting and its date, and is due by the publication deadline
    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    assertThat(tasklist.currentFilter()).isEqualTo(TasklistFilters.MY_WORK);
    assertThat(tasklist.taskNames()).contains("Draft agenda: " + subject);
    assertDueOn(browser, "Draft agenda: " + subject, rules.latestPublicationDate(next));
    tasklist.openTask("Draft agenda: " + subject).claim();

    // 2. the form links the papers page; it opens in a new tab
    String papersPath = "/meetings/" + next.getReference() + "/papers";
    WebElement link = browser.waitUntil("the link to the papers page in the form",
        d -> d.findElement(By.cssSelector("[cam-tasklist-task] form.fjs-form a[href='" + papersPath + "']")));
    assertThat(link.getText()).isEqualTo("open the meeting's papers page");
    browser.scrollToCentre(link);
    browser.capture("FirstMeetingCycleBrowserTest.draft-agenda-form");
    String tasklistTab = driver.getWindowHandle();
    Set<String> tabs = driver.getWindowHandles();
    browser.click(link);
    String papersTab = browser.waitUntil("the papers page to open in a new tab",
        d -> d.getWindowHandles().stream().filter(h -> !tabs.contains(h)).findFirst().orElse(null));
    driver.switchTo().window(papersTab);
    assertThat(browser.<String>waitUntil("the papers page's heading", d -> d.findElement(By.tagName("h1")).getText()))
        .isEqualTo("Papers: " + ECG + ", " + next.getMeetingDate());
    assertThat(driver.getCurrentUrl()).isEqualTo("http://localhost:" + port + papersPath);
    driver.close();
    driver.switchTo().window(tasklistTab);

    // 3. more than five items, one report to follow, Complete confirmed
    CamundaForm form = tasklist.form();
    CamundaForm.DynamicList items = form.dynamicList("Agenda items");
    for (String item : ADDED_ITEMS) {
      CamundaForm row = items.addRow().fillText("Item description", item).fillText("Lead officer", DemoUsers.CLERK.fullName())
          .setNumber("Minutes", 10).choose("Attachment", item.equals(REPORT_ITEM) ? "Report to follow" : "None");
      row.setCheckbox("Part A (public)", true);
    }
    int itemCount = items.rowCount();
    assertThat(itemCount).as("agenda items").isGreaterThan(5);
    tasklist.complete();
    assertConfirmed(browser, "Task completed: Draft agenda: " + subject);
    assertThat(itemsOf(next)).hasSize(itemCount).contains(ADDED_ITEMS.toArray(String[]::new));
    assertThat(itemsOf(next).get(itemCount - 1)).isEqualTo("Any other business");

    // 4. the chair approves the agenda
    tasklist.login(DemoUsers.ECG_CHAIR.id(), DemoUsers.PASSWORD);
    assertThat(tasklist.currentFilter()).isEqualTo(TasklistFilters.MY_WORK);
    assertDueOn(browser, "Approve agenda: " + subject, rules.latestPublicationDate(next));
    tasklist.openTask("Approve agenda: " + subject);
    assertThat(tasklist.value("Draft agenda")).contains(REPORT_ITEM, "Any other business");
    assertThat(driver.findElements(By.cssSelector("[cam-tasklist-task] form.fjs-form a[href='" + papersPath + "']")))
        .as("the chair's link to the papers").hasSize(1);
    tasklist.choose("Your decision", "Approve the agenda");
    tasklist.complete();
    assertConfirmed(browser, "Task completed: Approve agenda: " + subject);

    // the agenda is published and sent; the report still to follow is chased
    runDueJobs(pi.getId());
    assertThat(status(next)).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);

    // 5. the clerk reads the e-mails in the outbox and follows the chase e-mail's link to the papers page
    tasklist.login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    browser.open("http://localhost:" + port + "/outbox");
    Map<String, String> outbox = outbox(browser);
    String when = DAY.format(next.getMeetingDate());
    assertThat(outbox).containsKey("Agenda published: " + ECG + ", " + when);
    assertThat(outbox.get("Agenda published: " + ECG + ", " + when))
        .contains(DemoUsers.ECG_MEMBER.email(), DemoUsers.ECG_CHAIR.email(), REPORT_ITEM);
    String chase = outbox.get("Paper still to follow: " + ECG + ", " + when);
    assertThat(chase).as("the chase e-mail").isNotNull().contains(REPORT_ITEM);
    java.util.regex.Matcher chaseLink = java.util.regex.Pattern.compile("http://\\S+/papers").matcher(chase);
    assertThat(chaseLink.find()).as("a link in the chase e-mail").isTrue();
    assertThat(chaseLink.group()).isEqualTo("http://localhost:" + port + papersPath);
    browser.open(chaseLink.group());
    WebElement reportRow = browser.waitUntil("the report's item on the papers page", d -> d.findElements(
        By.cssSelector("tr[id^='item-']")).stream().filter(r -> r.getText().contains(REPORT_ITEM)).findFirst().orElse(null));
    assertThat(reportRow.getText()).contains("Report to follow – not received yet");
    int agendaPages = pages(agendaPack(browser));

    Path report = Files.write(folder.resolve("short-breaks-review.pdf"), TestPapers.pdf(REPORT_TITLE, REPORT_PAGES));
    reportRow.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());
    reportRow.findElement(By.cssSelector("input[name=title]")).sendKeys(REPORT_TITLE);
    browser.click(reportRow.findElement(By.cssSelector("button[type=submit]")));
    String uploaded = browser.waitUntil("the upload's confirmation",
        d -> d.findElement(By.cssSelector("[role=status]")).getText());
    assertThat(uploaded).startsWith("Uploaded: short-breaks-review.pdf for item ");
    assertThat(browser.waitUntil("the report's item after the upload", d -> d.findElements(By.cssSelector("tr[id^='item-']"))
        .stream().filter(r -> r.getText().contains(REPORT_ITEM)).findFirst().orElse(null)).getText())
        .contains("Report received (PDF: in the agenda pack)", "short-breaks-review.pdf");

    browser.capture("FirstMeetingCycleBrowserTest.papers-page");

    // the agenda pack now ends with the report's pages, numbered on from the agenda
    byte[] pack = agendaPack(browser);
    assertThat(pages(pack)).isEqualTo(agendaPages + REPORT_PAGES);
    String packText = text(pack);
    for (int sheet = 1; sheet <= REPORT_PAGES; sheet++) {
      assertThat(packText).contains(REPORT_TITLE + " sheet " + sheet);
    }
    assertThat(packText).contains("Page " + (agendaPages + REPORT_PAGES) + " of " + (agendaPages + REPORT_PAGES));

    // 6. the meeting is held: the clock moves to its start, the due timers run
    clockAt(next.getMeetingDate().atTime(next.getStartTime()));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
    clockAt(next.getMeetingDate().atTime(next.getEndTime()));

    // 7. the clerk records it, confirming last month's minutes
    tasklist = Tasklist.open(browser, port);
    assertThat(tasklist.isLoggedIn()).as("still logged in to Tasklist").isTrue();
    assertThat(tasklist.currentFilter()).isEqualTo(TasklistFilters.MY_WORK);
    assertDueOn(browser, "Record the meeting: " + subject, rules.minutesDueDate(next));
    tasklist.openTask("Record the meeting: " + subject).claim();
    form = tasklist.form();
    assertThat(form.value("Minutes to confirm")).contains("confirm the minutes of " + ECG + ", "
        + DAY.format(last.getMeetingDate()) + " (" + last.getReference() + ") as a true record");
    WebElement minutesLink = driver.findElement(By.xpath("//*[@cam-tasklist-task]//form//a[normalize-space(.)='Read the minutes to be confirmed']"));
    assertThat(minutesLink.getDomProperty("href"))
        .isEqualTo("http://localhost:" + port + "/meetings/" + last.getReference() + "/papers/minutes.pdf");
    assertThat(text(fetchPdf(browser, minutesLink.getDomProperty("href")))).as("the minutes to be confirmed")
        .contains("CAMHS: pooled budget proposal");
    form.choose(CONFIRM_PREVIOUS, "Yes, confirmed as a true record");
    CamundaForm.DynamicList attendance = form.dynamicList("Attendance");
    int attendees = attendance.rowCount();
    assertThat(attendees).as("the ECG's members, prefilled").isGreaterThan(5);
    for (int row = 0; row < attendees; row++) {
      attendance.row(row).choose("Status", row % 5 == 4 ? "Apologies" : "Present");
    }
    CamundaForm.DynamicList minutes = form.dynamicList("Minutes of each item");
    assertThat(minutes.rowCount()).isEqualTo(itemCount);
    for (int row = 0; row < itemCount; row++) {
      CamundaForm minute = minutes.row(row).fillTextArea("Business considered", "Business of item " + (row + 1));
      String item = minute.value("Item");
      if (item.startsWith("Welcome") || item.equals("Any other business")) {
        minute.choose("Outcome", "Noted");
      } else {
        minute.choose("Outcome", "Approved").fillTextArea("Decision taken", "Approved: " + item + ".")
            .fillTextArea("Rationale for the decision", "As the report recommended.");
      }
    }
    form.fillTextArea("Any other business", "No other business was raised.");
    browser.scrollToCentre(browser.driver().findElement(By.xpath("//label[contains(normalize-space(.), '" + CONFIRM_PREVIOUS + "')]")));
    browser.capture("FirstMeetingCycleBrowserTest.record-form");
    tasklist.complete();
    assertConfirmed(browser, "Task completed: Record the meeting: " + subject);
    assertThat(status(next)).isEqualTo(MeetingStatus.HELD);

    // last month's minutes are confirmed and published
    runDueJobs(pi.getId());
    runDueJobs(instance(last).getId());
    assertThat(status(last)).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");

    // 8. the chair approves the draft minutes
    tasklist.login(DemoUsers.ECG_CHAIR.id(), DemoUsers.PASSWORD);
    assertDueOn(browser, "Approve draft minutes: " + subject, rules.minutesDueDate(next));
    tasklist.openTask("Approve draft minutes: " + subject);
    assertThat(tasklist.value("Draft minutes")).contains("Approved: " + REPORT_ITEM + ".",
        "The minutes of the previous meeting were approved as a true record.");
    tasklist.choose("Your decision", "Approve the draft minutes");
    tasklist.complete();
    assertConfirmed(browser, "Task completed: Approve draft minutes: " + subject);
    runDueJobs(pi.getId());
    assertThat(status(next)).isEqualTo(MeetingStatus.MINUTES_CIRCULATED);
    assertThat(pi).isWaitingAt("Event_MinutesConfirmed");

    // the draft minutes went to the members; last month's minutes are on the public pages
    tasklist.login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    browser.open("http://localhost:" + port + "/outbox");
    assertThat(outbox(browser).get("Draft minutes: " + ECG + ", " + when)).as("the draft minutes' e-mail")
        .isNotNull().contains(DemoUsers.ECG_MEMBER.email());
    browser.open("http://localhost:" + port + "/public/meetings/" + last.getReference() + "/minutes");
    assertThat(browser.<String>waitUntil("last month's published minutes", d -> d.findElement(By.tagName("body")).getText()))
        .contains("CAMHS: pooled budget proposal");
  }

  // ------------------------------------------------------------------------------- helpers --

  private Meeting demoMeeting(MeetingStatus status) {
    return transaction.execute(tx -> meetings.findByStatusInOrderByMeetingDateDesc(List.of(status)).stream()
        .filter(m -> m.getBody().getCode().equals("ECG")).findFirst()
        .orElseThrow(() -> new AssertionError("The demo data has no ECG meeting in " + status)));
  }

  private ProcessInstance instance(Meeting meeting) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference())
        .singleResult();
    assertThat(pi).as("the process of " + meeting.getReference()).isNotNull();
    return pi;
  }

  private MeetingStatus status(Meeting meeting) {
    return transaction.execute(tx -> meetings.findById(meeting.getId()).orElseThrow().getStatus());
  }

  private List<String> itemsOf(Meeting meeting) {
    return transaction.execute(tx -> meetings.findById(meeting.getId()).orElseThrow().orderedItems().stream()
        .map(AgendaItem::getDescription).toList());
  }

  /** The task's due date as Tasklist's list shows it: "Due in …", its tooltip the date, day first. */
  private static void assertDueOn(Browser browser, String taskName, LocalDate due) {
    Map<String, Object> shown = browser.waitUntil("the due date of \"" + taskName + "\" in the list", d -> browser.script("""
        var items = document.querySelectorAll('[cam-tasks] ol.tasks-list > li.task');
        for (var i = 0; i < items.length; i++) {
          var a = items[i].querySelector('h4.task a');
          if (a && a.textContent.replace(/\\s+/g, ' ').trim() === arguments[0]) {
            var due = items[i].querySelector('.due-date');
            var tip = due ? due.querySelector('[uib-tooltip]') : null;
            return {text: due ? due.textContent.replace(/\\s+/g, ' ').trim() : '', tooltip: tip ? tip.getAttribute('uib-tooltip') : ''};
          }
        }
        return null;""", taskName));
    assertThat((String) shown.get("text")).as("due date of " + taskName).startsWith("Due");
    assertThat((String) shown.get("tooltip")).as("due date of " + taskName)
        .startsWith(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(due) + ", ");
  }

  /** The confirmation the Tasklist script shows after "Complete" (the last one's text may still be up). */
  private static void assertConfirmed(Browser browser, String expected) {
    String[] seen = {null};
    browser.waitUntil("the confirmation \"" + expected + "\" after \"Complete\"", d -> {
      seen[0] = browser.script("var c = document.querySelector('.ct-completed'); return c ? c.textContent.trim() : null;");
      return expected.equals(seen[0]);
    }, () -> seen[0]);
  }

  /** The outbox page: each message's subject with its recipients and text. */
  private static Map<String, String> outbox(Browser browser) {
    browser.waitUntil("the outbox", d -> d.findElement(By.tagName("h1")).getText().equals("Outbox"));
    Map<String, String> mails = new java.util.LinkedHashMap<>();
    for (WebElement mail : browser.driver().findElements(By.cssSelector("article.mail"))) {
      mails.putIfAbsent(mail.findElement(By.tagName("h2")).getText(), mail.getText());
    }
    return mails;
  }

  /**
   * The papers page's "Agenda pack (PDF)" link, fetched with the browser's session. The pages
   * outside Tasklist allow no script (their Content-Security-Policy), so the link is fetched from
   * a Tasklist tab, as the browser would download it.
   */
  private byte[] agendaPack(Browser browser) {
    WebDriver driver = browser.driver();
    String href = browser.waitUntil("the agenda pack link",
        d -> d.findElement(By.xpath("//a[normalize-space(.)='Agenda pack (PDF)']"))).getDomProperty("href");
    String papersTab = driver.getWindowHandle();
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    try {
      Tasklist.open(browser, port);
      return fetchPdf(browser, href);
    } finally {
      driver.close();
      driver.switchTo().window(papersTab);
    }
  }

  /** A PDF link fetched from a Tasklist page with the browser's session. */
  private static byte[] fetchPdf(Browser browser, String href) {
    Map<String, Object> answer = browser.asyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
          return r.arrayBuffer().then(function (b) {
            var bytes = new Uint8Array(b), s = '';
            for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
            done({status: r.status, type: r.headers.get('content-type'), data: btoa(s)});
          });
        }).catch(function (e) { done({status: 0, type: String(e), data: ''}); });""", href);
    assertThat(((Number) answer.get("status")).intValue()).as(href + " " + answer.get("type")).isEqualTo(200);
    assertThat((String) answer.get("type")).startsWith("application/pdf");
    return Base64.getDecoder().decode((String) answer.get("data"));
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }


  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
