package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYearRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Activity;
import org.childrenstrust.commissioning.grants.abg.domain.ActivityRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.grants.abg.domain.GrantLine;
import org.childrenstrust.commissioning.grants.abg.domain.GrantLineRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The year's pot, its grant lines and activities, and the annual allocation under the rule. */
@Service
@Transactional
class AllocationService {

  /** A grant line and the activity it funds, as loaded from a finance export or a form. */
  record GrantLineInput(String reference, String grantName, BigDecimal grantThisYear, BigDecimal previousAllocation,
      BigDecimal actualSpendTwoYearsAgo, BigDecimal actualSpendLastYear, String activityName, String leadOfficer,
      String hostOutcomeGroup, String laaTarget, String cyppPriority, boolean illustrative) {}

  private final AbgYearRepository years;
  private final GrantLineRepository grantLines;
  private final ActivityRepository activities;
  private final AllocationRules rules;

  AllocationService(AbgYearRepository years, GrantLineRepository grantLines, ActivityRepository activities, AllocationRules rules) {
    this.years = years;
    this.grantLines = grantLines;
    this.activities = activities;
    this.rules = rules;
  }

  AbgYear openYear(String label, BigDecimal fundingPercent, ReallocationWalk.Policy policy, String by) {
    String normalised = FinancialYearLabel.parse(label).toString();
    if (years.findByLabel(normalised).isPresent()) {
      throw BusinessRuleViolation.conflict("The financial year " + normalised + " is already open.");
    }
    return years.save(new AbgYear(normalised, fundingPercent, policy, by));
  }

  AbgYear year(Long id) {
    return years.findById(id).orElseThrow(() -> new NotFound("No ABG year " + id + "."));
  }

  AbgYear year(String label) {
    return years.findByLabel(FinancialYearLabel.parse(label).toString())
        .orElseThrow(() -> new NotFound("No ABG year " + label + " is open."));
  }

  /** Loads the grant lines and their activities; the pot becomes the percentage of their sum. */
  void loadGrantLines(Long yearId, List<GrantLineInput> inputs) {
    AbgYear year = year(yearId);
    for (GrantLineInput input : inputs) {
      GrantLine line = grantLines.save(new GrantLine(year, input.reference(), input.grantName(), input.grantThisYear(),
          input.previousAllocation(), input.actualSpendTwoYearsAgo(), input.actualSpendLastYear(), input.illustrative()));
      activities.save(new Activity(year, input.reference(), input.activityName(), input.leadOfficer(), input.hostOutcomeGroup(),
          input.laaTarget(), input.cyppPriority(), line, input.illustrative()));
    }
    year.setGrantTotal(grantLines.findByYearOrderById(year).stream().map(GrantLine::getGrantThisYear)
        .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The rule proposes every allocation with its basis (recorded exceptions are kept). */
  void proposeAll(Long yearId, String by) {
    AbgYear year = year(yearId);
    for (Activity activity : activities.findByYearOrderById(year)) {
      GrantLine line = activity.getGrantLine();
      if (line == null) {
        continue;
      }
      AllocationRule.LineException exception = year.allocationOf(activity)
          .filter(a -> a.getExceptionKind() != null)
          .map(a -> new AllocationRule.LineException(a.getExceptionKind(),
              a.getExceptionKind().needsAmount() ? a.getAmount() : null, a.getExceptionReason()))
          .orElse(null);
      propose(year, activity, exception, "Proposed by the allocation rule", by);
    }
  }

  /** Records an exception with its reason; the rule computes the amount. */
  Allocation recordException(Long yearId, String activityReference, ExceptionKind kind, BigDecimal amount, String reason, String by) {
    AbgYear year = year(yearId);
    Activity activity = activities.findByYearAndReference(year, activityReference)
        .orElseThrow(() -> new NotFound("No activity " + activityReference + " in " + year.getLabel() + "."));
    return propose(year, activity, new AllocationRule.LineException(kind, amount, reason), "Exception recorded: " + reason, by);
  }

  private Allocation propose(AbgYear year, Activity activity, AllocationRule.LineException exception, String why, String by) {
    GrantLine line = activity.getGrantLine();
    AllocationRule.Proposal proposal = rules.propose(year.getFundingPercent(), new AllocationRule.Line(activity.getReference(),
        line.getPreviousAllocation(), line.getGrantThisYear(), line.actualSpend(), exception));
    return year.propose(activity, proposal.allocation(), proposal.basis(), exception == null ? null : exception.kind(),
        exception == null ? null : exception.reason(), why + " (" + proposal.explanation() + ")", by, BusinessClock.now());
  }

  void approve(Long yearId, String managementGroupMeeting, String boardMeeting, String by) {
    year(yearId).approve(managementGroupMeeting, boardMeeting, by, BusinessClock.now());
  }
}
