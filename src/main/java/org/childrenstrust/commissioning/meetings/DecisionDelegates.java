package org.childrenstrust.commissioning.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequest;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The GovernanceDecision process's service tasks. */
@Configuration
class DecisionDelegates {

  /**
   * Registers the calling process's request with the body: it joins the body's forward plan. The
   * waiting instance is this GovernanceDecision instance; the caller is named as requester.
   */
  @Bean
  public JavaDelegate registerDecisionRequest(DecisionRequestService requests) {
    return execution -> {
      DecisionRequest request = requests.register(
          FormData.text(execution, GovernanceDecision.IN_BODY_CODE),
          FormData.text(execution, GovernanceDecision.IN_SUBJECT),
          FormData.text(execution, GovernanceDecision.IN_QUESTION),
          FormData.date(execution, GovernanceDecision.IN_DUE_DATE, "The date the decision is needed by"),
          FormData.text(execution, GovernanceDecision.IN_REPORT_TITLE),
          FormData.text(execution, GovernanceDecision.IN_REPORT_SUMMARY),
          requester(execution),
          execution.getProcessInstanceId());
      execution.setVariable(MeetingProcess.DECISION_REQUEST_ID, request.getId());
    };
  }

  private static String requester(DelegateExecution execution) {
    DelegateExecution caller = execution.getSuperExecution();
    if (caller == null) {
      return "Process " + execution.getProcessInstanceId();
    }
    String key = caller.getProcessBusinessKey();
    String process = caller.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(caller.getProcessDefinitionId()).getName();
    return process + (key == null ? "" : " " + key);
  }

  @Bean
  public JavaDelegate warnDecisionOverdue(DecisionRequestService requests, MeetingMailer mailer) {
    return execution -> {
      Long id = ((Number) execution.getVariable(MeetingProcess.DECISION_REQUEST_ID)).longValue();
      if (requests.isOpen(id)) {
        mailer.decisionOverdue(requests.request(id));
      }
    };
  }
}
