package org.childrenstrust.commissioning.grants.prg;

import static org.childrenstrust.commissioning.grants.prg.PrgFixtures.content;
import static org.childrenstrust.commissioning.grants.prg.PrgFixtures.draftForm;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.childrenstrust.commissioning.benchmark.HumanSteps;
import org.childrenstrust.commissioning.benchmark.StepTimer;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.meetings.GovernanceDecisionDriver;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.context.ApplicationContext;

/**
 * Drives PrgProposal through its human steps with the form data of PrgProposalProcessTest: the lead
 * officer starts the proposal for a round (start form); the ECG's recommendation (the real
 * GovernanceDecision instance registers the request on the ECG's forward plan, then gets the minuted
 * decision as the message the approved minutes send: untimed, P1 times meetings in AgendaToMinutes);
 * the lead officer drafts the proposal; the ECG chair signs it off, after which it is submitted over
 * HTTP to the application's own receiver (HTTP Basic, the Partnerships Team's side records it). The
 * instance then waits for the SSP Board's award (PrgAward, not driven). A round for each instance is
 * opened through the service, untimed, the clock two months before its deadline.
 */
public final class PrgProposalDriver {

  private static final String LEAD_OFFICER = "imran.qureshi";
  private static final String CHAIR = "priya.shah";
  private static final AtomicInteger YEARS = new AtomicInteger(2400);

  private final ProcessEngine engine;
  private final RoundService rounds;
  private final WorkingDays workingDays;
  private final HumanSteps steps;
  private final GovernanceDecisionDriver decisions;

  public PrgProposalDriver(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.rounds = context.getBean(RoundService.class);
    this.workingDays = context.getBean(WorkingDays.class);
    this.steps = new HumanSteps(engine);
    this.decisions = new GovernanceDecisionDriver(engine);
  }

  public static String processKey() {
    return PrgProposalProcess.PROCESS_KEY;
  }

  public void runCycle(StepTimer timer) {
    int start = YEARS.getAndIncrement();
    String year = start + "/" + String.format("%02d", (start + 1) % 100);
    LocalDate deadline = LocalDate.of(start, 5, 22);
    while (!workingDays.isWorkingDay(deadline)) {
      deadline = deadline.plusDays(1);
    }
    ClockUtil.setCurrentTime(BusinessClock.toDate(deadline.minusMonths(2).atTime(9, 0)));
    rounds.open(PrgFixtures.round(year, deadline), "ruth.adeyemi");
    String[] pi = new String[1];
    timer.step("Start the proposal (lead officer's start form)", () -> steps.as(LEAD_OFFICER, () ->
        pi[0] = engine.getFormService().submitStartForm(steps.startFormDefinition(PrgProposalProcess.PROCESS_KEY),
            Map.of(PrgProposalProcess.ROUND_REFERENCE, "PRG-" + year.replace('/', '-'))).getId()),
        () -> steps.runDueJobs(pi[0]));

    decisions.decide(pi[0], GovernanceDecision.Outcome.APPROVED, "Recommend young carers' breaks", "ECG-BENCH");
    steps.runDueJobs(pi[0]);

    timer.step("Draft the proposal (lead officer)", () -> steps.complete(LEAD_OFFICER, steps.task(pi[0], "Task_DraftProposal"),
        draftForm(content("County Council", "NHS Suffolk", "Young Suffolk"))), () -> steps.runDueJobs(pi[0]));
    timer.step("Sign off and submit over HTTP (ECG chair)", () -> steps.complete(CHAIR, steps.task(pi[0], "Task_SignOffProposal"),
        Map.of(PrgProposalProcess.SIGN_OFF_DECISION, ApprovalChoice.APPROVE)), () -> steps.runDueJobs(pi[0]));
    if (engine.getRuntimeService().createExecutionQuery().processInstanceId(pi[0]).activityId("Task_AwaitOutcome").count() != 1) {
      throw new IllegalStateException("the PRG proposal " + pi[0] + " is not waiting for the award");
    }
    ClockUtil.reset();
  }
}
