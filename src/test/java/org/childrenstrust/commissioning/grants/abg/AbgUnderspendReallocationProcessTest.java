package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.HEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD_2;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.childrenstrust.commissioning.grants.abg.AbgTaskForms.ItemRow;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The underspend reallocation, one path per test; GovernanceDecision is replaced by a stub the test
 * answers. The pot stays whole after every step. The year starts with £34,856.20 unallocated; the
 * approved list is counselling £30,000, e-safety £25,000, Aiming High £10,000 (in rank order).
 */
@Import(AbgYears.class)
class AbgUnderspendReallocationProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();
  @Autowired AbgYears years;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    BpmnModelInstance stub = Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY).camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_StubDecision").name("Body decides").endEvent().done();
    stubDeployment = repositoryService().createDeployment().addModelInstance("GovernanceDecisionStub.bpmn", stub).deploy().getId();
    clockAt(LocalDateTime.of(2010, 8, 2, 9, 0));
  }

  @AfterEach
  void removeStub() {
    repositoryService().deleteDeployment(stubDeployment, true);
  }

  private org.camunda.bpm.engine.RepositoryService repositoryService() {
    return processEngine.getRepositoryService();
  }

  // --- wait states -------------------------------------------------------------------------

  private ProcessInstance declare(String label, String activity, String amount, String user) {
    identityService.setAuthentication(user, List.of("lead-officers"));
    try {
      String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION)
          .latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.ACTIVITY_REFERENCE, activity, AbgProcess.UNDERSPEND_AMOUNT, amount,
          AbgProcess.UNDERSPEND_REASON, "Vacant post until October"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void confirm(ProcessInstance pi, boolean confirmed) {
    completeAs(HEAD, task(pi.getId(), "Task_ConfirmUnderspend"), Map.of(AbgProcess.CONFIRMATION,
        confirmed ? AbgTaskForms.CONFIRM : AbgTaskForms.NOT_CONFIRMED, AbgProcess.CONFIRMATION_COMMENT, confirmed ? "" : "Spend is on track"));
    runDueJobs(pi.getId());
  }

  private void putToTheMeeting(ProcessInstance pi) {
    completeAs("priya.shah", task(pi.getId(), "Task_ReviewReallocation"), Map.of());
  }

  private void managementGroupDecides(ProcessInstance pi, GovernanceDecision.Outcome outcome, String rationale) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult();
    taskService.complete(task.getId(), Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(),
        GovernanceDecision.OUT_RATIONALE, rationale, GovernanceDecision.OUT_MEETING, "ECG-2010-09-09"));
    runDueJobs(pi.getId());
  }

  private ProcessInstance proposedReallocation(String label, ReallocationWalk.Policy policy) {
    years.approvedYear(label, policy);
    ProcessInstance pi = declare(label, "CSC-WORKFORCE", "20000.00", LEAD_2);
    years.assertPotWhole(label);
    confirm(pi, true);
    years.assertPotWhole(label);
    assertThat(years.unallocated(label)).isEqualTo(gbp("54856.20"));
    return pi;
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  // --- paths -------------------------------------------------------------------------------

  @Test
  void approvedUnderSkipFundsWhatFitsAndKeepsTheRest() {
    String label = "2051/52";
    ProcessInstance pi = proposedReallocation(label, ReallocationWalk.Policy.SKIP);
    assertThat(pi).isWaitingAt("Task_ReviewReallocation");
    assertThat(subjects()).anyMatch(s -> s.startsWith("ABG underspend declared") && s.contains("priya.shah@"));
    putToTheMeeting(pi);
    assertThat(pi).isWaitingAt("Call_ManagementGroupDecision");
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED, "Approved as proposed");
    assertThat(pi).hasPassed("Task_ApplyReallocation", "Task_NotifyNewlyFunded").isEnded();
    assertThat(years.allocationOf(label, "PL-COUNSELLING")).isEqualTo(gbp("30000.00"));
    assertThat(years.allocationOf(label, "PL-AIMING-HIGH")).isEqualTo(gbp("10000.00"));
    assertThat(years.unallocated(label)).isEqualTo(gbp("14856.20"));
    years.assertPotWhole(label);
    assertThat(subjects()).anyMatch(s -> s.startsWith("ABG funding: School-based counselling, £30,000.00") && s.contains(LEAD + "@"));
  }

  @Test
  void approvedUnderStopStopsAtTheFirstItemThatDoesNotFit() {
    String label = "2052/53";
    ProcessInstance pi = proposedReallocation(label, ReallocationWalk.Policy.STOP);
    putToTheMeeting(pi);
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED, "Approved");
    assertThat(pi).isEnded();
    assertThat(years.allocationOf(label, "PL-COUNSELLING")).isEqualTo(gbp("30000.00"));
    assertThat(years.unallocated(label)).isEqualTo(gbp("24856.20"));
    years.assertPotWhole(label);
    assertThat(years.historyOf(label, "PL-COUNSELLING")).singleElement().satisfies(change -> assertThat(change)
        .containsEntry("KIND", "REALLOCATED").containsEntry("DECISION_REFERENCE", "ECG-2010-09-09"));
  }

  @Test
  void theReviewShowsWhatIsNotFundedAndWhy() {
    ProcessInstance pi = proposedReallocation("2053/54", ReallocationWalk.Policy.SKIP);
    Task review = task(pi.getId(), "Task_ReviewReallocation");
    assertThat(taskService.getVariable(review.getId(), AbgProcess.REALLOCATION_SUMMARY).toString())
        .contains("Available (unallocated): £54,856.20", "2. Bullying and e-safety training (PL-ESAFETY, £25,000.00): not funded, costs £25,000.00, £24,856.20 left",
            "Left unallocated for the next declaration: £14,856.20");
  }

  @Test
  void amendedPartFundingNeedsAReasonAndOnlyListedItems() {
    String label = "2054/55";
    ProcessInstance pi = proposedReallocation(label, ReallocationWalk.Policy.SKIP);
    putToTheMeeting(pi);
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED_WITH_AMENDMENTS, "Part-fund e-safety instead of Aiming High");
    Task amend = task(pi.getId(), "Task_RecordAmendment");
    List<ItemRow> rows = List.of(new ItemRow(1, "PL-COUNSELLING", null, null, null, null, gbp("30000")),
        new ItemRow(2, "PL-ESAFETY", null, null, null, null, gbp("24856.20")), new ItemRow(3, "PL-AIMING-HIGH", null, null, null, null, gbp("0")));
    assertThat(rejection(() -> completeAs(OFFICER, amend, Map.of(AbgProcess.REALLOCATION_ITEMS, asJson(rows),
        AbgProcess.AMENDMENT_REASON, ""))).getMessage()).contains("needs a recorded reason");
    List<ItemRow> unlisted = List.of(new ItemRow(9, "PL-NOT-LISTED", null, null, null, null, gbp("100")));
    assertThat(rejection(() -> completeAs(OFFICER, amend, Map.of(AbgProcess.REALLOCATION_ITEMS, asJson(unlisted),
        AbgProcess.AMENDMENT_REASON, "x"))).getMessage()).contains("PL-NOT-LISTED is not on the approved priority list");
    assertThat(years.unallocated(label)).isEqualTo(gbp("54856.20"));
    completeAs(OFFICER, amend, Map.of(AbgProcess.REALLOCATION_ITEMS, asJson(rows), AbgProcess.AMENDMENT_REASON, "E-safety is urgent this year"));
    runDueJobs(pi.getId());
    assertThat(pi).isEnded();
    assertThat(years.allocationOf(label, "PL-ESAFETY")).isEqualTo(gbp("24856.20"));
    assertThat(years.unallocated(label)).isEqualTo(gbp("0.00"));
    years.assertPotWhole(label);
  }

  @Test
  void amendedAmountsThatAreNegativeNotNumbersAboveTheCostOrAboveWhatIsAvailableAreRefusedAndChangeNothing() {
    String label = "2059/60";
    ProcessInstance pi = proposedReallocation(label, ReallocationWalk.Policy.SKIP);
    putToTheMeeting(pi);
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED_WITH_AMENDMENTS, "Amend the amounts");
    Task amend = task(pi.getId(), "Task_RecordAmendment");
    int changes = years.historyOf(label, "CSC-WORKFORCE").size();
    Map<String, String> refused = Map.of(
        "[{\"reference\":\"PL-COUNSELLING\",\"approvedAmount\":-1}]", "£0.00 or more",
        "[{\"reference\":\"PL-COUNSELLING\",\"approvedAmount\":\"lots\"}]", "with numbers as numbers",
        "[{\"reference\":\"PL-COUNSELLING\",\"approvedAmount\":30000.001}]", "pounds and pence",
        "[{\"reference\":\"PL-ESAFETY\",\"approvedAmount\":25000.01}]", "costs £25,000.00: it cannot receive £25,000.01",
        "[{\"reference\":\"PL-COUNSELLING\",\"approvedAmount\":30000},{\"reference\":\"PL-ESAFETY\",\"approvedAmount\":25000}]",
        "(£55,000.00) is more than the £54,856.20 available");
    refused.forEach((rows, message) -> assertThat(rejection(() -> completeAs(OFFICER, amend, Map.of(AbgProcess.REALLOCATION_ITEMS, rows,
        AbgProcess.AMENDMENT_REASON, "Amended at the meeting"))).getMessage()).as(rows).contains(message));
    assertThat(pi).isWaitingAt("Task_RecordAmendment");
    assertThat(years.unallocated(label)).isEqualTo(gbp("54856.20"));
    assertThat(years.historyOf(label, "CSC-WORKFORCE")).hasSize(changes);
    assertThat(jdbc.queryForObject("select count(*) from abg_allocation a join abg_year y on y.id = a.year_id where y.label = ?",
        Integer.class, label)).as("no listed item funded").isEqualTo(9);
    years.assertPotWhole(label);
  }

  private static String asJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rejectedLeavesTheMoneyUnallocated() {
    String label = "2055/56";
    ProcessInstance pi = proposedReallocation(label, ReallocationWalk.Policy.SKIP);
    putToTheMeeting(pi);
    managementGroupDecides(pi, GovernanceDecision.Outcome.REJECTED, "Wait for the Q2 forecasts");
    assertThat(pi).hasPassed("Event_Rejected").isEnded();
    assertThat(years.unallocated(label)).isEqualTo(gbp("54856.20"));
    years.assertPotWhole(label);
  }

  @Test
  void notConfirmedChangesNoAllocation() {
    String label = "2056/57";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    ProcessInstance pi = declare(label, "CSC-WORKFORCE", "20000", LEAD_2);
    confirm(pi, false);
    assertThat(pi).hasPassed("Event_NotConfirmed").isEnded();
    assertThat(years.allocationOf(label, "CSC-WORKFORCE")).isEqualTo(gbp("195000.00"));
    years.assertPotWhole(label);
  }

  @Test
  void leftoverIsCarriedForwardWhenNothingOnTheListFits() {
    String label = "2057/58";
    ProcessInstance first = proposedReallocation(label, ReallocationWalk.Policy.SKIP);
    putToTheMeeting(first);
    managementGroupDecides(first, GovernanceDecision.Outcome.APPROVED, "Approved");
    ProcessInstance second = declare(label, "CDR", "5000", LEAD_2);
    confirm(second, true);
    assertThat(second).hasPassed("Event_CarriedForward").isEnded();
    assertThat(years.unallocated(label)).isEqualTo(gbp("19856.20"));
    years.assertPotWhole(label);
  }

  @Test
  void badDeclarationsAreRefusedAndStartNothing() {
    String label = "2058/59";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION).count();
    assertThat(rejection(() -> declare(label, "CSC-WORKFORCE", "20000", LEAD)).getMessage()).contains("Only the lead officer");
    assertThat(rejection(() -> declare(label, "CSC-WORKFORCE", "-1", LEAD_2)).getMessage()).contains("more than £0.00");
    assertThat(rejection(() -> declare(label, "CSC-WORKFORCE", "lots", LEAD_2)).getMessage()).contains("is not an amount");
    assertThat(rejection(() -> declare(label, "CSC-WORKFORCE", "999999", LEAD_2)).getMessage()).contains("more than the allocation");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION).count()).isEqualTo(before);
    years.assertPotWhole(label);
  }
}
