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
  private final org.childrenstrust.commissioning.grants.abg.domain.AllocationRepository allocationRepository;
  private final org.childrenstrust.commissioning.grants.abg.domain.AbgYearRepository years;

  MonitoringService(AllocationService allocations, ActivityRepository activities, QuarterlyReturnRepository returns,
      org.childrenstrust.commissioning.grants.abg.domain.AllocationRepository allocationRepository,
      org.childrenstrust.commissioning.grants.abg.domain.AbgYearRepository years) {
    this.allocationRepository = allocationRepository;
    this.years = years;
    this.allocations = allocations;
    this.activities = activities;
    this.returns = returns;
  }

  /** The allocation's facts a return form and the reminders need. */
  record ReturnContext(Long allocationId, String yearLabel, String reference, String activity, String leadOfficer, String hostOutcomeGroup,
      BigDecimal allocation, int quarter) {}

  @Transactional(readOnly = true)
  ReturnContext context(Long allocationId, int quarter) {
    var allocation = allocationRepository.findById(allocationId)
        .orElseThrow(() -> new BusinessRuleViolation("No allocation " + allocationId + "."));
    return new ReturnContext(allocationId, allocation.getYear().getLabel(), allocation.getActivity().getReference(),
        allocation.getActivity().getName(), allocation.getActivity().getLeadOfficer(), allocation.getActivity().getHostOutcomeGroup(),
        allocation.getAmount(), quarter);
  }

  /** The quarters to open today: ended, monitored for that allocation, and not more than a quarter ago (at each quarter end). */
  @Transactional(readOnly = true)
  java.util.List<ReturnContext> returnsToOpen(java.time.LocalDate today) {
    java.util.List<ReturnContext> due = new java.util.ArrayList<>();
    for (AbgYear year : years.findAll()) {
      if (year.getStatus() != AbgYear.Status.APPROVED) {
        continue;
      }
      for (int quarter = 1; quarter <= 4; quarter++) {
        java.time.LocalDate end = year.financialYear().quarterEnd(quarter);
        if (!today.isAfter(end) || today.isAfter(end.plusMonths(3))) {
          continue;
        }
        for (var allocation : year.getAllocations()) {
          if (allocation.getMonitoredFromQuarter() <= quarter && allocation.getAmount().signum() > 0
              && !returns.existsByActivityAndQuarter(allocation.getActivity(), quarter)) {
            due.add(context(allocation.getId(), quarter));
          }
        }
      }
    }
    return due;
  }

  /** Whether the return's forecast outturn is below the allocation by more than the margin (per cent of the allocation). */
  @Transactional(readOnly = true)
  boolean forecastBelowMargin(Long allocationId, int quarter, BigDecimal marginPercent) {
    var allocation = allocationRepository.findById(allocationId).orElseThrow();
    return returns.findByActivityOrderByQuarter(allocation.getActivity()).stream().filter(r -> r.getQuarter() == quarter).findFirst()
        .map(r -> allocation.getAmount().subtract(r.getForecastOutturn())
            .compareTo(org.childrenstrust.commissioning.shared.money.Money.percentOf(allocation.getAmount(), marginPercent)) > 0)
        .orElse(false);
  }

  QuarterlyReturn submit(String yearLabel, String activityReference, int quarter, BigDecimal spendToDate, BigDecimal forecastOutturn,
      String monthlyForecast, String commentary, String leadOfficer) {
    AbgYear year = allocations.year(yearLabel);
    Activity activity = activities.findByYearAndReference(year, activityReference)
        .orElseThrow(() -> new BusinessRuleViolation("There is no activity " + activityReference + " in " + year.getLabel() + "."));
    if (year.allocationOf(activity).isEmpty()) {
      throw new BusinessRuleViolation(activity.getName() + " is not funded in " + year.getLabel() + ": no return is due.");
    }
    if (quarter == 2 && (monthlyForecast == null || monthlyForecast.isBlank())) {
      throw new BusinessRuleViolation("At quarter 2 give the detailed month-by-month forecast for October to March.");
    }
    if (monthlyForecast != null && monthlyForecast.length() > 2000) {
      throw new BusinessRuleViolation("Shorten the monthly forecast to 2000 characters.");
    }
    if (returns.existsByActivityAndQuarter(activity, quarter)) {
      throw BusinessRuleViolation.conflict("The quarter " + quarter + " return of " + activity.getName() + " is already submitted.");
    }
    return returns.save(new QuarterlyReturn(activity, quarter, spendToDate, forecastOutturn, monthlyForecast, commentary, leadOfficer,
        BusinessClock.now()));
  }
}
