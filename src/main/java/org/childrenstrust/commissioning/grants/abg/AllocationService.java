package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
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
import org.childrenstrust.commissioning.shared.money.Money;
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
  private final IdentityService identityService;
  private final AbgMailer mailer;
  private final FundingLetters letters;

  AllocationService(AbgYearRepository years, GrantLineRepository grantLines, ActivityRepository activities, AllocationRules rules,
      IdentityService identityService, AbgMailer mailer, FundingLetters letters) {
    this.years = years;
    this.grantLines = grantLines;
    this.activities = activities;
    this.rules = rules;
    this.identityService = identityService;
    this.mailer = mailer;
    this.letters = letters;
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

  /** A year as the screens and the API show it. */
  record YearView(String financialYear, String status, BigDecimal fundingPercent, String reallocationPolicy, BigDecimal pot,
      BigDecimal allocated, BigDecimal unallocated, String managementGroupMeeting, String boardMeeting) {}

  @Transactional(readOnly = true)
  List<YearView> years() {
    return years.findAll().stream().sorted(java.util.Comparator.comparing(AbgYear::getLabel))
        .map(y -> new YearView(y.getLabel(), y.getStatus().name(), y.getFundingPercent(), y.getReallocationPolicy().name(), y.getPot(),
            y.allocated(), y.getUnallocated(), y.getManagementGroupMeeting(), y.getBoardMeeting())).toList();
  }

  /** A funded activity as the screens and the API show it. */
  record FundedActivity(String reference, String name, String leadOfficer, String hostOutcomeGroup, BigDecimal allocation, String basis,
      int monitoredFromQuarter) {}

  @Transactional(readOnly = true)
  List<FundedActivity> funded(String yearLabel) {
    return year(yearLabel).getAllocations().stream().map(a -> new FundedActivity(a.getActivity().getReference(), a.getActivity().getName(),
        a.getActivity().getLeadOfficer(), a.getActivity().getHostOutcomeGroup(), a.getAmount(), a.getBasis().name(),
        a.getMonitoredFromQuarter())).toList();
  }

  /** Grant lines pasted or exported as CSV: every line checked, all errors at once; then the rule proposes. */
  void loadCsv(Long yearId, String csv, String by) {
    requireNoLinesYet(year(yearId));
    load(yearId, GrantLinesCsv.parse(csv, this::knownUser, this::knownOutcomeGroup), by);
  }

  /**
   * The Load grant lines task: the pasted CSV; or, when the file was uploaded already and the box
   * holds no more than the header line, nothing more to do.
   */
  void loadFromTask(Long yearId, String csv, String by) {
    boolean onlyHeader = csv == null || csv.isBlank() || csv.strip().lines().count() <= 1;
    if (onlyHeader && hasGrantLines(yearId)) {
      return;
    }
    loadCsv(yearId, csv, by);
  }

  @Transactional(readOnly = true)
  boolean hasGrantLines(Long yearId) {
    return !grantLines.findByYearOrderById(year(yearId)).isEmpty();
  }

  /** The finance export uploaded as a file: an Excel workbook (.xlsx) or CSV, recognised by its content; checked as a pasted CSV. */
  int loadFile(String yearLabel, String fileName, byte[] content, String by) {
    AbgYear year = year(yearLabel);
    if (year.getStatus() != AbgYear.Status.DRAFT) {
      throw BusinessRuleViolation.conflict("The allocations of " + year.getLabel() + " are approved: its grant lines cannot change.");
    }
    requireNoLinesYet(year);
    if (content == null || content.length == 0) {
      throw new BusinessRuleViolation("The file " + (fileName == null ? "" : "'" + fileName + "' ") + "is empty.");
    }
    List<GrantLineInput> inputs;
    if (GrantLinesXlsx.looksLikeXlsx(content)) {
      inputs = GrantLinesXlsx.parse(content, this::knownUser, this::knownOutcomeGroup);
    } else {
      String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
      if (text.chars().anyMatch(c -> c == 0) || content.length > 4 && new String(content, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF")) {
        throw new BusinessRuleViolation("'" + fileName + "' is not a CSV file or an Excel workbook (.xlsx).");
      }
      inputs = GrantLinesCsv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, this::knownUser, this::knownOutcomeGroup);
    }
    load(year.getId(), inputs, by);
    return inputs.size();
  }

  private void requireNoLinesYet(AbgYear year) {
    if (!grantLines.findByYearOrderById(year).isEmpty()) {
      throw BusinessRuleViolation.conflict("The grant lines of " + year.getLabel() + " are already loaded.");
    }
  }

  private void load(Long yearId, List<GrantLineInput> inputs, String by) {
    loadGrantLines(yearId, inputs);
    proposeAll(yearId, by);
  }

  /** Whether the user exists, whoever asks (an officer's own authorizations may not let her read other users). */
  private boolean knownUser(String user) {
    return asSystem(() -> identityService.createUserQuery().userId(user).count() == 1);
  }

  private boolean knownOutcomeGroup(String group) {
    return group.startsWith("outcome-") && asSystem(() -> identityService.createGroupQuery().groupId(group).count() == 1);
  }

  private boolean asSystem(java.util.function.BooleanSupplier query) {
    org.camunda.bpm.engine.impl.identity.Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return query.getAsBoolean();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** A row of the officer's review: the proposal and any exception recorded on it. */
  record ReviewRow(String reference, String activity, String leadOfficer, BigDecimal grantThisYear, BigDecimal previousAllocation,
      String basis, BigDecimal allocation, String exceptionKind, BigDecimal exceptionAmount, String exceptionReason) {}

  List<ReviewRow> reviewRows(Long yearId) {
    AbgYear year = year(yearId);
    return activities.findByYearOrderById(year).stream().filter(a -> a.getGrantLine() != null).map(activity -> {
      Allocation allocation = year.allocationOf(activity).orElse(null);
      GrantLine line = activity.getGrantLine();
      return new ReviewRow(activity.getReference(), activity.getName(), activity.getLeadOfficer(), line.getGrantThisYear(),
          line.getPreviousAllocation(), allocation == null ? null : allocation.getBasis().name(),
          allocation == null ? null : allocation.getAmount(),
          allocation == null || allocation.getExceptionKind() == null ? "" : allocation.getExceptionKind().name(),
          allocation != null && allocation.getExceptionKind() != null && allocation.getExceptionKind().needsAmount() ? allocation.getAmount() : null,
          allocation == null ? null : allocation.getExceptionReason());
    }).toList();
  }

  String reviewSummary(Long yearId) {
    AbgYear year = year(yearId);
    return "Pot (" + year.getFundingPercent().stripTrailingZeros().toPlainString() + "% of this year's grants): "
        + Money.format(year.getPot()) + "\n"
        + "Allocated: " + Money.format(year.allocated()) + "\n"
        + "Headroom: " + Money.format(year.headroom())
        + (year.headroom().signum() < 0 ? " (overcommitted: reduce allocations before it can go forward)" : "");
  }

  /** Records the officer's exceptions (each with its reason) and refuses an overcommitted pot. */
  void saveReview(Long yearId, List<ReviewRow> rows, String by) {
    AbgYear year = year(yearId);
    for (ReviewRow row : rows) {
      Activity activity = activities.findByYearAndReference(year, row.reference() == null ? "" : row.reference())
          .orElseThrow(() -> new BusinessRuleViolation("There is no activity " + row.reference() + " in " + year.getLabel() + "."));
      ExceptionKind kind = row.exceptionKind() == null || row.exceptionKind().isBlank() ? null : exceptionKind(row);
      Allocation current = year.allocationOf(activity).orElse(null);
      boolean unchanged = current != null && current.getExceptionKind() == kind
          && (kind == null || (Objects.equals(current.getExceptionReason(), row.exceptionReason() == null ? null : row.exceptionReason().strip())
              && (!kind.needsAmount() || (row.exceptionAmount() != null && current.getAmount().compareTo(row.exceptionAmount()) == 0))));
      if (unchanged) {
        continue;
      }
      propose(year, activity, kind == null ? null : new AllocationRule.LineException(kind, kind.needsAmount() ? row.exceptionAmount() : null,
          row.exceptionReason()), kind == null ? "Exception removed" : "Exception recorded: " + row.exceptionReason(), by);
    }
    year.requireNotOvercommitted();
  }

  private static ExceptionKind exceptionKind(ReviewRow row) {
    try {
      return ExceptionKind.valueOf(row.exceptionKind().strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleViolation("'" + row.exceptionKind() + "' is not a kind of exception (FULL_GRANT, FIXED_AMOUNT, ACTUAL_SPEND, EARMARK).");
    }
  }

  /** Sends each activity's funding letter once (the allocation records that it went). */
  void notifyLeadOfficers(Long yearId) {
    AbgYear year = year(yearId);
    for (Allocation allocation : year.getAllocations()) {
      if (allocation.markNotified(BusinessClock.now())) {
        mailer.fundingLetter(allocation, letters.text(allocation, BusinessClock.today()), letters.pdf(allocation, BusinessClock.today()));
      }
    }
  }
}
