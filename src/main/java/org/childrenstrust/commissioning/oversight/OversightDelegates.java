package org.childrenstrust.commissioning.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The oversight processes' service tasks and listeners, one thin bean each, named in the models. */
@Configuration
class OversightDelegates {

  static Long exerciseId(DelegateExecution execution) {
    return FormData.id(execution, OversightProcess.EXERCISE_ID);
  }

  /** Start: the commissioning officer opens the exercise for the body in the start form. */
  @Bean
  ExecutionListener selfAnalysisOpened(SelfAnalysisService service) {
    return execution -> {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      Exercise exercise = service.open(FormData.text(execution, OversightProcess.BODY_CODE), user == null ? null : user.getUserId());
      execution.removeVariable(OversightProcess.BODY_CODE);
      execution.setVariable(OversightProcess.EXERCISE_ID, exercise.getId());
      execution.setProcessBusinessKey("CSA-" + exercise.getBodyCode() + "-" + exercise.getId());
    };
  }

  @Bean
  JavaDelegate sendResultsToBody(SelfAnalysisService service) {
    return execution -> service.toBody(exerciseId(execution));
  }

  @Bean
  JavaDelegate recordResultsDecision(SelfAnalysisService service) {
    return execution -> service.decided(exerciseId(execution), FormData.text(execution, OversightProcess.DECISION_OUTCOME),
        FormData.text(execution, OversightProcess.DECISION_RATIONALE), FormData.text(execution, OversightProcess.DECISION_MEETING));
  }

  @Bean
  JavaDelegate remindActionOwner(OversightMailer mailer) {
    return execution -> mailer.remind(FormData.id(execution, OversightProcess.ACTION_ID));
  }

  @Bean
  JavaDelegate chaseActionOwner(OversightMailer mailer) {
    return execution -> mailer.chase(FormData.id(execution, OversightProcess.ACTION_ID));
  }

  @Bean
  JavaDelegate remindStrategyOwner(OversightMailer mailer) {
    return execution -> mailer.remindStrategyUpdate(FormData.id(execution, OversightProcess.STRATEGY_ACTION_ID));
  }

  static Long roundId(DelegateExecution execution) {
    return FormData.id(execution, OversightProcess.ROUND_ID);
  }

  /** Start: a commissioning officer opens the year's partnership budget monitoring. */
  @Bean
  ExecutionListener budgetRoundOpened(BudgetMonitoringService budgets) {
    return execution -> {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      var round = budgets.open(FormData.text(execution, OversightProcess.FINANCIAL_YEAR), user == null ? null : user.getUserId());
      execution.removeVariable(OversightProcess.FINANCIAL_YEAR);
      execution.setVariable(OversightProcess.ROUND_ID, round.getId());
      execution.setProcessBusinessKey("PBM-" + round.getFinancialYear());
    };
  }

  @Bean
  JavaDelegate planBudgetReviews(BudgetMonitoringService budgets) {
    return execution -> budgets.planReviews(roundId(execution));
  }

  @Bean
  JavaDelegate requestOutturn(BudgetMonitoringService budgets) {
    return execution -> budgets.outturnRequested(roundId(execution));
  }

  @Bean
  JavaDelegate closeBudgetRound(BudgetMonitoringService budgets) {
    return execution -> budgets.closed(roundId(execution));
  }

  @Bean
  JavaDelegate chaseBudgetReturn(OversightMailer mailer) {
    return execution -> mailer.chaseBudgets(roundId(execution), FormData.text(execution, OversightProcess.PARTNER_CODE), false);
  }

  @Bean
  JavaDelegate chaseOutturnReturn(OversightMailer mailer) {
    return execution -> mailer.chaseBudgets(roundId(execution), FormData.text(execution, OversightProcess.PARTNER_CODE), true);
  }
}
