package org.childrenstrust.commissioning.cycle;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturn;
import org.childrenstrust.commissioning.platform.mail.Mail;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** One-line delegates of the CommissioningCycle model, each a call into {@link CycleService}. */
@Configuration
class CycleDelegates {

  static Long cycleId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return FormData.id(scope, CycleProcess.CYCLE_ID);
  }

  /** A round started from Tasklist's start form opens its cycle here; one started by the service already has it. Names the business key. */
  @Bean
  ExecutionListener cycleStarted(CycleService cycles) {
    return execution -> {
      CycleRecord cycle;
      if (execution.getVariable(CycleProcess.CYCLE_ID) == null) {
        cycle = cycles.open(FormData.text(execution, CycleProcess.SERVICE_AREA), FormData.text(execution, CycleProcess.FINANCIAL_YEAR), null);
        execution.setVariable(CycleProcess.CYCLE_ID, cycle.getId());
        execution.removeVariable(CycleProcess.SERVICE_AREA);
        execution.removeVariable(CycleProcess.FINANCIAL_YEAR);
      } else {
        cycle = cycles.cycle(cycleId(execution));
      }
      execution.setProcessBusinessKey(cycle.businessKey());
      cycle.startedAs(execution.getProcessInstanceId());
    };
  }

  @Bean
  JavaDelegate chooseDecidingBody(CycleService cycles) {
    return execution -> execution.setVariable(CycleProcess.DECIDING_BODY, cycles.chooseDecidingBody(cycleId(execution)));
  }

  @Bean
  ExecutionListener planDecided(CycleService cycles) {
    return execution -> cycles.planDecided(cycleId(execution), FormData.text(execution, CycleProcess.DECISION_OUTCOME),
        FormData.text(execution, CycleProcess.DECISION_MEETING), FormData.text(execution, CycleProcess.DECISION_RATIONALE));
  }

  @Bean
  ExecutionListener reviewDecided(CycleService cycles) {
    return execution -> cycles.reviewDecided(cycleId(execution), FormData.text(execution, CycleProcess.DECISION_OUTCOME),
        FormData.text(execution, CycleProcess.DECISION_MEETING));
  }

  @Bean
  JavaDelegate chooseProcurementRoute(CycleService cycles) {
    return execution -> cycles.chooseProcurementRoute(cycleId(execution));
  }

  @Bean
  JavaDelegate chaseMonitoringReturn(CycleService cycles, CycleRules rules, Mail mail) {
    return execution -> {
      CycleRecord cycle = cycles.cycle(cycleId(execution));
      MonitoringReturn due = cycles.openReturn(cycle.getId(), cycles.quarterAskedFor(cycle.getId(), BusinessClock.today()));
      if (due.markChased(BusinessClock.now())) {
        mail.send(mail.emailsOf(List.of(cycle.getServiceArea().getCommissioner())),
            "Contract monitoring return overdue: " + rules.subjectOf(cycle),
            "The contract monitoring return of " + due.getContract().getReference() + " (" + due.getContract().getProvider()
                + ") for the quarter ending " + due.getQuarterEnd() + " was due on " + due.getDueOn() + " and is not in yet.\n\n"
                + "Submit it in Tasklist: \"Submit contract monitoring return: " + rules.subjectOf(cycle) + "\".");
      }
    };
  }

  @Bean
  JavaDelegate alertReviewDue(CycleService cycles, CycleRules rules, Mail mail) {
    return execution -> {
      CycleRecord cycle = cycles.cycle(cycleId(execution));
      Contract contract = cycles.liveContract(cycle);
      if (contract.markReviewAlerted()) {
        mail.send(mail.emailsOf(List.of(cycle.getServiceArea().getCommissioner())), "Service review due: " + rules.subjectOf(cycle),
            "The contract " + contract.getReference() + " with " + contract.getProvider() + " is due for review on " + contract.getReviewOn()
                + " and ends on " + contract.getEndsOn() + ".\n\nThe service review is in your Tasklist: \"Review service: "
                + rules.subjectOf(cycle) + "\".");
      }
    };
  }

  @Bean
  JavaDelegate continueService(CycleService cycles) {
    return execution -> cycles.continueService(cycleId(execution));
  }

  @Bean
  JavaDelegate closeCycle(CycleService cycles) {
    return execution -> cycles.close(cycleId(execution), "Decommissioned");
  }

  /** The next round as a new instance of this process, at Understand (idempotent: a retry finds the round and its instance). */
  @Bean
  JavaDelegate startNextCycle(CycleService cycles, @Lazy RuntimeService runtimeService) {
    return execution -> {
      CycleRecord next = cycles.openNextCycle(cycleId(execution));
      if (next.getProcessInstanceId() == null) {
        runtimeService.startProcessInstanceByKey(CycleProcess.PROCESS_KEY, next.businessKey(),
            Variables.createVariables().putValue(CycleProcess.CYCLE_ID, next.getId()));
      }
    };
  }
}
