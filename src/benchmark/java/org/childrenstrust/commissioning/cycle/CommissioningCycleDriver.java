package org.childrenstrust.commissioning.cycle;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.benchmark.HumanSteps;
import org.childrenstrust.commissioning.benchmark.StepTimer;
import org.childrenstrust.commissioning.cycle.domain.ServiceArea;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.meetings.GovernanceDecisionDriver;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.context.ApplicationContext;

/**
 * Drives one CommissioningCycle from start to close through its human steps, with the form data of
 * CommissioningCycleProcessTest (its support's needs, plan, bids and contract): understand needs,
 * scrutiny by the outcome group, plan, endorsement, the clerk's declarations before the ECG decides
 * the plan, the evaluators' declarations, bid evaluation, the safeguarding check, the award, one
 * quarter's monitoring return, the service review recommending decommissioning, the declarations
 * before the ECG decides the review, the decommissioning plan (the cycle closes). The bodies'
 * decisions are the real GovernanceDecision instances answered with the message the approved
 * minutes send (untimed: P1 times meetings in AgendaToMinutes); moving the clock to the quarter end
 * and to the review date, and the timers that fire then, are untimed too. A new service area for
 * each cycle is saved untimed.
 */
public final class CommissioningCycleDriver {

  private static final String COMMISSIONER = "imran.qureshi";
  private static final String OUTCOME_LEAD = "grace.okafor";
  private static final String CLERK = "clara.jones";
  private static final AtomicInteger AREAS = new AtomicInteger();

  private final ProcessEngine engine;
  private final CycleRepositories repos;
  private final HumanSteps steps;
  private final GovernanceDecisionDriver decisions;

  public CommissioningCycleDriver(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.repos = context.getBean(CycleRepositories.class);
    this.steps = new HumanSteps(engine);
    this.decisions = new GovernanceDecisionDriver(engine);
  }

  public static String processKey() {
    return CycleProcess.PROCESS_KEY;
  }

  public void runCycle(StepTimer timer) {
    clockAt(LocalDateTime.of(2010, 4, 6, 9, 0));
    String area = newArea();
    ProcessInstance[] started = new ProcessInstance[1];
    timer.step("Start the cycle (commissioner's start form)", () -> steps.as(COMMISSIONER, () ->
        started[0] = engine.getFormService().submitStartForm(steps.startFormDefinition(CycleProcess.PROCESS_KEY),
            Map.of(CycleProcess.SERVICE_AREA, area, CycleProcess.FINANCIAL_YEAR, "2010/11"))),
        () -> steps.runDueJobs(started[0].getId()));
    String pi = started[0].getId();
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();

    step(timer, pi, "Understand needs (commissioner)", COMMISSIONER, "Task_AssessNeeds", CycleProcessTestSupport.needs("YOUNG_PEOPLE"));
    step(timer, pi, "Scrutinise needs (outcome group)", OUTCOME_LEAD, "Task_ScrutiniseNeeds", Map.of(CycleProcess.CHOICE, "accept"));
    step(timer, pi, "Draft commissioning plan (commissioner)", COMMISSIONER, "Task_DraftPlan",
        CycleProcessTestSupport.plan("SINGLE_AGENCY", "180000", List.of()));
    step(timer, pi, "Endorse commissioning plan (outcome group)", OUTCOME_LEAD, "Task_EndorsePlan", Map.of(CycleProcess.CHOICE, "approve"));
    step(timer, pi, "Record declarations of interest (clerk)", CLERK, "Task_RecordPlanDeclarations", declarations());

    decisions.decide(pi, GovernanceDecision.Outcome.APPROVED, "Agreed", "ECG-BENCH");
    steps.runDueJobs(pi);

    step(timer, pi, "Declare evaluators' interests (commissioner)", COMMISSIONER, "Task_DeclareEvaluatorInterests",
        Map.of(CycleProcess.EVALUATORS, CycleProcessTestSupport.json(List.of(
            Map.of("member", "Ann Bright", "interest", "NONE"),
            Map.of("member", "Carl Dunn", "interest", "SERVICE_RELATED", "detail", "Manages the current clinics")))));
    step(timer, pi, "Evaluate bids (commissioner)", COMMISSIONER, "Task_EvaluateBids",
        CycleProcessTestSupport.bids("Ann Bright", "Wye Valley Youth"));
    step(timer, pi, "Check safeguarding (commissioner)", COMMISSIONER, "Task_CheckSafeguarding", Map.of(
        CycleProcess.SAFEGUARDING_RESULT, "pass", CycleProcess.SAFEGUARDING_NOTE, "Safer recruitment and HSCB policies in place"));
    step(timer, pi, "Award contract (commissioner)", COMMISSIONER, "Task_AwardContract",
        CycleProcessTestSupport.contract(reference + "-C1", "Wye Valley Youth"));

    clockAt(LocalDateTime.of(2010, 9, 30, 18, 1));
    steps.runDueJobs(pi);
    step(timer, pi, "Submit contract monitoring return (commissioner)", COMMISSIONER, "Task_SubmitMonitoringReturn",
        Map.of(CycleProcess.SPEND_TO_DATE, 43750, CycleProcess.OUTCOMES_COMMENTARY, "On track"));

    clockAt(LocalDateTime.of(2011, 6, 2, 9, 1));
    steps.runDueJobs(pi);
    step(timer, pi, "Review service (commissioner)", COMMISSIONER, "Task_ReviewService", Map.of(
        CycleProcess.FINDINGS, "Conceptions fell 8%; evening sessions well used", CycleProcess.INDICATORS, "NI 112 on track",
        CycleProcess.USERS_VIEWS, "Young people rate it 4/5", CycleProcess.VALUE_FOR_MONEY, "£310 per young person reached",
        CycleProcess.RECOMMENDATION, "DECOMMISSION", CycleProcess.REASON, "UNSUSTAINABLE", CycleProcess.NEED_REMAINS, false));
    step(timer, pi, "Record declarations for review decision (clerk)", CLERK, "Task_RecordReviewDeclarations", declarations());

    decisions.decide(pi, GovernanceDecision.Outcome.APPROVED, "Decommission", "ECG-BENCH");
    steps.runDueJobs(pi);

    step(timer, pi, "Plan decommissioning (commissioner)", COMMISSIONER, "Task_PlanDecommissioning", Map.of(
        CycleProcess.NOTICE_TO_PROVIDER, "Six months' notice, 1 July", CycleProcess.TRANSITION_PLAN,
        "Each young parent offered the health visiting service", CycleProcess.COMMUNICATION, "Letters; schools"));
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
      throw new IllegalStateException("the commissioning cycle " + reference + " did not close");
    }
    ClockUtil.reset();
  }

  private void step(StepTimer timer, String pi, String name, String user, String taskKey, Map<String, Object> form) {
    timer.step(name, () -> steps.complete(user, steps.task(pi, taskKey), form), () -> steps.runDueJobs(pi));
  }

  private static Map<String, Object> declarations() {
    return Map.of(CycleProcess.DECLARATIONS, CycleProcessTestSupport.json(List.of(
        Map.of("member", "Priya Shah", "interest", "NONE"),
        Map.of("member", "Tom Hadley", "interest", "FINANCIAL", "detail", "Trustee of a bidding charity"))));
  }

  private String newArea() {
    String code = "BENCH-AREA-" + AREAS.incrementAndGet() + "-" + System.nanoTime() % 100000;
    repos.areas.save(new ServiceArea(code, "Benchmark service " + AREAS.get(), ServiceArea.Level.STRATEGIC,
        "Be healthy: reduce teenage conceptions", "Joan Ellery", COMMISSIONER, "outcome-be-healthy"));
    return code;
  }

  private static void clockAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(BusinessClock.toDate(time));
  }
}
