package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.Activity;
import org.childrenstrust.commissioning.grants.abg.domain.ActivityRepository;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturn;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturnRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead officers' quarterly returns: one per activity and quarter, by the activity's own lead officer. */
@Service
@Transactional
class MonitoringService {

  private final AllocationService allocations;
  private final ActivityRepository activities;
  private final QuarterlyReturnRepository returns;

  MonitoringService(AllocationService allocations, ActivityRepository activities, QuarterlyReturnRepository returns) {
    this.allocations = allocations;
    this.activities = activities;
    this.returns = returns;
  }

  QuarterlyReturn submit(String yearLabel, String activityReference, int quarter, BigDecimal spendToDate, BigDecimal forecastOutturn,
      String monthlyForecast, String commentary, String leadOfficer) {
    AbgYear year = allocations.year(yearLabel);
    Activity activity = activities.findByYearAndReference(year, activityReference)
        .orElseThrow(() -> new BusinessRuleViolation("There is no activity " + activityReference + " in " + year.getLabel() + "."));
    if (year.allocationOf(activity).isEmpty()) {
      throw new BusinessRuleViolation(activity.getName() + " is not funded in " + year.getLabel() + ": no return is due.");
    }
    if (returns.existsByActivityAndQuarter(activity, quarter)) {
      throw BusinessRuleViolation.conflict("The quarter " + quarter + " return of " + activity.getName() + " is already submitted.");
    }
    return returns.save(new QuarterlyReturn(activity, quarter, spendToDate, forecastOutturn, monthlyForecast, commentary, leadOfficer,
        BusinessClock.now()));
  }
}
