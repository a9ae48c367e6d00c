package org.childrenstrust.commissioning.oversight;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the budget returns model's multi-instances, assignments and timers ask ({@code ${budgetRules...}}). */
@Component("budgetRules")
@Transactional(readOnly = true)
class BudgetRules {

  private final BudgetMonitoringService budgets;
  private final WorkingDays workingDays;

  BudgetRules(BudgetMonitoringService budgets, WorkingDays workingDays) {
    this.budgets = budgets;
    this.workingDays = workingDays;
  }

  public List<String> partnerCodes(Long roundId) {
    return budgets.partnerCodes(roundId);
  }

  public String contactOf(String partnerCode) {
    return budgets.partner(partnerCode).getContactUser();
  }

  private static Date at8(LocalDate day) {
    return BusinessClock.toDate(day.atTime(SelfAnalysisRules.REMINDER_TIME));
  }

  /** 08:00 the working day after the budgets were due. */
  public Date budgetsChaseAt(Long roundId) {
    return at8(workingDays.plusWorkingDays(budgets.round(roundId).getReturnsDue(), 1));
  }

  /** 08:00 on the first working day after the financial year ends (31 March). */
  public Date yearEndAt(Long roundId) {
    int start = BudgetMonitoringService.startYear(budgets.round(roundId).getFinancialYear());
    return at8(workingDays.plusWorkingDays(LocalDate.of(start + 1, 3, 31), 1));
  }

  public Date outturnChaseAt(Long roundId) {
    return at8(workingDays.plusWorkingDays(budgets.round(roundId).getOutturnDue(), 1));
  }
}
