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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CommissioningCycle, one path per test, GovernanceDecision replaced by a stub (a user task
 * completed with the body's answer), the engine clock moved through the Herefordshire 2010/11 year.
 */
class CommissioningCycleProcessTest extends CycleProcessTestSupport {

  // --- paths: Understand and Plan -------------------------------------------------------------

  @Test
  void leavingUnderstandWithoutInvolvingChildrenOrFamiliesIsRefusedAndNothingIsWritten() {
    ProcessInstance pi = started();
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_AssessNeeds"), needs("PROVIDERS"))).getMessage())
        .contains("at least one involvement record of children, young people, parents or carers is required");
    assertThat(pi).isWaitingAt("Task_AssessNeeds");
    CycleRecord cycle = cycleOf(pi);
    assertThat(cycle.needsAssessed()).isFalse();
    assertThat(repos.evidence.countByCycle(cycle)).isZero();
    assertThat(pi.getBusinessKey()).isEqualTo(cycle.getReference()).endsWith("-2010-11");
    assertThat(task(pi.getId(), "Task_AssessNeeds").getName()).isEqualTo("Understand needs: " + cycle.getServiceArea().getName() + ", 2010/11");
  }

  @Test
  void theOutcomeGroupAsksForMoreAndTheCommissionerAssessesAgain() {
    ProcessInstance pi = started();
    completeAs(COMMISSIONER, task(pi.getId(), "Task_AssessNeeds"), needs("PARENTS"));
    completeAs(OUTCOME_LEAD, task(pi.getId(), "Task_ScrutiniseNeeds"), Map.of(CycleProcess.CHOICE, "more",
        CycleProcess.COMMENTS, "Hear from young fathers"));
    Task again = task(pi.getId(), "Task_AssessNeeds");
    assertThat(again.getAssignee()).isEqualTo(COMMISSIONER);
    assertThat(taskService.getVariable(again.getId(), CycleProcess.SUMMARY).toString()).contains("asked for more: Hear from young fathers");
    assertThat(cycleOf(pi).getStage()).isEqualTo(CycleRecord.Stage.UNDERSTAND);
  }

  @Test
  void aPooledBudgetWhoseContributionsDoNotAddUpIsRefused() {
    ProcessInstance pi = inPlan();
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_DraftPlan"), plan("POOLED", "900000",
        List.of(Map.of("partner", "Herefordshire Council", "amount", 612400), Map.of("partner", "NHS Herefordshire", "amount", 287599.99)))))
        .getMessage()).isEqualTo("The partners' contributions (£899,999.99) do not add up to the pooled budget (£900,000.00): they differ by £0.01.");
    assertThat(repos.budgets.findByCycle(cycleOf(pi))).isEmpty();
    assertThat(pi).isWaitingAt("Task_DraftPlan");
  }

  @Test
  void aPooledPlanGoesToTheBoardAndConflictedMembersAreNamedAsTakingNoPart() {
    ProcessInstance pi = inPlan();
    endorsed(pi, plan("POOLED", "900000", List.of(Map.of("partner", "Herefordshire Council", "amount", 612400),
        Map.of("partner", "NHS Herefordshire", "amount", 287600))));
    declared(pi, "Task_RecordPlanDeclarations");
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(runtimeService.getVariable(decision.getId(), GovernanceDecision.IN_REPORT_SUMMARY).toString())
        .contains("pooled under section 75 (NHS Act 2006)", "Tom Hadley (financial: Trustee of a bidding charity) takes no part in this item");
    assertThat(decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.APPROVED, "Agreed")).isEqualTo("BOARD");
    assertThat(cycleOf(pi).getStage()).isEqualTo(CycleRecord.Stage.DO);
  }

  @Test
  void aRejectedPlanIsReworkedAndDecidedAgain() {
    ProcessInstance pi = inPlan();
    endorsed(pi, plan("SINGLE_AGENCY", "180000", List.of()));
    declared(pi, "Task_RecordPlanDeclarations");
    assertThat(decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.REJECTED, "Show the workforce costs")).isEqualTo("ECG");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_RespondToPlanDecision"), Map.of(CycleProcess.RESPONSE, "rework"));
    Task rework = task(pi.getId(), "Task_DraftPlan");
    assertThat(taskService.getVariable(rework.getId(), CycleProcess.SUMMARY).toString()).contains("Show the workforce costs");
    endorsed(pi, plan("SINGLE_AGENCY", "180000", List.of()));
    declared(pi, "Task_RecordPlanDeclarations");
    decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.APPROVED, "Agreed");
    runJobs(pi);
    assertThat(pi).isWaitingAt("Task_DeclareEvaluatorInterests");
  }

  @Test
  void aDisputedDecisionGoesToTheNextLevelAndTheBoardsStands() {
    ProcessInstance pi = inPlan();
    endorsed(pi, plan("SINGLE_AGENCY", "180000", List.of()));
    declared(pi, "Task_RecordPlanDeclarations");
    decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.REJECTED, "Not a priority");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_RespondToPlanDecision"), Map.of(CycleProcess.RESPONSE, "dispute",
        CycleProcess.DISPUTE_REASON, "The JSNA shows it is"));
    declared(pi, "Task_RecordPlanDeclarations");
    assertThat(decides(pi, "Call_PlanDecision", GovernanceDecision.Outcome.REJECTED, "Agree with the ECG")).isEqualTo("BOARD");
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_RespondToPlanDecision"), Map.of(CycleProcess.RESPONSE,
        "dispute", CycleProcess.DISPUTE_REASON, "Still disagree"))).getMessage()).contains("the decision stands");
  }

  // --- paths: Do -------------------------------------------------------------------------------

  @Test
  void aConflictedEvaluatorCannotScoreAndTheRouteComesFromStandingOrders() {
    ProcessInstance pi = inDo();
    assertThat(cycles.procurement(cycleOf(pi)).getRoute().name()).isEqualTo("OPEN_TENDER");
    panelDeclared(pi);
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Carl Dunn", "Wye Valley Youth")))
        .getMessage()).isEqualTo("Carl Dunn declared a service-related interest and was taken off the panel: their scores cannot be recorded.");
    assertThat(repos.bids.findByProcurementOrderById(cycles.procurement(cycleOf(pi)))).isEmpty();
    completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Ann Bright", "Wye Valley Youth"));
    assertThat(pi).isWaitingAt("Task_CheckSafeguarding");
  }

  @Test
  void aFailedSafeguardingCheckMeansNoAwardAndTheChoiceGoesBackToThePanel() {
    ProcessInstance pi = inDo();
    panelDeclared(pi);
    completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Ann Bright", "Riverside Families Trust"));
    safeguarding(pi, "fail");
    assertThat(pi).isWaitingAt("Task_EvaluateBids");
    assertThat(rejection(() -> cycles.award(cycleOf(pi).getId(), new CycleService.ContractInput("X-1", "Riverside Families Trust",
        new java.math.BigDecimal("169500.50"), LocalDate.of(2010, 7, 1), LocalDate.of(2013, 6, 30), LocalDate.of(2011, 6, 30)))).getMessage())
        .startsWith("No award without a passed safeguarding check");
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Ann Bright", "Riverside Families Trust")))
        .getMessage()).contains("failed the safeguarding check");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_EvaluateBids"), bids("Ann Bright", "Wye Valley Youth"));
    safeguarding(pi, "pass");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_AwardContract"), contract(cycleOf(pi).getReference() + "-C1", "Wye Valley Youth"));
    assertThat(cycleOf(pi).getStage()).isEqualTo(CycleRecord.Stage.REVIEW);
    assertThat(repos.contracts.findByCycle(cycleOf(pi))).extracting(c -> c.getProvider()).containsExactly("Wye Valley Youth");
  }

  // --- paths: Review ---------------------------------------------------------------------------

  @Test
  void aQuarterlyReturnIsDueTenWorkingDaysAfterTheQuarterAndChasedTheDayAfter() {
    ProcessInstance pi = inDelivery();
    clockAt(LocalDateTime.of(2010, 9, 30, 18, 1));
    runJobs(pi);
    Task ret = task(pi.getId(), "Task_SubmitMonitoringReturn");
    assertThat(ret.getName()).endsWith(", quarter ending 30 Sept 2010");
    assertThat(LocalDate.ofInstant(ret.getDueDate().toInstant(), java.time.ZoneId.of("Europe/London"))).isEqualTo(LocalDate.of(2010, 10, 14));
    clockAt(LocalDateTime.of(2010, 10, 15, 9, 1));
    runJobs(pi);
    assertThat(subjects()).anyMatch(s -> s.startsWith("Contract monitoring return overdue"));
    completeAs(COMMISSIONER, ret, Map.of(CycleProcess.SPEND_TO_DATE, 43750, CycleProcess.OUTCOMES_COMMENTARY, "On track"));
    assertThat(pi).isWaitingAt("Gateway_WaitInDelivery");
  }

  @Test
  void aReturnLeftOpenAcrossAQuarterEndDoesNotLoseTheQuarterAfterIt() {
    ProcessInstance pi = inDelivery();
    clockAt(LocalDateTime.of(2010, 9, 30, 18, 1));
    runJobs(pi);
    Task september = task(pi.getId(), "Task_SubmitMonitoringReturn");
    assertThat(september.getName()).endsWith(", quarter ending 30 Sept 2010");
    clockAt(LocalDateTime.of(2011, 1, 5, 10, 0));
    runJobs(pi);
    completeAs(COMMISSIONER, september, Map.of(CycleProcess.SPEND_TO_DATE, 43750, CycleProcess.OUTCOMES_COMMENTARY, "Late, on track"));
    clockAt(LocalDateTime.of(2011, 3, 31, 18, 1));
    runJobs(pi);
    Task december = task(pi.getId(), "Task_SubmitMonitoringReturn");
    assertThat(december.getName()).as("the quarter that ended while September's return was open").endsWith(", quarter ending 31 Dec 2010");
    assertThat(LocalDate.ofInstant(december.getDueDate().toInstant(), java.time.ZoneId.of("Europe/London"))).isEqualTo(LocalDate.of(2011, 1, 17));
    completeAs(COMMISSIONER, december, Map.of(CycleProcess.SPEND_TO_DATE, 87500, CycleProcess.OUTCOMES_COMMENTARY, "On track"));
    assertThat(repos.returns.findByContractOrderByQuarterEnd(repos.contracts.findByCycle(cycleOf(pi)).get(0)))
        .filteredOn(r -> r.getSubmittedAt() != null)
        .extracting(r -> r.getQuarterEnd())
        .containsExactly(LocalDate.of(2010, 9, 30), LocalDate.of(2010, 12, 31));
  }

  @Test
  void continueSetsTheNextReviewDateAndDeliveryGoesOn() {
    ProcessInstance pi = inReview();
    assertThat(subjects()).anyMatch(s -> s.startsWith("Service review due"));
    reviewed(pi, "CONTINUE", null, null, "2012-06-29");
    decides(pi, "Call_ReviewDecision", GovernanceDecision.Outcome.APPROVED, "Continue");
    runJobs(pi);
    assertThat(repos.contracts.findByCycle(cycleOf(pi)).get(0).getReviewOn()).isEqualTo(LocalDate.of(2012, 6, 29));
    assertThat(pi).isWaitingAt("Gateway_WaitInDelivery");
  }

  @Test
  void reCommissioningStartsTheNextCycleAtUnderstandWithTheReviewAsEvidence() {
    ProcessInstance pi = inReview();
    reviewed(pi, "RECOMMISSION", null, null, null);
    decides(pi, "Call_ReviewDecision", GovernanceDecision.Outcome.APPROVED, "Re-commission");
    runJobs(pi);
    assertThat(pi).hasPassed("Task_StartNextCycle").isEnded();
    CycleRecord previous = cycleOf(pi);
    assertThat(previous.getStage()).isEqualTo(CycleRecord.Stage.CLOSED);
    CycleRecord next = repos.cycles.findAll().stream().filter(c -> c.getPrevious() != null && c.getPrevious().getId().equals(previous.getId()))
        .findFirst().orElseThrow();
    assertThat(next.getReference()).isEqualTo(previous.getServiceArea().getCode() + "-2011-12-R2");
    assertThat(repos.evidence.findByCycleOrderById(next)).extracting(Evidence::getKind, Evidence::getFinding)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Evidence.Kind.PREVIOUS_REVIEW, "Conceptions fell 8%; evening sessions well used"));
    ProcessInstance nextInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(next.getReference()).singleResult();
    assertThat(nextInstance).isWaitingAt("Task_AssessNeeds");
  }

  @Test
  void decommissioningNeedsAReasonThenAPlanAndWhereTheNeedRemainsTheNextCycle() {
    ProcessInstance pi = inReview();
    assertThat(rejection(() -> completeAs(COMMISSIONER, task(pi.getId(), "Task_ReviewService"), Map.of(CycleProcess.FINDINGS, "f",
        CycleProcess.INDICATORS, "i", CycleProcess.USERS_VIEWS, "u", CycleProcess.VALUE_FOR_MONEY, "v",
        CycleProcess.RECOMMENDATION, "DECOMMISSION", CycleProcess.NEED_REMAINS, true))).getMessage())
        .isEqualTo("Give the reason for decommissioning: inefficient, ineffective, inequitable or unsustainable.");
    assertThat(repos.reviews.findByCycleOrderByIdDesc(cycleOf(pi))).isEmpty();
    reviewed(pi, "DECOMMISSION", "INEFFECTIVE", true, null);
    decides(pi, "Call_ReviewDecision", GovernanceDecision.Outcome.APPROVED, "Decommission");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_PlanDecommissioning"), Map.of(CycleProcess.NOTICE_TO_PROVIDER, "Six months' notice, 1 July",
        CycleProcess.TRANSITION_PLAN, "Each young parent offered the health visiting service", CycleProcess.COMMUNICATION, "Letters; schools"));
    runJobs(pi);
    assertThat(pi).hasPassed("Task_PlanDecommissioning", "Task_StartNextCycle").isEnded();
    assertThat(repos.decommissioningPlans.findByCycle(cycleOf(pi))).isPresent();
  }

  @Test
  void decommissioningWhereNoNeedRemainsClosesTheCycle() {
    ProcessInstance pi = inReview();
    reviewed(pi, "DECOMMISSION", "UNSUSTAINABLE", false, null);
    decides(pi, "Call_ReviewDecision", GovernanceDecision.Outcome.APPROVED, "Decommission");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_PlanDecommissioning"), Map.of(CycleProcess.NOTICE_TO_PROVIDER, "Notice",
        CycleProcess.TRANSITION_PLAN, "Transition", CycleProcess.COMMUNICATION, "Communication"));
    runJobs(pi);
    assertThat(pi).hasPassed("Task_CloseCycle").hasNotPassed("Task_StartNextCycle").isEnded();
    assertThat(cycleOf(pi).getStage()).isEqualTo(CycleRecord.Stage.CLOSED);
    assertThat(repos.contracts.findByCycle(cycleOf(pi)).get(0).getStatus().name()).isEqualTo("ENDING");
  }

  @Test
  void aRejectedReviewIsRevisedByTheCommissioner() {
    ProcessInstance pi = inReview();
    reviewed(pi, "RECOMMISSION", null, null, null);
    decides(pi, "Call_ReviewDecision", GovernanceDecision.Outcome.REJECTED, "Give it another year");
    completeAs(COMMISSIONER, task(pi.getId(), "Task_RespondToReviewDecision"), Map.of(CycleProcess.RESPONSE, "rework"));
    assertThat(taskService.getVariable(task(pi.getId(), "Task_ReviewService").getId(), CycleProcess.SUMMARY).toString())
        .contains("Give it another year");
  }
}
