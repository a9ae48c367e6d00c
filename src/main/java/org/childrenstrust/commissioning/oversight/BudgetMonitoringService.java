package org.childrenstrust.commissioning.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childrenstrust.commissioning.meetings.GovernanceBodies;
import org.childrenstrust.commissioning.oversight.domain.BudgetActivity;
import org.childrenstrust.commissioning.oversight.domain.BudgetActivityRepository;
import org.childrenstrust.commissioning.oversight.domain.BudgetPartner;
import org.childrenstrust.commissioning.oversight.domain.BudgetPartnerRepository;
import org.childrenstrust.commissioning.oversight.domain.BudgetReturn;
import org.childrenstrust.commissioning.oversight.domain.BudgetReturnRepository;
import org.childrenstrust.commissioning.oversight.domain.BudgetRound;
import org.childrenstrust.commissioning.oversight.domain.BudgetRoundRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership-wide budget monitoring: each partner returns its budgets for the cross-partnership
 * activities and the changes made to support priorities, later the outturn; the consolidated view
 * per activity and per partner; the Board's mid-year review (November) and annual report (June).
 */
@Service
@Transactional
class BudgetMonitoringService {

  /** Partners return their budgets within this many working days of the opening, the outturn within as many after the year end. */
  static final int RETURN_WORKING_DAYS = 20;
  static final String BOARD = "BOARD";
  private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  private final BudgetRoundRepository rounds;
  private final BudgetReturnRepository returns;
  private final BudgetPartnerRepository partners;
  private final BudgetActivityRepository activities;
  private final GovernanceBodies bodies;
  private final WorkingDays workingDays;

  BudgetMonitoringService(BudgetRoundRepository rounds, BudgetReturnRepository returns, BudgetPartnerRepository partners,
      BudgetActivityRepository activities, GovernanceBodies bodies, WorkingDays workingDays) {
    this.rounds = rounds;
    this.returns = returns;
    this.partners = partners;
    this.activities = activities;
    this.bodies = bodies;
    this.workingDays = workingDays;
  }

  /** "2010/11" → 2010; anything else is refused. */
  static int startYear(String label) {
    Matcher m = label == null ? null : YEAR.matcher(label.strip());
    if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new BusinessRuleViolation("The financial year is written like 2010/11, not '" + label + "'.");
    }
    return Integer.parseInt(m.group(1));
  }

  BudgetRound open(String label, String openedBy) {
    int start = startYear(label);
    String year = label.strip();
    if (rounds.findByFinancialYear(year).isPresent()) {
      throw BusinessRuleViolation.conflict("The partnership budgets of " + year + " are already being collected.");
    }
    List<BudgetPartner> all = partners.findAllByOrderById();
    if (all.isEmpty()) {
      throw new BusinessRuleViolation("No partners are set up to return budgets.");
    }
    LocalDate yearEnd = LocalDate.of(start + 1, 3, 31);
    BudgetRound round = rounds.save(new BudgetRound(year, openedBy, workingDays.plusWorkingDays(BusinessClock.today(), RETURN_WORKING_DAYS),
        workingDays.plusWorkingDays(yearEnd, RETURN_WORKING_DAYS)));
    for (BudgetPartner partner : all) {
      for (BudgetActivity activity : activities.findAllByOrderByPositionAsc()) {
        returns.save(new BudgetReturn(round.getId(), partner.getCode(), activity.getCode()));
      }
    }
    return round;
  }

  @Transactional(readOnly = true)
  BudgetRound round(Long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFound("There is no budget round " + id + "."));
  }

  @Transactional(readOnly = true)
  BudgetRound round(String label) {
    return rounds.findByFinancialYear(label).orElseThrow(() -> new NotFound("No partnership budgets are collected for " + label + "."));
  }

  @Transactional(readOnly = true)
  List<String> partnerCodes(Long roundId) {
    return returns.findByRoundIdOrderByPartnerCodeAscActivityCodeAsc(roundId).stream().map(BudgetReturn::getPartnerCode).distinct().toList();
  }

  @Transactional(readOnly = true)
  BudgetPartner partner(String code) {
    return partners.findByCode(code).orElseThrow(() -> new NotFound("There is no partner '" + code + "'."));
  }

  @Transactional(readOnly = true)
  List<BudgetActivity> activities() {
    return activities.findAllByOrderByPositionAsc();
  }

  @Transactional(readOnly = true)
  List<BudgetReturn> returnsOf(Long roundId, String partnerCode) {
    List<String> order = activities().stream().map(BudgetActivity::getCode).toList();
    return returns.findByRoundIdAndPartnerCode(roundId, partnerCode).stream()
        .sorted(java.util.Comparator.comparingInt(r -> order.indexOf(r.getActivityCode()))).toList();
  }

  /** A partner's figures for one activity, as entered. */
  record Line(String activityCode, BigDecimal budget, BigDecimal priorityChange, String changeNote, BigDecimal outturn) {}

  private Map<String, BudgetReturn> checked(Long roundId, String partnerCode, List<Line> lines, String user, String what) {
    BudgetPartner partner = partner(partnerCode);
    if (user != null && !user.equals(partner.getContactUser())) {
      String own = partners.findAllByOrderById().stream().filter(p -> user.equals(p.getContactUser())).map(BudgetPartner::getName)
          .findFirst().map(name -> "; you return " + name + "'s").orElse("");
      throw BusinessRuleViolation.forbidden("The " + what + " of " + partner.getName() + " are returned by its contact ("
          + partner.getContactUser() + ") only" + own + ".");
    }
    Map<String, BudgetReturn> own = new LinkedHashMap<>();
    returns.findByRoundIdAndPartnerCode(roundId, partnerCode).forEach(r -> own.put(r.getActivityCode(), r));
    Set<String> given = new HashSet<>();
    for (Line line : lines) {
      if (line.activityCode() == null || !own.containsKey(line.activityCode())) {
        throw new BusinessRuleViolation("'" + line.activityCode() + "' is not one of the activities monitored: " + own.keySet() + ".");
      }
      if (!given.add(line.activityCode())) {
        throw new BusinessRuleViolation(line.activityCode() + " is given twice: one line per activity.");
      }
    }
    if (!given.containsAll(own.keySet())) {
      Set<String> missing = new java.util.TreeSet<>(own.keySet());
      missing.removeAll(given);
      throw new BusinessRuleViolation("Give a line for every activity (0.00 where the partner spends nothing): " + missing + " missing.");
    }
    return own;
  }

  /** The partner's budgets and changes for priorities, all activities at once; refused whole for another partner or a bad figure. */
  void returnBudgets(Long roundId, String partnerCode, List<Line> lines, String user) {
    Map<String, BudgetReturn> own = checked(roundId, partnerCode, lines, user, "budgets");
    Map<String, String> names = names();
    for (Line line : lines) {
      own.get(line.activityCode()).budget(line.budget(), line.priorityChange(), line.changeNote(), user, names.get(line.activityCode()));
    }
  }

  void returnOutturn(Long roundId, String partnerCode, List<Line> lines, String user) {
    Map<String, BudgetReturn> own = checked(roundId, partnerCode, lines, user, "outturn figures");
    Map<String, String> names = names();
    for (Line line : lines) {
      own.get(line.activityCode()).outturn(line.outturn(), user, names.get(line.activityCode()));
    }
  }

  private Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    activities().forEach(a -> names.put(a.getCode(), a.getName()));
    return names;
  }

  /** The Board's mid-year review (November of the year) and annual report (June after it) join its forward plan. */
  void planReviews(Long roundId) {
    BudgetRound round = round(roundId);
    int start = startYear(round.getFinancialYear());
    bodies.addToForwardPlan(BOARD, "Partnership budgets " + round.getFinancialYear() + ": mid-year review", round.getOpenedBy(),
        YearMonth.of(start, 11));
    bodies.addToForwardPlan(BOARD, "Partnership budgets " + round.getFinancialYear() + ": annual report (budgets, changes for priorities, outturn)",
        round.getOpenedBy(), YearMonth.of(start + 1, 6));
  }

  void outturnRequested(Long roundId) {
    round(roundId).outturnRequested();
  }

  void closed(Long roundId) {
    round(roundId).closed();
  }

  /** Totals of one activity or one partner: budget, change for priorities, outturn (returned so far) and outturn − budget. */
  record Total(String code, String name, BigDecimal budget, BigDecimal priorityChange, BigDecimal outturn, BigDecimal variance) {}

  record Consolidated(String financialYear, List<Total> byActivity, List<Total> byPartner, Total total) {}

  @Transactional(readOnly = true)
  Consolidated consolidated(String label) {
    BudgetRound round = round(label);
    List<BudgetReturn> all = returns.findByRoundIdOrderByPartnerCodeAscActivityCodeAsc(round.getId());
    List<Total> byActivity = new ArrayList<>();
    for (BudgetActivity activity : activities()) {
      byActivity.add(total(activity.getCode(), activity.getName(), all, BudgetReturn::getActivityCode));
    }
    List<Total> byPartner = new ArrayList<>();
    for (String code : partnerCodes(round.getId())) {
      byPartner.add(total(code, partner(code).getName(), all, BudgetReturn::getPartnerCode));
    }
    return new Consolidated(round.getFinancialYear(), byActivity, byPartner, total("ALL", "All partners, all activities", all, r -> "ALL"));
  }

  private static Total total(String code, String name, List<BudgetReturn> all, Function<BudgetReturn, String> key) {
    BigDecimal budget = BigDecimal.ZERO.setScale(2);
    BigDecimal change = BigDecimal.ZERO.setScale(2);
    BigDecimal outturn = null;
    BigDecimal budgetWithOutturn = BigDecimal.ZERO.setScale(2);
    for (BudgetReturn r : all) {
      if (!code.equals(key.apply(r))) {
        continue;
      }
      budget = budget.add(r.getBudget() == null ? BigDecimal.ZERO : r.getBudget());
      change = change.add(r.getPriorityChange() == null ? BigDecimal.ZERO : r.getPriorityChange());
      if (r.getOutturn() != null) {
        outturn = (outturn == null ? BigDecimal.ZERO.setScale(2) : outturn).add(r.getOutturn());
        budgetWithOutturn = budgetWithOutturn.add(r.getBudget() == null ? BigDecimal.ZERO : r.getBudget());
      }
    }
    return new Total(code, name, budget, change, outturn, outturn == null ? null : outturn.subtract(budgetWithOutturn));
  }
}
