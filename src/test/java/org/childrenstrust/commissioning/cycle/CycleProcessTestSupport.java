package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.Evidence;
import org.childrenstrust.commissioning.cycle.domain.ServiceArea;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The CommissioningCycle's wait states, reached through the engine; shared by the process and browser tests. */
abstract class CycleProcessTestSupport extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String COMMISSIONER = "imran.qureshi";
  static final String OUTCOME_LEAD = "grace.okafor";
  static final String CLERK = "clara.jones";
  static final ObjectMapper JSON = new ObjectMapper();
  protected static int areas;

  @Autowired CycleService cycles;
  @Autowired CycleRepositories repos;
  protected String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = processEngine.getRepositoryService().createDeployment().addModelInstance("GovernanceDecisionStub.bpmn",
        Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_StubDecision").name("Body decides").endEvent().done()).deploy().getId();
    clockAt(LocalDateTime.of(2010, 4, 6, 9, 0));
  }

  @AfterEach
  void removeStub() {
    processEngine.getRepositoryService().deleteDeployment(stubDeployment, true);
  }

  // --- wait states -------------------------------------------------------------------------

  /** Runs due jobs one at a time: a timer that fires may cancel another due one (the review interrupts an open return). */
  protected void runJobs(ProcessInstance pi) {
    for (int round = 0; round < 50; round++) {
      var due = managementService.createJobQuery().processInstanceId(pi.getId()).executable().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("Jobs keep coming for " + pi.getId());
  }

  protected String newArea() {
    String code = "TEST-AREA-" + (++areas) + "-" + System.nanoTime() % 100000;
    repos.areas.save(new ServiceArea(code, "Test service " + areas, ServiceArea.Level.STRATEGIC, "Be healthy: reduce teenage conceptions",
        "Joan Ellery", COMMISSIONER, "outcome-be-healthy"));
    return code;
  }

  protected ProcessInstance started() {
    identityService.setAuthentication(COMMISSIONER, List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CycleProcess.PROCESS_KEY)
          .latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(CycleProcess.SERVICE_AREA, newArea(),
          CycleProcess.FINANCIAL_YEAR, "2010/11"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected CycleRecord cycleOf(ProcessInstance pi) {
    return cycles.cycle(((Number) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(CycleProcess.CYCLE_ID).singleResult().getValue()).longValue());
  }

  static String json(Object rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> needs(String who) {
    return Map.of(CycleProcess.NEEDS_SUMMARY, "Conceptions under 18 above the regional rate (JSNA 2009)",
        CycleProcess.CURRENT_PROVISION, "Two clinics; school nursing", CycleProcess.PARTNER_SPEND, "Council £80,000; NHS £60,000",
        CycleProcess.OUTCOMES_WANTED, "Fewer conceptions; more teenage parents in learning",
        CycleProcess.EVIDENCE, json(List.of(Map.of("kind", "JSNA", "title", "JSNA 2009", "finding", "Rate 41 per 1,000"))),
        CycleProcess.INVOLVEMENT, json(who == null ? List.of() : List.of(Map.of("who", who, "how", "Focus group at the youth centre",
            "howMany", 12, "heldOn", "2010-03-18", "whatTheySaid", "Clinics close too early", "whatChanged", "Evening sessions in the plan"))));
  }

  protected ProcessInstance inPlan() {
    ProcessInstance pi = started();
    completeAs(COMMISSIONER, task(pi.getId(), "Task_AssessNeeds"), needs("YOUNG_PEOPLE"));
    completeAs(OUTCOME_LEAD, task(pi.getId(), "Task_ScrutiniseNeeds"), Map.of(CycleProcess.CHOICE, "accept"));
    return pi;
  }

  static Map<String, Object> plan(String arrangement, String total, List<Map<String, Object>> contributions) {
    Map<String, Object> plan = new HashMap<>(Map.of(CycleProcess.WORKFORCE, "Two outreach workers trained in sexual health",
        CycleProcess.FACILITIES, "Evening clinic space in Leominster and Ross", CycleProcess.PROVIDER_CONSULTATION, "Provider event, April",
        CycleProcess.USER_CONSULTATION, "Shadow Board session", CycleProcess.KIND_OF_SERVICE, "SERVICES", CycleProcess.MARKET, "COMPETITIVE",
        CycleProcess.ARRANGEMENT, arrangement, CycleProcess.BUDGET_TOTAL, Double.valueOf(total),
        CycleProcess.OPTIONS, json(List.of(
            Map.of("title", "Carry on as now", "currentService", true, "cost", 140000, "benefit", "No disruption", "risk", "Rate stays high",
                "preferred", false),
            Map.of("title", "Evening outreach service", "currentService", false, "cost", Double.valueOf(total), "benefit", "Reaches those at risk",
                "risk", "New provider", "preferred", true))),
        CycleProcess.INTENTIONS, json(List.of(Map.of("intention", "Commission an evening outreach service",
            "cyppPriority", "Be healthy: reduce teenage conceptions")))));
    plan.put(CycleProcess.CONTRIBUTIONS, json(contributions));
    if ("POOLED".equals(arrangement)) {
      plan.put(CycleProcess.LEGAL_BASIS, "SECTION_75");
    }
    return plan;
  }

  protected void endorsed(ProcessInstance pi, Map<String, Object> plan) {
    completeAs(COMMISSIONER, task(pi.getId(), "Task_DraftPlan"), plan);
    completeAs(OUTCOME_LEAD, task(pi.getId(), "Task_EndorsePlan"), Map.of(CycleProcess.CHOICE, "approve"));
    runJobs(pi);
  }

  protected void declared(ProcessInstance pi, String taskKey) {
    completeAs(CLERK, task(pi.getId(), taskKey), Map.of(CycleProcess.DECLARATIONS, json(List.of(
        Map.of("member", "Priya Shah", "interest", "NONE"),
        Map.of("member", "Tom Hadley", "interest", "FINANCIAL", "detail", "Trustee of a bidding charity")))));
  }

  /** The body's answer through the stub; returns the body code the process asked. */
  protected String decides(ProcessInstance pi, String callActivity, GovernanceDecision.Outcome outcome, String rationale) {
    assertThat(pi).isWaitingAt(callActivity);
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    String body = (String) runtimeService.getVariable(decision.getId(), GovernanceDecision.IN_BODY_CODE);
    Task task = taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult();
    taskService.complete(task.getId(), Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(),
        GovernanceDecision.OUT_RATIONALE, rationale, GovernanceDecision.OUT_MEETING, "ECG-2010-05-13"));
    return body;
  }

  protected ProcessInstance inDo() {
    ProcessInstance pi = inPlan();
    endorsed(pi, plan("SINGLE_AGENCY", "180000", List.of()));
    declared(pi, "Task_RecordPlanDeclarations");
    decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.APPROVED, "Agreed");
    runJobs(pi);
    return pi;
  }

  protected void panelDeclared(ProcessInstance pi) {
    completeAs(COMMISSIONER, task(pi.getId(), "Task_DeclareEvaluatorInterests"), Map.of(CycleProcess.EVALUATORS, json(List.of(
        Map.of("member", "Ann Bright", "interest", "NONE"),
        Map.of("member", "Carl Dunn", "interest", "SERVICE_RELATED", "detail", "Manages the current clinics")))));
  }

  protected static Map<String, Object> bids(String scoredBy, String preferred) {
    return Map.of(CycleProcess.BIDS, json(List.of(
        Map.of("provider", "Wye Valley Youth", "price", 175000, "qualityScore", 78, "scoredBy", scoredBy, "youngPeoplesScore", 81),
        Map.of("provider", "Riverside Families Trust", "price", 169500.50, "qualityScore", 72, "scoredBy", scoredBy))),
        CycleProcess.PREFERRED_PROVIDER, preferred);
  }

  protected void safeguarding(ProcessInstance pi, String result) {
    completeAs(COMMISSIONER, task(pi.getId(), "Task_CheckSafeguarding"), Map.of(CycleProcess.SAFEGUARDING_RESULT, result,
        CycleProcess.SAFEGUARDING_NOTE, "pass".equals(result) ? "Safer recruitment and HSCB policies in place" : "No safer recruitment policy"));
  }

  protected static Map<String, Object> contract(String reference, String provider) {
    return Map.of(CycleProcess.CONTRACT_REFERENCE, reference, CycleProcess.PROVIDER, provider, CycleProcess.CONTRACT_VALUE, 175000,
        CycleProcess.STARTS_ON, "2010-07-01", CycleProcess.ENDS_ON, "2013-06-30", CycleProcess.REVIEW_ON, "2011-06-30");
  }

  protected ProcessInstance inDelivery() {
    ProcessInstance pi = inDo();
    panelDeclared(pi);
    completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Ann Bright", "Wye Valley Youth"));
    safeguarding(pi, "pass");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_AwardContract"), contract(cycleOf(pi).getReference() + "-C1", "Wye Valley Youth"));
    return pi;
  }

  /** The review timer fires 20 working days before the review date (Thursday 30 June 2011): the morning of 2 June 2011. */
  protected ProcessInstance inReview() {
    ProcessInstance pi = inDelivery();
    clockAt(LocalDateTime.of(2011, 6, 2, 8, 59));
    runJobs(pi);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewService").count()).isZero();
    clockAt(LocalDateTime.of(2011, 6, 2, 9, 1));
    runJobs(pi);
    return pi;
  }

  protected void reviewed(ProcessInstance pi, String recommendation, String reason, Boolean needRemains, String nextReview) {
    Map<String, Object> review = new HashMap<>(Map.of(CycleProcess.FINDINGS, "Conceptions fell 8%; evening sessions well used",
        CycleProcess.INDICATORS, "NI 112 on track", CycleProcess.USERS_VIEWS, "Young people rate it 4/5",
        CycleProcess.VALUE_FOR_MONEY, "£310 per young person reached", CycleProcess.RECOMMENDATION, recommendation));
    if (reason != null) {
      review.put(CycleProcess.REASON, reason);
    }
    if (needRemains != null) {
      review.put(CycleProcess.NEED_REMAINS, needRemains);
    }
    if (nextReview != null) {
      review.put(CycleProcess.NEXT_REVIEW_ON, nextReview);
    }
    completeAs(COMMISSIONER, task(pi.getId(), "Task_ReviewService"), review);
    runJobs(pi);
    declared(pi, "Task_RecordReviewDeclarations");
  }

  protected List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return ((MimeMessage) m).getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

}
