package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The strategy action tracker: the seed's table, the forward plan, progress requests, bad input and rights. */
class StrategyTrackerTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private HttpResponse<String> get(String user, String path) {
    return new HttpTestClient(port).basic(user, "demo").get(path);
  }

  private HttpResponse<String> post(String user, String path, String json) {
    return new HttpTestClient(port).basic(user, "demo").postJson(path, json);
  }

  private static String action(int number, String owner, String date) {
    return "{\"number\": " + number + ", \"action\": \"Publish the commissioning handbook\", \"cyppSection\": \"WT5: Commissioning\", "
        + "\"owner\": " + (owner == null ? "null" : "\"" + owner + "\"") + ", \"reportDate\": \"" + date + "\"}";
  }

  private int actionsOf(String body) {
    return jdbc.queryForObject("select count(*) from ov_strategy_action where body_code = ?", Integer.class, body);
  }

  @Test
  void theDemoTrackerIsNorthYorkshiresTable() {
    HttpResponse<String> csv = get("hannah.wells", "/api/oversight/bodies/BOARD/strategy-tracker.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("Action,Action text,CYPP Section,Progress,Report to Board,Report date,Status,Owner");
    assertThat(lines.get(1)).startsWith("1,Develop a clear Commissioning Framework.,WT5: Commissioning,\"Outline commissioning framework agreed")
        .endsWith(",March 2010,2010-03-15,IN_PROGRESS,imran.qureshi");
    assertThat(lines.get(5)).startsWith("5,").contains(",WT4: Performance,").contains(",Established January 2010,");
    assertThat(lines.get(6)).startsWith("5,").contains(",WT3: Resources,").contains(",January 2010,");
    assertThat(lines).extracting(l -> l.split(",")[0]).containsExactly("Action", "1", "2", "3", "4", "5", "5", "6", "7", "8");

    String page = get("marcus.reid", "/api/oversight/bodies/BOARD/strategy-tracker").body();
    assertThat(page).contains("<th scope=\"col\">CYPP Section</th>").contains("<td>6.7: Workforce Development</td>")
        .contains("<tr><td></td><td></td><td>WT3: Resources</td>");
    HttpResponse<String> pdf = get("imran.qureshi", "/api/oversight/bodies/BOARD/strategy-tracker.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void anActionsReportDatePutsItOnTheForwardPlanAndItsOwnerIsAskedForProgressBeforeIt() throws MessagingException {
    clockAt(LocalDateTime.of(2031, 1, 6, 9, 0));
    HttpResponse<String> added = post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", action(1, "nadia.karim", "2031-03-20"));
    assertThat(added.statusCode()).isEqualTo(201);
    long id = HttpTestClient.json(added).get("id").asLong();
    assertThat(jdbc.queryForMap("select b.code, i.title, i.lead_officer, i.target_year, i.target_month from ct_forward_plan_item i "
        + "join ct_governance_body b on b.id = i.body_id where i.id = ?", HttpTestClient.json(added).get("forwardPlanItemId").asLong()))
        .containsEntry("CODE", "ECG").containsEntry("TITLE", "Commissioning strategy action 1: Publish the commissioning handbook (progress report)")
        .containsEntry("LEAD_OFFICER", "nadia.karim").containsEntry("TARGET_YEAR", 2031).containsEntry("TARGET_MONTH", 3);

    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("SAT-ECG-1.1-2031-03-20").singleResult();
    assertThat(pi).isWaitingAt("Event_RequestDue");
    clockAt(LocalDateTime.of(2031, 3, 6, 8, 1));
    runDueJobs(pi.getId());
    Task task = task(pi.getId(), "Task_UpdateProgress");
    assertThat(task.getAssignee()).isEqualTo("nadia.karim");
    assertThat(task.getName()).isEqualTo("Update strategy action progress: action 1, Children's Trust Executive Commissioning Group 20 Mar 2031");
    assertThat(task.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(LocalDate.of(2031, 3, 13));

    clockAt(LocalDateTime.of(2031, 3, 11, 8, 1));
    runDueJobs(pi.getId());
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("Progress update due Thursday 13 March 2031: strategy action 1");
    assertThat(Arrays.toString(mail.getReceivedMessages()[0].getAllRecipients())).isEqualTo("[nadia.karim@childrens-trust.example]");

    completeAs("nadia.karim", task, Map.of(OversightProcess.STRATEGY_PROGRESS, "Handbook drafted; consultation closes in April",
        OversightProcess.STRATEGY_STATUS, "IN_PROGRESS"));
    assertThat(pi).hasPassed("Event_ProgressUpdated").isEnded();
    assertThat(jdbc.queryForMap("select progress, status, updated_on from ov_strategy_action where id = ?", id))
        .containsEntry("PROGRESS", "Handbook drafted; consultation closes in April").containsEntry("STATUS", "IN_PROGRESS");
  }

  @Test
  void anActionWithoutAnOwnerOrReportingOnAWeekendIsRefusedAndNothingIsSaved() {
    clockAt(LocalDateTime.of(2031, 1, 6, 9, 0));
    int before = actionsOf("ECG");
    HttpResponse<String> noOwner = post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", action(2, null, "2031-03-20"));
    assertThat(noOwner.statusCode()).isEqualTo(422);
    assertThat(HttpTestClient.json(noOwner).get("message").asText())
        .isEqualTo("Strategy action 2 needs an owner: give the user id of the person who reports on it.");
    HttpResponse<String> saturday = post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", action(2, "nadia.karim", "2031-03-22"));
    assertThat(saturday.statusCode()).isEqualTo(422);
    assertThat(HttpTestClient.json(saturday).get("message").asText())
        .isEqualTo("Strategy action 2 reports on Saturday 22 March 2031, which is not a working day: the working day before is Friday 21 March 2031.");
    assertThat(post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", action(2, "nobody.here", "2031-03-20")).statusCode()).isEqualTo(422);
    assertThat(post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", action(2, "nadia.karim", "20/03/2031x")).statusCode()).isEqualTo(400);
    assertThat(post("imran.qureshi", "/api/oversight/bodies/ECG/strategy-actions", "{\"number\": \"two\"}").statusCode()).isEqualTo(400);
    assertThat(post("tom.hadley", "/api/oversight/bodies/ECG/strategy-actions", action(2, "nadia.karim", "2031-03-20")).statusCode()).isEqualTo(403);
    assertThat(actionsOf("ECG")).isEqualTo(before);
    assertThat(get("grace.okafor", "/api/oversight/bodies/BOARD/strategy-actions").statusCode()).isEqualTo(403);
  }

  @Test
  void aCsvCellASpreadsheetWouldRunIsDefused() {
    assertThat(StrategyTrackerPrint.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(StrategyTrackerPrint.cell("plain")).isEqualTo("plain");
  }
}
