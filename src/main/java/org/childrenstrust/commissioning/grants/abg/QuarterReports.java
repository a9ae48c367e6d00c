package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.grants.abg.domain.LspReturn;
import org.childrenstrust.commissioning.grants.abg.domain.LspReturnRepository;
import org.childrenstrust.commissioning.grants.abg.domain.OutcomeGroupSummary;
import org.childrenstrust.commissioning.grants.abg.domain.OutcomeGroupSummaryRepository;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturn;
import org.childrenstrust.commissioning.grants.abg.domain.QuarterlyReturnRepository;
import org.childrenstrust.commissioning.grants.abg.domain.Underspend;
import org.childrenstrust.commissioning.grants.abg.domain.UnderspendRepository;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After each quarter (Herefordshire Appendix C): "summary reports will be presented to outcome groups
 * who will performance manage those activities assigned to the group", and the Trust's quarterly
 * returns are "agreed and submitted" to the Local Strategic Partnership on 31 July, 31 October,
 * 30 January and 30 April, each moved to the previous working day when it is not one.
 */
@Service
@Transactional
class QuarterReports {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  /** One funded activity's figures for the quarter; a missing return has no spend, forecast or variance. */
  record Row(String outcomeGroup, String reference, String activity, String leadOfficer, BigDecimal allocation, BigDecimal spendToDate,
      BigDecimal forecastOutturn, BigDecimal variance, String returnStatus) {}

  /** A report as people read it: its title, the facts above the table, the rows and their total. */
  record Report(String title, List<String> facts, List<Row> rows, Row total, String fileName) {}

  private final AllocationService allocations;
  private final QuarterlyReturnRepository returns;
  private final UnderspendRepository underspends;
  private final OutcomeGroupSummaryRepository summaries;
  private final LspReturnRepository lspReturns;
  private final ReturnDeadlines deadlines;

  QuarterReports(AllocationService allocations, QuarterlyReturnRepository returns, UnderspendRepository underspends,
      OutcomeGroupSummaryRepository summaries, LspReturnRepository lspReturns, ReturnDeadlines deadlines) {
    this.allocations = allocations;
    this.returns = returns;
    this.underspends = underspends;
    this.summaries = summaries;
    this.lspReturns = lspReturns;
    this.deadlines = deadlines;
  }

  static String outcomeGroupName(String groupId) {
    return Arrays.stream(GovernanceGroup.values()).filter(g -> g.id().equals(groupId)).findFirst()
        .map(g -> g.displayName().replace("Outcome group: ", "")).orElse(groupId);
  }

  static void requireQuarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new BusinessRuleViolation("A quarter is 1 to 4, not " + quarter + ".");
    }
  }

  /** The activities monitored at this quarter (funded, and monitored from this quarter or before), in outcome group order. */
  @Transactional(readOnly = true)
  List<Row> rows(String yearLabel, int quarter) {
    requireQuarter(quarter);
    AbgYear year = allocations.year(yearLabel);
    ReturnDeadlines.QuarterDeadline deadline = deadlines.of(year.financialYear(), quarter);
    List<Row> rows = new ArrayList<>();
    for (Allocation allocation : year.getAllocations()) {
      if (allocation.getAmount().signum() <= 0 || allocation.getMonitoredFromQuarter() > quarter) {
        continue;
      }
      QuarterlyReturn r = returns.findByActivityOrderByQuarter(allocation.getActivity()).stream()
          .filter(q -> q.getQuarter() == quarter).findFirst().orElse(null);
      String status = r == null
          ? (BusinessClock.today().isAfter(deadline.due()) ? "Overdue: was due " : "Not received yet: due ") + DAY.format(deadline.due())
          : "Received " + DAY.format(r.getSubmittedAt().toLocalDate())
              + (r.getSubmittedAt().toLocalDate().isAfter(deadline.due()) ? " (late)" : "");
      rows.add(new Row(allocation.getActivity().getHostOutcomeGroup(), allocation.getActivity().getReference(),
          allocation.getActivity().getName(), allocation.getActivity().getLeadOfficer(), allocation.getAmount(),
          r == null ? null : r.getSpendToDate(), r == null ? null : r.getForecastOutturn(),
          r == null ? null : allocation.getAmount().subtract(r.getForecastOutturn()), status));
    }
    rows.sort(Comparator.comparing(Row::outcomeGroup).thenComparing(Row::reference));
    return rows;
  }

  private static Row total(List<Row> rows, String label) {
    return new Row("", "", label, "", sum(rows.stream().map(Row::allocation).toList()),
        sum(rows.stream().map(Row::spendToDate).toList()), sum(rows.stream().map(Row::forecastOutturn).toList()),
        sum(rows.stream().map(Row::variance).toList()),
        rows.stream().filter(r -> r.forecastOutturn() != null).count() + " of " + rows.size() + " returns received");
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return Money.pounds(amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private String period(AbgYear year, int quarter) {
    LocalDate end = year.financialYear().quarterEnd(quarter);
    return "Area Based Grant " + year.getLabel() + ", quarter " + quarter + " (" + DAY.format(year.financialYear().firstDay().plusMonths(3L * (quarter - 1)))
        + " to " + DAY.format(end) + ")";
  }

  private static String figures(Row total) {
    return "Allocated " + Money.format(total.allocation()) + "; spend to date " + Money.format(total.spendToDate())
        + "; forecast outturn " + Money.format(total.forecastOutturn()) + "; forecast below the allocation by "
        + Money.format(total.variance()) + " (returns received only).";
  }

  /** The outcome groups that host a funded activity monitored at this quarter. */
  @Transactional(readOnly = true)
  List<String> outcomeGroups(String yearLabel, int quarter) {
    return rows(yearLabel, quarter).stream().map(Row::outcomeGroup).distinct().toList();
  }

  @Transactional(readOnly = true)
  Report outcomeGroupSummary(String yearLabel, int quarter, String outcomeGroup) {
    AbgYear year = allocations.year(yearLabel);
    List<Row> rows = rows(yearLabel, quarter).stream().filter(r -> r.outcomeGroup().equals(outcomeGroup)).toList();
    if (rows.isEmpty()) {
      throw new NotFound("The outcome group " + outcomeGroup + " performance-manages no ABG activity in " + year.getLabel()
          + " quarter " + quarter + ".");
    }
    ReturnDeadlines.QuarterDeadline deadline = deadlines.of(year.financialYear(), quarter);
    Row total = total(rows, "Total");
    List<String> facts = new ArrayList<>();
    facts.add(period(year, quarter) + ".");
    facts.add("For the " + outcomeGroupName(outcomeGroup) + " outcome group, which performance-manages these activities.");
    facts.add("Lead officers' returns were due by " + SPOKEN.format(deadline.due()) + " (10 working days after the quarter end): "
        + total.returnStatus() + ".");
    facts.add(figures(total));
    List<String> refs = rows.stream().map(Row::reference).toList();
    for (Underspend u : underspends.findByYearOrderById(year)) {
      if (refs.contains(u.getActivity().getReference())) {
        facts.add("Potential underspend declared on " + u.getActivity().getName() + ": " + Money.format(u.getAmount()) + " ("
            + u.getStatus().name().toLowerCase(Locale.UK).replace('_', ' ') + ").");
      }
    }
    return new Report("ABG " + year.getLabel() + " Q" + quarter + " summary: " + outcomeGroupName(outcomeGroup), facts, rows, total,
        "ABG-" + year.getLabel().replace('/', '-') + "-Q" + quarter + "-" + outcomeGroup);
  }

  @Transactional(readOnly = true)
  Report lspReturn(String yearLabel, int quarter) {
    AbgYear year = allocations.year(yearLabel);
    List<Row> rows = rows(yearLabel, quarter);
    ReturnDeadlines.QuarterDeadline deadline = deadlines.of(year.financialYear(), quarter);
    Row total = total(rows, "Children's Trust total");
    List<String> facts = new ArrayList<>();
    facts.add(period(year, quarter) + ": the Children's Trust's consolidated return to the Local Strategic Partnership.");
    facts.add("Due: " + deadline.lspNote());
    facts.add("Pot " + Money.format(year.getPot()) + " (" + year.getFundingPercent().stripTrailingZeros().toPlainString()
        + "% of this year's grants); allocated " + Money.format(year.allocated()) + "; unallocated " + Money.format(year.getUnallocated()) + ".");
    facts.add("Lead officers' returns: " + total.returnStatus() + ".");
    for (String group : rows.stream().map(Row::outcomeGroup).distinct().toList()) {
      Row sub = total(rows.stream().filter(r -> r.outcomeGroup().equals(group)).toList(), group);
      facts.add(outcomeGroupName(group) + ": " + figures(sub).replace(" (returns received only).", "."));
    }
    facts.add(figures(total));
    lspReturns.findByYearAndQuarter(year, quarter).ifPresent(r -> facts.add("Agreed and submitted by " + r.getSubmittedBy() + " on "
        + DAY.format(r.getSubmittedAt().toLocalDate()) + (r.isLate() ? " (after the deadline)" : "") + "."));
    return new Report("ABG " + year.getLabel() + " Q" + quarter + ": consolidated return to the Local Strategic Partnership", facts, rows,
        total, "ABG-" + year.getLabel().replace('/', '-') + "-Q" + quarter + "-LSP-return");
  }

  @Transactional(readOnly = true)
  boolean summarySent(String yearLabel, int quarter, String outcomeGroup) {
    return summaries.existsByYearAndQuarterAndOutcomeGroup(allocations.year(yearLabel), quarter, outcomeGroup);
  }

  /** Recorded in its own transaction right after the mail went, so that a retry of the step skips this group. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
  void recordSummarySent(String yearLabel, int quarter, String outcomeGroup) {
    summaries.save(new OutcomeGroupSummary(allocations.year(yearLabel), quarter, outcomeGroup, BusinessClock.now()));
  }

  @Transactional(readOnly = true)
  List<OutcomeGroupSummary> summariesSent(String yearLabel, int quarter) {
    return summaries.findByYearAndQuarterOrderByOutcomeGroup(allocations.year(yearLabel), quarter);
  }

  @Transactional(readOnly = true)
  LocalDate lspDue(String yearLabel, int quarter) {
    requireQuarter(quarter);
    return deadlines.of(allocations.year(yearLabel).financialYear(), quarter).lspDue();
  }

  /** The commissioning officer agreed and submitted the consolidated return. */
  LspReturn recordLspReturn(String yearLabel, int quarter, String by, String comment) {
    AbgYear year = allocations.year(yearLabel);
    if (lspReturns.findByYearAndQuarter(year, quarter).isPresent()) {
      throw BusinessRuleViolation.conflict("The quarter " + quarter + " return of " + year.getLabel()
          + " to the Local Strategic Partnership is already submitted.");
    }
    return lspReturns.save(new LspReturn(year, quarter, lspDue(yearLabel, quarter), by, BusinessClock.now(), comment));
  }
}
