package org.childrenstrust.commissioning.oversight;

import java.util.Date;
import org.childrenstrust.commissioning.oversight.domain.StrategyAction;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the strategy update model's timers and assignment ask ({@code ${strategyRules...}}). */
@Component("strategyRules")
@Transactional(readOnly = true)
class StrategyRules {

  private final StrategyTrackerService tracker;
  private final WorkingDays workingDays;

  StrategyRules(StrategyTrackerService tracker, WorkingDays workingDays) {
    this.tracker = tracker;
    this.workingDays = workingDays;
  }

  public String ownerOf(Long actionId) {
    return tracker.action(actionId).getOwnerId();
  }

  /** 08:00, {@value StrategyTrackerService#REQUEST_WORKING_DAYS} working days before the report date. */
  public Date requestAt(Long actionId) {
    return BusinessClock.toDate(tracker.requestDay(tracker.action(actionId)).atTime(SelfAnalysisRules.REMINDER_TIME));
  }

  /** 08:00, two working days before the update is due. */
  public Date reminderAt(Long actionId) {
    StrategyAction action = tracker.action(actionId);
    return BusinessClock.toDate(workingDays.minusWorkingDays(tracker.updateDue(action), SelfAnalysisRules.REMINDER_WORKING_DAYS)
        .atTime(SelfAnalysisRules.REMINDER_TIME));
  }
}
