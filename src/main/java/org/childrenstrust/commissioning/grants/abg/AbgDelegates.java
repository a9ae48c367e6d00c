package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.grants.abg.domain.Underspend;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ABG processes' service tasks and listeners, one thin bean each, named in the models. */
@Configuration
class AbgDelegates {

  static Long underspendId(DelegateExecution execution) {
    return FormData.id(execution, AbgProcess.UNDERSPEND_ID);
  }

  static Long reallocationId(DelegateExecution execution) {
    return FormData.id(execution, AbgProcess.REALLOCATION_ID);
  }

  /** Start: the lead officer's declaration from the start form (or an underspendId from the API). */
  @Bean
  ExecutionListener underspendDeclared(UnderspendService underspends) {
    return execution -> {
      Underspend underspend;
      if (execution.getVariable(AbgProcess.UNDERSPEND_ID) != null) {
        underspend = underspends.underspend(underspendId(execution));
      } else {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        underspend = underspends.declare(FormData.text(execution, AbgProcess.FINANCIAL_YEAR),
            FormData.text(execution, AbgProcess.ACTIVITY_REFERENCE), amount(execution, AbgProcess.UNDERSPEND_AMOUNT),
            FormData.text(execution, AbgProcess.UNDERSPEND_REASON), user == null ? null : user.getUserId());
        for (String field : new String[] {AbgProcess.FINANCIAL_YEAR, AbgProcess.ACTIVITY_REFERENCE, AbgProcess.UNDERSPEND_AMOUNT,
            AbgProcess.UNDERSPEND_REASON}) {
          execution.removeVariable(field);
        }
        execution.setVariable(AbgProcess.UNDERSPEND_ID, underspend.getId());
      }
      execution.setProcessBusinessKey("ABG-" + underspend.getYear().getLabel() + "-U" + underspend.getId());
    };
  }

  /** An amount from a form: a number or text such as "20000.00"; anything else is the person's error. */
  static BigDecimal amount(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidProcessInput("Give the amount in pounds and pence, e.g. 20000.00.");
    }
    try {
      return new BigDecimal(value instanceof Double || value instanceof Float ? BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString()
          : value.toString().strip().replace(",", "").replace("£", ""));
    } catch (NumberFormatException e) {
      throw new InvalidProcessInput("'" + value + "' is not an amount: give pounds and pence, e.g. 20000.00.");
    }
  }

  /** Start of the annual allocation: the commissioning officer opens the year. */
  @Bean
  ExecutionListener yearOpened(AllocationService allocations) {
    return execution -> {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String policy = FormData.text(execution, AbgProcess.REALLOCATION_POLICY);
      ReallocationWalk.Policy walk;
      try {
        walk = policy == null || policy.isBlank() ? ReallocationWalk.Policy.SKIP : ReallocationWalk.Policy.valueOf(policy);
      } catch (IllegalArgumentException e) {
        throw new InvalidProcessInput("The reallocation policy is SKIP or STOP, not '" + policy + "'.");
      }
      String label;
      try {
        label = FinancialYearLabel.parse(FormData.text(execution, AbgProcess.FINANCIAL_YEAR)).toString();
      } catch (IllegalArgumentException e) {
        throw new InvalidProcessInput(e.getMessage());
      }
      var year = allocations.openYear(label, amount(execution, AbgProcess.FUNDING_PERCENT), walk,
          user == null ? "system" : user.getUserId());
      for (String field : new String[] {AbgProcess.FINANCIAL_YEAR, AbgProcess.FUNDING_PERCENT, AbgProcess.REALLOCATION_POLICY}) {
        execution.removeVariable(field);
      }
      execution.setVariable(AbgProcess.YEAR_ID, year.getId());
      execution.setProcessBusinessKey("ABG-" + year.getLabel());
    };
  }

  /** Start of the priority lists round for an open year. */
  @Bean
  ExecutionListener priorityListsOpened(AllocationService allocations) {
    return execution -> {
      var year = allocations.year(FormData.text(execution, AbgProcess.FINANCIAL_YEAR));
      execution.removeVariable(AbgProcess.FINANCIAL_YEAR);
      execution.setVariable(AbgProcess.YEAR_ID, year.getId());
      execution.setProcessBusinessKey("ABG-" + year.getLabel() + "-PL");
    };
  }

  @Bean
  JavaDelegate recordApprovedRanking(AllocationService allocations, PriorityListService priorityLists) {
    return execution -> priorityLists.recordApprovedRanking(allocations.year(FormData.id(execution, AbgProcess.YEAR_ID)).getLabel(),
        FormData.text(execution, AbgProcess.MANAGEMENT_GROUP_MEETING));
  }

  /** Each working morning: opens the lead officers' returns of every quarter that has just ended. */
  @Bean
  JavaDelegate openQuarterlyReturns(MonitoringService monitoring) {
    return execution -> {
      var runtime = execution.getProcessEngineServices().getRuntimeService();
      var history = execution.getProcessEngineServices().getHistoryService();
      java.util.Set<String> quarters = new java.util.LinkedHashSet<>();
      for (MonitoringService.ReturnContext r : monitoring.returnsToOpen(org.childrenstrust.commissioning.shared.calendar.BusinessClock.today())) {
        String reportsKey = "ABG-" + r.yearLabel() + "-Q" + r.quarter() + "-REPORTS";
        if (quarters.add(reportsKey) && history.createHistoricProcessInstanceQuery().processDefinitionKey(AbgProcess.QUARTER_REPORTS)
            .processInstanceBusinessKey(reportsKey).count() == 0) {
          runtime.startProcessInstanceByKey(AbgProcess.QUARTER_REPORTS, reportsKey, java.util.Map.of(AbgProcess.FINANCIAL_YEAR, r.yearLabel(),
              AbgProcess.QUARTER, r.quarter()));
        }
        String key = "ABG-" + r.yearLabel() + "-Q" + r.quarter() + "-" + r.reference();
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(AbgProcess.QUARTERLY_RETURN).processInstanceBusinessKey(key).count() == 0) {
          runtime.startProcessInstanceByKey(AbgProcess.QUARTERLY_RETURN, key, java.util.Map.of(AbgProcess.ALLOCATION_ID, r.allocationId(),
              AbgProcess.QUARTER, r.quarter(), AbgProcess.FINANCIAL_YEAR, r.yearLabel(), AbgProcess.LEAD_OFFICER, r.leadOfficer()));
        }
      }
    };
  }

  /** Each outcome group that hosts a monitored activity gets its summary once (a retry skips the groups already sent). */
  @Bean
  JavaDelegate sendOutcomeGroupSummaries(QuarterReports reports, AbgMailer mailer) {
    return execution -> {
      String label = FormData.text(execution, AbgProcess.FINANCIAL_YEAR);
      int quarter = ((Number) execution.getVariable(AbgProcess.QUARTER)).intValue();
      for (String group : reports.outcomeGroups(label, quarter)) {
        if (!reports.summarySent(label, quarter, group)) {
          QuarterReports.Report report = reports.outcomeGroupSummary(label, quarter, group);
          mailer.outcomeGroupSummary(group, label, quarter, report, QuarterReportFormats.pdf(report));
          reports.recordSummarySent(label, quarter, group);
        }
      }
    };
  }

  private static MonitoringService.ReturnContext returnContext(MonitoringService monitoring, DelegateExecution execution) {
    return monitoring.context(FormData.id(execution, AbgProcess.ALLOCATION_ID), ((Number) execution.getVariable(AbgProcess.QUARTER)).intValue());
  }

  /** Reminder, chase, escalation: each sent once (the flag is set in the same transaction as the sending). */
  private static JavaDelegate once(String flag, java.util.function.Consumer<DelegateExecution> send) {
    return execution -> {
      if (Boolean.TRUE.equals(execution.getVariable(flag))) {
        return;
      }
      send.accept(execution);
      execution.setVariable(flag, true);
    };
  }

  @Bean
  JavaDelegate remindReturn(MonitoringService monitoring, AbgMailer mailer, AbgMonitoring rules) {
    return once(AbgProcess.REMINDER_SENT, execution -> {
      var r = returnContext(monitoring, execution);
      mailer.returnReminder(r, rules.dueDay(r.yearLabel(), r.quarter()).toString());
    });
  }

  @Bean
  JavaDelegate chaseReturn(MonitoringService monitoring, AbgMailer mailer, AbgMonitoring rules) {
    return once(AbgProcess.CHASE_SENT, execution -> {
      var r = returnContext(monitoring, execution);
      mailer.returnChased(r, rules.dueDay(r.yearLabel(), r.quarter()).toString());
    });
  }

  @Bean
  JavaDelegate escalateReturn(MonitoringService monitoring, AbgMailer mailer, AbgMonitoring rules) {
    return once(AbgProcess.ESCALATION_SENT, execution -> {
      var r = returnContext(monitoring, execution);
      mailer.returnEscalated(r, rules.dueDay(r.yearLabel(), r.quarter()).toString());
    });
  }

  @Bean
  JavaDelegate approveAllocations(AllocationService allocations) {
    return execution -> allocations.approve(FormData.id(execution, AbgProcess.YEAR_ID),
        FormData.text(execution, AbgProcess.MANAGEMENT_GROUP_MEETING), FormData.text(execution, AbgProcess.BOARD_MEETING), "trust-board");
  }

  @Bean
  JavaDelegate sendFundingLetters(AllocationService allocations) {
    return execution -> allocations.notifyLeadOfficers(FormData.id(execution, AbgProcess.YEAR_ID));
  }

  @Bean
  JavaDelegate notifyManagementGroupOfUnderspend(UnderspendService underspends) {
    return execution -> underspends.notifyManagementGroup(underspendId(execution));
  }

  @Bean
  JavaDelegate proposeReallocation(UnderspendService underspends) {
    return execution -> {
      Long id = underspends.proposeReallocation(underspendId(execution));
      execution.setVariable(AbgProcess.REALLOCATION_ID, id);
      execution.setVariable(AbgProcess.FUNDS_ANYTHING, underspends.fundsAnything(id));
    };
  }

  @Bean
  JavaDelegate recordReallocationDecision(UnderspendService underspends) {
    return execution -> underspends.decided(reallocationId(execution), FormData.text(execution, AbgProcess.DECISION_OUTCOME),
        FormData.text(execution, AbgProcess.DECISION_MEETING), FormData.text(execution, AbgProcess.DECISION_RATIONALE));
  }

  @Bean
  JavaDelegate applyReallocation(UnderspendService underspends) {
    return execution -> underspends.apply(reallocationId(execution));
  }

  @Bean
  JavaDelegate notifyNewlyFunded(UnderspendService underspends) {
    return execution -> underspends.notifyNewlyFunded(reallocationId(execution));
  }
}
