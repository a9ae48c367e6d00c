package org.childrenstrust.commissioning.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.childrenstrust.commissioning.cycle.domain.Budget;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterest;
import org.childrenstrust.commissioning.cycle.domain.ServiceReview;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the CommissioningCycle model's assignments, timers and call activities ask ({@code ${cycleRules...}}), and nothing else. */
@Component("cycleRules")
@Transactional(readOnly = true)
class CycleRules {

  /** Quarter ends are marked in the evening, after the day's work. */
  static final LocalTime QUARTER_END_TIME = LocalTime.of(18, 0);
  static final LocalTime MORNING = LocalTime.of(9, 0);

  private final CycleService cycles;
  private final CycleRepositories repos;
  private final WorkingDays workingDays;
  private final int reviewNoticeWorkingDays;
  private final int decisionWorkingDays;

  CycleRules(CycleService cycles, CycleRepositories repos, WorkingDays workingDays,
      @Value("${commissioning.cycle.review-notice-working-days:20}") int reviewNoticeWorkingDays,
      @Value("${commissioning.cycle.decision-working-days:20}") int decisionWorkingDays) {
    this.cycles = cycles;
    this.repos = repos;
    this.workingDays = workingDays;
    this.reviewNoticeWorkingDays = reviewNoticeWorkingDays;
    this.decisionWorkingDays = decisionWorkingDays;
  }

  public String commissionerOf(Long cycleId) {
    return cycles.cycle(cycleId).getServiceArea().getCommissioner();
  }

  public String hostOutcomeGroupOf(Long cycleId) {
    return cycles.cycle(cycleId).getServiceArea().getHostOutcomeGroup();
  }

  /** "Teenage parents, 2010/11" */
  String subjectOf(CycleRecord cycle) {
    return cycle.getServiceArea().getName() + ", " + cycle.getFinancialYear() + (cycle.getRound() > 1 ? " (round " + cycle.getRound() + ")" : "");
  }

  public String decisionSubject(Long cycleId, String kind) {
    String what = "review".equals(kind) ? "Service review" : "Commissioning plan";
    return what + ": " + subjectOf(cycles.cycle(cycleId));
  }

  public String decisionQuestion(Long cycleId, String kind) {
    CycleRecord cycle = cycles.cycle(cycleId);
    if ("review".equals(kind)) {
      ServiceReview review = cycles.latestReview(cycle);
      return "To agree the Commissioner's recommendation to " + recommendationText(review) + " " + cycle.getServiceArea().getName() + ".";
    }
    return "To approve the commissioning plan and intentions for " + cycle.getServiceArea().getName() + " (" + cycle.getFinancialYear() + ").";
  }

  static String recommendationText(ServiceReview review) {
    return switch (review.getRecommendation()) {
      case CONTINUE -> "continue";
      case RECOMMISSION -> "re-commission";
      case DECOMMISSION -> "decommission (" + review.getReason().name().toLowerCase() + ")";
    };
  }

  public String decisionReportTitle(Long cycleId, String kind) {
    return ("review".equals(kind) ? "Service review: " : "Commissioning plan: ") + cycles.cycle(cycleId).getServiceArea().getName();
  }

  /** yyyy-MM-dd: the configured working days from today. */
  public String decisionDue(Long cycleId) {
    return workingDays.plusWorkingDays(BusinessClock.today(), decisionWorkingDays).toString();
  }

  public String decisionReport(Long cycleId, String kind) {
    CycleRecord cycle = cycles.cycle(cycleId);
    StringBuilder text = new StringBuilder();
    if ("review".equals(kind)) {
      ServiceReview review = cycles.latestReview(cycle);
      text.append("Recommendation: ").append(recommendationText(review)).append(".\nFindings: ").append(review.getFindings())
          .append("\nIndicators: ").append(review.getIndicators()).append("\nService users' views: ").append(review.getUsersViews())
          .append("\nValue for money: ").append(review.getValueForMoney());
      if (review.getNextReviewOn() != null) {
        text.append("\nNext review: ").append(review.getNextReviewOn());
      }
    } else {
      text.append("Needs: ").append(cycle.getNeedsSummary()).append("\nOutcomes wanted: ").append(cycle.getOutcomesWanted());
      repos.options.findByCycle(cycle).forEach(o -> text.append("\nOption").append(o.isPreferred() ? " (preferred)" : "")
          .append(o.isCurrentService() ? " (current service)" : "").append(": ").append(o.getTitle()).append(", ")
          .append(Money.format(o.getCost())).append("; benefit: ").append(o.getBenefit()).append("; risk: ").append(o.getRisk()));
      repos.intentions.findByCycle(cycle).forEach(i -> text.append("\nIntention: ").append(i.getIntention()).append(" (CYPP: ")
          .append(i.getCyppPriority()).append(")"));
      repos.budgets.findByCycle(cycle).ifPresent(b -> text.append("\nBudget: ").append(budgetText(b)));
    }
    DeclarationOfInterest.Occasion occasion = "review".equals(kind) ? DeclarationOfInterest.Occasion.REVIEW_DECISION
        : DeclarationOfInterest.Occasion.PLAN_DECISION;
    List<DeclarationOfInterest> conflicted = repos.declarations.findByCycleAndOccasionOrderById(cycle, occasion).stream()
        .filter(d -> !d.takesPart()).toList();
    text.append("\nDeclarations of interest: ").append(conflicted.isEmpty() ? "none."
        : conflicted.stream().map(d -> d.getMember() + " (" + d.getInterest().name().toLowerCase().replace('_', '-') + ": " + d.getDetail()
            + ") takes no part in this item").distinct().collect(Collectors.joining("; ")) + ".");
    return text.toString();
  }

  static String budgetText(Budget budget) {
    String arrangement = switch (budget.getArrangement()) {
      case SINGLE_AGENCY -> "single agency";
      case ALIGNED -> "aligned budgets";
      case POOLED -> "pooled under " + (budget.getLegalBasis() == Budget.LegalBasis.SECTION_75 ? "section 75 (NHS Act 2006)"
          : "section 10 (Children Act 2004)");
    };
    return Money.format(budget.getTotal()) + ", " + arrangement + (budget.getContributions().isEmpty() ? "" : " ("
        + budget.getContributions().stream().map(c -> c.getPartner() + " " + Money.format(c.getAmount())).collect(Collectors.joining(", "))
        + ")");
  }

  // --- delivery's timers --------------------------------------------------------------------

  /** The last day of the quarter containing {@code day} (30 June, 30 September, 31 December, 31 March). */
  static LocalDate quarterEndOf(LocalDate day) {
    int month = ((day.getMonthValue() - 1) / 3 + 1) * 3;
    return LocalDate.of(day.getYear(), month, 1).withDayOfMonth(LocalDate.of(day.getYear(), month, 1).lengthOfMonth());
  }

  /** The latest quarter end on or before {@code day}. */
  static LocalDate lastQuarterEnd(LocalDate day) {
    LocalDate end = quarterEndOf(day);
    return end.equals(day) ? end : quarterEndOf(day.withDayOfMonth(1).minusMonths(3));
  }

  /** The evening of the next quarter end from now (today's, if it is a quarter end and before the evening). */
  public Date nextQuarterEnd(Long cycleId) {
    LocalDate today = BusinessClock.today();
    LocalDate end = quarterEndOf(today);
    if (end.equals(today) && !BusinessClock.now().toLocalTime().isBefore(QUARTER_END_TIME)) {
      end = quarterEndOf(today.plusDays(1));
    }
    return BusinessClock.toDate(end.atTime(QUARTER_END_TIME));
  }

  /** The morning of the working day after the return asked for (the oldest quarter not yet in) is due. */
  public Date returnChaseAt(Long cycleId) {
    LocalDate due = cycles.returnDue(cycles.quarterAskedFor(cycleId, BusinessClock.today()));
    return BusinessClock.toDate(workingDays.plusWorkingDays(due, 1).atTime(MORNING));
  }

  /** The morning the configured working days before the contract's review or end date, whichever comes first (now, if that has passed). */
  public Date serviceReviewStarts(Long cycleId) {
    Contract contract = cycles.liveContract(cycles.cycle(cycleId));
    LocalDate date = contract.getReviewOn().isBefore(contract.getEndsOn()) ? contract.getReviewOn() : contract.getEndsOn();
    java.time.LocalDateTime start = workingDays.minusWorkingDays(date, reviewNoticeWorkingDays).atTime(MORNING);
    return BusinessClock.toDate(start.isAfter(BusinessClock.now()) ? start : BusinessClock.now());
  }
}
