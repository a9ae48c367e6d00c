package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD_2;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After quarter 1 of a year whose LSP date (31 July) is a Saturday, as in 2010 (2094 has the same
 * calendar): the morning after the returns were due each outcome group is e-mailed its summary,
 * and a commissioning officer gets the consolidated return to the Local Strategic Partnership, due
 * Friday 30 July, the form saying why. Figures: Stay Safe hosts the social care workforce
 * (£195,000.00, the lower of last year's £195,000.00 and 94% of £210,000.00) and the child death review.
 */
@Import(AbgYears.class)
class AbgQuarterReportsProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String LABEL = "2094/95";
  private static final ReturnDeadlines DEADLINES = new ReturnDeadlines(new WorkingDays());

  @Autowired AbgYears years;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void theOutcomeGroupsGetTheirSummariesAndTheOfficerSubmitsTheConsolidatedReturnByTheMovedDate() throws Exception {
    years.approvedYear(LABEL, ReallocationWalk.Policy.SKIP);
    clockAt(LocalDateTime.of(2094, 7, 1, 7, 0));
    runDueJobs(runtimeService.startProcessInstanceByKey("AbgQuarterEnds").getId());
    ProcessInstance reports = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ABG-" + LABEL + "-Q1-REPORTS")
        .singleResult();
    assertThat(reports).isWaitingAt("Event_ReturnsDue");

    clockAt(LocalDateTime.of(2094, 7, 5, 10, 0));
    Task workforce = task(returnOf("CSC-WORKFORCE").getId(), "Task_SubmitReturn");
    assertThat(workforce.getName()).isEqualTo("Submit quarterly return: Children's social care workforce: training and development "
        + "of social workers, Q1 " + LABEL);
    completeAs(LEAD_2, workforce, Map.of(AbgProcess.SPEND_TO_DATE, "48750.00", AbgProcess.FORECAST_OUTTURN, "195000.00"));

    LocalDate due = DEADLINES.returnDue(LocalDate.of(2094, 6, 30));
    clockAt(due.atTime(12, 0));
    runDueJobs(reports.getId());
    assertThat(reports).isWaitingAt("Event_ReturnsDue");
    assertThat(mail.getReceivedMessages()).noneMatch(m -> subject(m).contains("Q1 summary"));
    clockAt(new WorkingDays().plusWorkingDays(due, 1).atTime(8, 0));
    runDueJobs(reports.getId());

    BigDecimal cdr = years.allocationOf(LABEL, "CDR");
    BigDecimal staySafe = gbp("195000.00").add(cdr);
    MimeMessage summary = only("ABG " + LABEL + " Q1 summary: Stay Safe");
    assertThat(summary.getAllRecipients()).extracting(Object::toString).containsExactly("daniel.price@childrens-trust.example");
    MimeMultipart parts = (MimeMultipart) summary.getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Allocated " + Money.format(staySafe),
        "spend to date £48,750.00", "forecast outturn £195,000.00", "1 of 2 returns received",
        "/abg/quarters/1/summaries/outcome-stay-safe.csv?financialYear=" + LABEL).doesNotContain("Connexions");
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("ABG-2094-95-Q1-outcome-stay-safe.pdf");
    assertThat(only("ABG " + LABEL + " Q1 summary: Make a Positive Contribution").getAllRecipients()).extracting(Object::toString)
        .containsExactly("kwame.mensah@childrens-trust.example");
    assertThat(jdbc.queryForObject("select count(*) from abg_outcome_group_summary s join abg_year y on y.id = s.year_id "
        + "where y.label = ? and s.quarter = 1", Integer.class, LABEL)).as("one summary per hosting outcome group").isEqualTo(5);

    Task lsp = task(reports.getId(), "Task_SubmitLspReturn");
    assertThat(lsp.getName()).isEqualTo("Submit consolidated return to the LSP: Q1 " + LABEL);
    assertThat(lsp.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(LocalDate.of(2094, 7, 30));
    assertThat(taskService.getVariable(lsp.getId(), AbgProcess.LSP_RETURN_SUMMARY).toString())
        .contains("Saturday 31 July 2094 is a Saturday: moved to the previous working day, Friday 30 July 2094.",
            "Outcome groups sent their summaries: ", "Stay Safe", "/abg/quarters/1/lsp-return.pdf?financialYear=" + LABEL);

    assertThat(rejection(() -> completeAs(OFFICER, lsp, Map.of(AbgProcess.LSP_RETURN_SUBMITTED, false))).getMessage())
        .contains("Tick that the return was agreed and submitted");
    assertThat(jdbc.queryForObject("select count(*) from abg_lsp_return", Integer.class)).isZero();
    completeAs(OFFICER, lsp, Map.of(AbgProcess.LSP_RETURN_SUBMITTED, true, AbgProcess.LSP_RETURN_COMMENT, "Sent to the LSP"));
    assertThat(reports).isEnded();
    assertThat(jdbc.queryForMap("select r.submitted_by, r.due_date from abg_lsp_return r join abg_year y on y.id = r.year_id "
        + "where y.label = ? and r.quarter = 1", LABEL)).containsEntry("submitted_by", OFFICER)
        .containsEntry("due_date", java.sql.Date.valueOf(LocalDate.of(2094, 7, 30)));
    years.assertPotWhole(LABEL);
  }

  @Test
  void theReportsAreReadByTheirOwnGroupsAsPageCsvAndPdf() throws Exception {
    String label = "2095/96";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    HttpTestClient stay = new HttpTestClient(port).basic("daniel.price", "demo");
    HttpResponse<String> csv = stay.get("/api/abg/quarters/1/summaries/outcome-stay-safe.csv?financialYear=" + label);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.body())).getRecords();
    assertThat(records.get(0).toList()).isEqualTo(QuarterReportFormats.CSV_HEADER);
    assertThat(records).hasSize(4).anySatisfy(r -> assertThat(r.toList()).containsExactly("outcome-stay-safe", "CSC-WORKFORCE",
        "Children's social care workforce: training and development of social workers", "peter.walsh", "195000.00", "", "", "",
        "Not received yet: due 14 July 2095"));
    assertThat(records.get(3).toList()).containsExactly("", "", "Total", "",
        gbp("195000.00").add(years.allocationOf(label, "CDR")).toPlainString(), "0.00", "0.00", "0.00", "0 of 2 returns received");
    assertThat(new HttpTestClient(port).basic("kwame.mensah", "demo")
        .get("/api/abg/quarters/1/summaries/outcome-stay-safe.html?financialYear=" + label).statusCode()).isEqualTo(403);
    assertThat(stay.get("/api/abg/quarters/1/lsp-return.html?financialYear=" + label).statusCode()).isEqualTo(403);

    HttpTestClient officer = new HttpTestClient(port).basic(OFFICER, "demo");
    HttpResponse<String> html = officer.get("/api/abg/quarters/1/lsp-return.html?financialYear=" + label);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("consolidated return to the Local Strategic Partnership",
        "Sunday 31 July 2095 is a Sunday: moved to the previous working day, Friday 29 July 2095.", "Pot £2,534,268.20", "Connexions service (CONNEXIONS)", "£1,394,246.00");
    HttpResponse<String> pdf = officer.get("/api/abg/quarters/1/lsp-return.pdf?financialYear=" + label);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(officer.get("/api/abg/quarters/5/lsp-return.pdf?financialYear=" + label).statusCode()).isEqualTo(422);
    assertThat(officer.get("/api/abg/quarters/1/lsp-return.xls?financialYear=" + label).statusCode()).isEqualTo(404);
  }

  private ProcessInstance returnOf(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ABG-" + LABEL + "-Q1-" + reference).singleResult();
  }

  private MimeMessage only(String subject) {
    List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).equals(subject)).toList();
    assertThat(found).as("mails '" + subject + "'").hasSize(1);
    return found.get(0);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
