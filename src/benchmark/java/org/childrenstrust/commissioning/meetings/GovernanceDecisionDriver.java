package org.childrenstrust.commissioning.meetings;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The answer of a governance body to a process waiting in its GovernanceDecision call activity,
 * sent as the approved minutes send it ({@link DecisionRequestService#minuted}): the message
 * {@value MeetingProcess#MESSAGE_DECISION_TAKEN} with the outcome, rationale and meeting. The
 * meeting itself (agenda, minutes) is not held: P1 times it in AgendaToMinutes. The decision
 * request's row stays pending on the body's forward plan.
 */
public final class GovernanceDecisionDriver {

  private final ProcessEngine engine;

  public GovernanceDecisionDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The body decides what {@code callerProcessInstanceId} asked in its waiting call activity. */
  public void decide(String callerProcessInstanceId, GovernanceDecision.Outcome outcome, String rationale, String meeting) {
    ProcessInstance decision = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(callerProcessInstanceId).processDefinitionKey(GovernanceDecision.PROCESS_KEY).singleResult();
    if (decision == null) {
      throw new IllegalStateException(callerProcessInstanceId + " is not waiting for a governance decision");
    }
    engine.getRuntimeService().createMessageCorrelation(MeetingProcess.MESSAGE_DECISION_TAKEN)
        .processInstanceId(decision.getId())
        .setVariables(Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(), GovernanceDecision.OUT_RATIONALE, rationale,
            GovernanceDecision.OUT_MEETING, meeting))
        .correlate();
  }
}
