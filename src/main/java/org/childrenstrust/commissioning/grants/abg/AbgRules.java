package org.childrenstrust.commissioning.grants.abg;

import java.util.stream.Collectors;
import org.childrenstrust.commissioning.grants.abg.domain.Reallocation;
import org.childrenstrust.commissioning.grants.abg.domain.ReallocationItem;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the ABG models' expressions ask: the decision request's texts and due date. Nothing else calls it. */
@Component("abgRules")
@Transactional(readOnly = true)
class AbgRules {

  /** The Management Group decides a reallocation within 10 working days of the proposal. */
  static final int REALLOCATION_DECISION_WORKING_DAYS = 10;

  private final UnderspendService underspends;
  private final AllocationService allocations;
  private final WorkingDays workingDays;

  private final PriorityListService priorityLists;

  AbgRules(UnderspendService underspends, AllocationService allocations, WorkingDays workingDays, PriorityListService priorityLists) {
    this.priorityLists = priorityLists;
    this.underspends = underspends;
    this.allocations = allocations;
    this.workingDays = workingDays;
  }

  public String allocationDueDate(Long yearId) {
    return workingDays.plusWorkingDays(BusinessClock.today(), REALLOCATION_DECISION_WORKING_DAYS).toString();
  }

  public String allocationSubject(Long yearId) {
    return "ABG " + allocations.year(yearId).getLabel() + ": allocation of the Children's Trust's Area Based Grant";
  }

  public String allocationQuestion(Long yearId) {
    var year = allocations.year(yearId);
    return "Approve the allocations of the Area Based Grant " + year.getLabel() + " to activities: pot " + Money.format(year.getPot())
        + ", allocated " + Money.format(year.allocated()) + ", unallocated " + Money.format(year.headroom()) + ".";
  }

  public String allocationReport(Long yearId) {
    StringBuilder text = new StringBuilder(allocations.reviewSummary(yearId)).append("\n\n");
    for (AllocationService.ReviewRow row : allocations.reviewRows(yearId)) {
      text.append(row.reference()).append(" ").append(row.activity()).append(": ").append(Money.format(row.allocation()))
          .append(" (").append(row.basis()).append(row.exceptionReason() == null ? "" : "; " + row.exceptionReason()).append(")\n");
    }
    return text.toString();
  }

  /** The five outcome groups, each of which keeps a priority list. */
  public java.util.List<String> outcomeGroups() {
    return java.util.List.of(org.childrenstrust.commissioning.platform.identity.GovernanceGroup.BE_HEALTHY.id(),
        org.childrenstrust.commissioning.platform.identity.GovernanceGroup.STAY_SAFE.id(),
        org.childrenstrust.commissioning.platform.identity.GovernanceGroup.ENJOY_AND_ACHIEVE.id(),
        org.childrenstrust.commissioning.platform.identity.GovernanceGroup.POSITIVE_CONTRIBUTION.id(),
        org.childrenstrust.commissioning.platform.identity.GovernanceGroup.ECONOMIC_WELLBEING.id());
  }

  /** "By July": the last working day of July of the year (31 July 2010 was a Saturday: Friday 30 July). */
  public String rankingDueDate(Long yearId) {
    java.time.LocalDate day = java.time.LocalDate.of(allocations.year(yearId).financialYear().startYear(), 7, 31);
    while (!workingDays.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day.toString();
  }

  public String rankingSubject(Long yearId) {
    return "ABG " + allocations.year(yearId).getLabel() + ": priority list for underspends";
  }

  public String rankingQuestion(Long yearId) {
    return "Approve the one priority-ranked list of additional or new activities, drawn from the outcome groups' lists, to which "
        + "underspends declared in " + allocations.year(yearId).getLabel() + " will be reallocated (no bidding round).";
  }

  public String rankingReport(Long yearId) {
    StringBuilder text = new StringBuilder();
    priorityLists.rankingRows(allocations.year(yearId).getLabel()).stream().filter(r -> r.rank() != null)
        .sorted(java.util.Comparator.comparing(PriorityListService.RankingRow::rank))
        .forEach(r -> text.append(r.rank()).append(". ").append(r.title()).append(" (").append(r.outcomeGroup()).append(", ")
            .append(Money.format(r.cost())).append("; LAA: ").append(r.laaTarget()).append("; CYPP: ").append(r.cyppPriority()).append(")\n"));
    return text.toString();
  }

  public String reallocationDueDate(Long reallocationId) {
    return workingDays.plusWorkingDays(BusinessClock.today(), REALLOCATION_DECISION_WORKING_DAYS).toString();
  }

  public String reallocationSubject(Long reallocationId) {
    Reallocation r = underspends.reallocation(reallocationId);
    return "ABG " + r.getYear().getLabel() + ": reallocation of " + Money.format(r.getAvailable()) + " from the priority list";
  }

  public String reallocationQuestion(Long reallocationId) {
    Reallocation r = underspends.reallocation(reallocationId);
    return "Approve the reallocation of the unallocated Area Based Grant (" + Money.format(r.getAvailable())
        + ") to the approved priority list as proposed, or amended (e.g. part-funding an item, with the reason), or reject it.";
  }

  public String reallocationReport(Long reallocationId) {
    return summary(underspends.reallocation(reallocationId));
  }

  /** The proposal as people read it: what is funded, what is not and why, what is left. */
  static String summary(Reallocation r) {
    StringBuilder text = new StringBuilder();
    if (r.getUnderspend() != null) {
      text.append("Underspend: ").append(r.getUnderspend().getActivity().getName()).append(", ")
          .append(Money.format(r.getUnderspend().getAmount())).append(" (").append(r.getUnderspend().getReason()).append(")\n");
    }
    text.append("Available (unallocated): ").append(Money.format(r.getAvailable())).append("; policy ").append(r.getPolicy())
        .append(r.getPolicy() == ReallocationWalk.Policy.SKIP ? " (fund each item that still fits)" : " (stop at the first item that does not fit)")
        .append("\n\nApproved priority list, in rank order:\n");
    text.append(r.getItems().stream().map(AbgRules::line).collect(Collectors.joining("\n")));
    text.append("\n\nLeft unallocated for the next declaration: ").append(Money.format(r.getRemaining()));
    return text.toString();
  }

  private static String line(ReallocationItem item) {
    String head = item.getEntry().getApprovedRank() + ". " + item.getEntry().getTitle() + " (" + item.getEntry().getReference() + ", "
        + Money.format(item.getEntry().getCost()) + "): ";
    return head + (item.getProposedAmount().signum() > 0 ? "fund " + Money.format(item.getProposedAmount()) : "not funded, " + item.getReason());
  }
}
