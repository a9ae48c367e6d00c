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
}
