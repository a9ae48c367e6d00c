package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.oversight.OversightTaskForms.BudgetLine;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partnership budget returns: one task per partner, chasing, the Board's reviews on its forward plan, the outturn, the consolidated view. */
class PartnerBudgetReturnsProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACTIVITIES = List.of("LDD", "AIMING-HIGHER", "CAMHS", "LSCB", "SUBSTANCE-MISUSE");
  /** The demo partners and their contacts. */
  private static final Map<String, String> CONTACTS = Map.of("COUNCIL", "helen.barnes", "NHS", "marcus.reid", "POLICE", "tom.hadley",
      "SCHOOLS", "sophie.marsh");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance opened(String year, LocalDateTime at) {
    clockAt(at);
    identityService.setAuthentication("imran.qureshi", List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(OversightProcess.BUDGET_RETURNS).latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(OversightProcess.FINANCIAL_YEAR, year));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task taskOf(ProcessInstance pi, String key, String partner) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).taskAssignee(CONTACTS.get(partner)).singleResult();
  }

  /** Budget lines: each activity's budget is {@code base} × its position, the change for priorities only on CAMHS. */
  private static List<BudgetLine> budgets(String base) {
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < ACTIVITIES.size(); i++) {
      String code = ACTIVITIES.get(i);
      boolean camhs = code.equals("CAMHS");
      lines.add(new BudgetLine(code, null, new BigDecimal(base).multiply(BigDecimal.valueOf(i + 1)),
          camhs ? new BigDecimal("2500.50") : null, camhs ? "Early intervention in schools" : null, null));
    }
    return lines;
  }

  private static List<BudgetLine> outturns(String amount) {
    return ACTIVITIES.stream().map(code -> new BudgetLine(code, null, null, null, null, new BigDecimal(amount))).toList();
  }

  private void returnBudgets(ProcessInstance pi, String partner, List<BudgetLine> lines) {
    completeAs(CONTACTS.get(partner), taskOf(pi, "Task_ReturnBudgets", partner), Map.of(OversightProcess.BUDGET_LINES, json(lines)));
  }

  private List<String> recipients() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void everyPartnerReturnsItsBudgetsThenItsOutturnAndTheBoardsReviewsAreOnItsForwardPlan() {
    ProcessInstance pi = opened("2010/11", LocalDateTime.of(2010, 5, 4, 9, 0));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey()).isEqualTo("PBM-2010/11");
    Task nhs = taskOf(pi, "Task_ReturnBudgets", "NHS");
    assertThat(nhs.getName()).isEqualTo("Return partnership budgets: NHS Primary Care Trust, 2010/11");
    assertThat(nhs.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate())
        .as("20 working days, the Spring bank holiday (31 May) not counted").isEqualTo(LocalDate.of(2010, 6, 2));
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReturnBudgets").count()).isEqualTo(4);

    returnBudgets(pi, "COUNCIL", budgets("100000.00"));
    returnBudgets(pi, "NHS", budgets("20000.10"));
    clockAt(LocalDateTime.of(2010, 6, 3, 8, 1));
    runDueJobs(pi.getId());
    assertThat(recipients()).as("the partners not returned, the officer copied; one copy per recipient").containsOnly(
        "Overdue: Constabulary's partnership budgets 2010/11 -> [tom.hadley@childrens-trust.example, imran.qureshi@childrens-trust.example]",
        "Overdue: Schools Forum's partnership budgets 2010/11 -> [sophie.marsh@childrens-trust.example, imran.qureshi@childrens-trust.example]")
        .hasSize(4);
    returnBudgets(pi, "POLICE", budgets("1000.00"));
    returnBudgets(pi, "SCHOOLS", budgets("0.00"));
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_PlanBudgetReviews").isWaitingAt("Event_YearEnded");
    assertThat(jdbc.queryForList("select i.title, i.target_year, i.target_month from ct_forward_plan_item i join ct_governance_body b "
        + "on b.id = i.body_id where b.code = 'BOARD' and i.title like 'Partnership budgets 2010/11%' order by i.target_year"))
        .extracting(r -> r.get("TITLE") + " " + r.get("TARGET_YEAR") + "-" + r.get("TARGET_MONTH"))
        .containsExactly("Partnership budgets 2010/11: mid-year review 2010-11",
            "Partnership budgets 2010/11: annual report (budgets, changes for priorities, outturn) 2011-6");

    clockAt(LocalDateTime.of(2011, 4, 1, 8, 1));
    runDueJobs(pi.getId());
    Task outturn = taskOf(pi, "Task_ReturnOutturn", "POLICE");
    assertThat(outturn.getName()).isEqualTo("Return partnership outturn: Constabulary, 2010/11");
    for (String partner : CONTACTS.keySet()) {
      completeAs(CONTACTS.get(partner), taskOf(pi, "Task_ReturnOutturn", partner),
          Map.of(OversightProcess.BUDGET_LINES, json(outturns(partner.equals("NHS") ? "19999.99" : "0.00"))));
    }
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_CloseBudgetRound").isEnded();

    HttpResponse<String> csv = new HttpTestClient(port).basic("hannah.wells", "demo").get("/api/oversight/budgets/2010-11/consolidated.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines()).contains(
        "activity,CAMHS,Child and adolescent mental health services (CAMHS),363000.30,10002.00,19999.99,-343000.31",
        "partner,NHS,NHS Primary Care Trust,300001.50,2500.50,99999.95,-200001.55",
        "total,ALL,\"All partners, all activities\",1815001.50,10002.00,99999.95,-1715001.55");
    HttpResponse<String> page = new HttpTestClient(port).basic("tom.hadley", "demo").get("/api/oversight/budgets/2010-11/consolidated");
    assertThat(page.body()).contains("<caption>By activity</caption>").contains("<th scope=\"row\">Substance misuse</th><td>£");
    assertThat(new HttpTestClient(port).basic("grace.okafor", "demo").get("/api/oversight/budgets/2010-11/consolidated").statusCode())
        .isEqualTo(403);
  }

  @Test
  void aReturnForAnotherPartnerOrWithABadFigureIsRefusedAndNothingIsSaved() {
    ProcessInstance pi = opened("2011/12", LocalDateTime.of(2011, 5, 4, 9, 0));
    Task nhs = taskOf(pi, "Task_ReturnBudgets", "NHS");
    assertThat(rejection(() -> completeAs("admin", nhs, Map.of(OversightProcess.BUDGET_LINES, json(budgets("1.00"))))).getMessage())
        .isEqualTo("The budgets of NHS Primary Care Trust are returned by its contact (marcus.reid) only.");
    assertThatThrownBy(() -> completeAs("tom.hadley", nhs, Map.of(OversightProcess.BUDGET_LINES, json(budgets("1.00")))))
        .isInstanceOf(RuntimeException.class);

    List<BudgetLine> negative = new ArrayList<>(budgets("100.00"));
    negative.set(0, new BudgetLine("LDD", null, new BigDecimal("-5.00"), null, null, null));
    assertThat(rejection(() -> returnBudgets(pi, "NHS", negative)).getMessage())
        .isEqualTo("Learning difficulties and disabilities: give the budget in pounds and pence (0.00 if the partner spends nothing on it).");
    List<BudgetLine> unexplained = new ArrayList<>(budgets("100.00"));
    unexplained.set(1, new BudgetLine("AIMING-HIGHER", null, new BigDecimal("10.00"), new BigDecimal("-3.00"), " ", null));
    assertThat(rejection(() -> returnBudgets(pi, "NHS", unexplained)).getMessage())
        .isEqualTo("Aiming Higher for disabled children: say what the change of -3.00 supports.");
    List<BudgetLine> halfPenny = new ArrayList<>(budgets("100.00"));
    halfPenny.set(4, new BudgetLine("SUBSTANCE-MISUSE", null, new BigDecimal("10.005"), null, null, null));
    assertThat(rejection(() -> returnBudgets(pi, "NHS", halfPenny)).getMessage()).contains("has more than two decimal places");
    assertThat(rejection(() -> returnBudgets(pi, "NHS", budgets("100.00").subList(0, 4))).getMessage())
        .isEqualTo("Give a line for every activity (0.00 where the partner spends nothing): [SUBSTANCE-MISUSE] missing.");

    assertThat(jdbc.queryForObject("select count(*) from ov_budget_return r join ov_budget_round y on y.id = r.round_id "
        + "where y.financial_year = '2011/12' and r.budget is not null", Integer.class)).isZero();
    assertThat(pi).isWaitingAt("SubProcess_BudgetReturn");
    assertThat(rejection(() -> opened("2011/12", LocalDateTime.of(2011, 5, 5, 9, 0))).getMessage())
        .isEqualTo("The partnership budgets of 2011/12 are already being collected.");
    assertThat(rejection(() -> opened("2011/13", LocalDateTime.of(2011, 5, 5, 9, 0))).getMessage())
        .isEqualTo("The financial year is written like 2010/11, not '2011/13'.");
  }
}
