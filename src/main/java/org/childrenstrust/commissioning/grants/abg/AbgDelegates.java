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
