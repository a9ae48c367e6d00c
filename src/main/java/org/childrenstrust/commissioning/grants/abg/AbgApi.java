package org.childrenstrust.commissioning.grants.abg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Area Based Grant's rules as the screens and other systems use them (HTTP Basic):
 * commissioning officers, Management Group members and administrators. Amounts are exact to the
 * penny, as JSON numbers or strings.
 */
@RestController
@RequestMapping("/api/abg")
class AbgApi {

  private static final List<String> ALLOWED = List.of(GovernanceGroup.COMMISSIONING_OFFICERS.id(),
      GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID);

  private final AllocationRules allocationRules;
  private final ReturnDeadlines returnDeadlines;
  private final IdentityService identityService;
  private final AllocationService allocationService;
  private final QuarterReports quarterReports;
  private final PriorityListService priorityListService;

  AbgApi(AllocationRules allocationRules, ReturnDeadlines returnDeadlines, IdentityService identityService,
      AllocationService allocationService, QuarterReports quarterReports, PriorityListService priorityListService) {
    this.priorityListService = priorityListService;
    this.allocationService = allocationService;
    this.quarterReports = quarterReports;
    this.allocationRules = allocationRules;
    this.returnDeadlines = returnDeadlines;
    this.identityService = identityService;
  }

  record ExceptionRequest(ExceptionKind kind, BigDecimal amount, @Size(max = 1000) String reason) {}

  record LineRequest(@Size(max = 40) String reference, BigDecimal previousAllocation, BigDecimal grantThisYear,
      BigDecimal actualSpend, @Valid ExceptionRequest exception) {}

  record AllocationPreviewRequest(@NotNull BigDecimal fundingPercent, @NotNull @Size(min = 1, max = 500) List<@Valid LineRequest> lines) {}

  record LineAnswer(String reference, BigDecimal allocation, AllocationBasis basis, String explanation) {}

  record AllocationPreviewAnswer(BigDecimal pot, BigDecimal allocated, BigDecimal headroom, boolean overcommitted,
      List<LineAnswer> lines) {}

  record CandidateRequest(@Size(max = 40) String reference, BigDecimal cost) {}

  record ReallocationPreviewRequest(@NotNull BigDecimal amount, ReallocationWalk.Policy policy,
      @NotNull @Size(max = 500) List<@Valid CandidateRequest> candidates) {}

  record DeadlineAnswer(int quarter, LocalDate quarterEnd, LocalDate due, LocalDate lspReturnDate, LocalDate lspReturnDue,
      String lspReturnNote) {}

  @PostMapping("/allocation-preview")
  AllocationPreviewAnswer allocationPreview(@Valid @RequestBody AllocationPreviewRequest request) {
    requireOfficerOrManagementGroup();
    List<AllocationRule.Line> lines = request.lines().stream().map(line -> new AllocationRule.Line(
        line == null ? null : line.reference(), line == null ? null : line.previousAllocation(),
        line == null ? null : line.grantThisYear(), line == null ? null : line.actualSpend(),
        line == null || line.exception() == null ? null
            : new AllocationRule.LineException(line.exception().kind(), line.exception().amount(), line.exception().reason())))
        .toList();
    AllocationRule.Preview preview = allocationRules.preview(request.fundingPercent(), lines);
    return new AllocationPreviewAnswer(preview.pot(), preview.allocated(), preview.headroom(), preview.overcommitted(),
        preview.lines().stream().map(p -> new LineAnswer(p.reference(), p.allocation(), p.basis(), p.explanation())).toList());
  }

  @PostMapping("/reallocation-preview")
  ReallocationWalk.Plan reallocationPreview(@Valid @RequestBody ReallocationPreviewRequest request) {
    requireOfficerOrManagementGroup();
    return ReallocationWalk.walk(request.amount(), request.policy() == null ? ReallocationWalk.Policy.SKIP : request.policy(),
        request.candidates().stream().map(c -> c == null ? null : new ReallocationWalk.Candidate(c.reference(), c.cost())).toList());
  }

  @GetMapping("/return-deadlines")
  List<DeadlineAnswer> returnDeadlines(@RequestParam String financialYear) {
    requireOfficerOrManagementGroup();
    return returnDeadlines.of(FinancialYearLabel.parse(financialYear)).stream()
        .map(d -> new DeadlineAnswer(d.quarter(), d.quarterEnd(), d.due(), d.lspDate(), d.lspDue(), d.lspNote())).toList();
  }

  /** The funded activities of a year, for the screens. */
  @GetMapping("/activities")
  List<AllocationService.FundedActivity> activities(@RequestParam String financialYear) {
    requireOfficerOrManagementGroup();
    return allocationService.funded(financialYear);
  }

  /** Every ABG year: its status, pot, allocated and unallocated amounts, and the meetings that approved it. */
  @GetMapping("/years")
  List<AllocationService.YearView> years() {
    return allocationService.years();
  }

  record ReturnAnswer(int quarter, String outcomeGroup, String reference, String activity, String leadOfficer, BigDecimal allocation,
      BigDecimal spendToDate, BigDecimal forecastOutturn, BigDecimal forecastBelowAllocation, String status) {}

  /** The lead officers' returns of a quarter (every monitored activity, received or not); without a quarter, of every quarter ended. */
  @GetMapping("/returns")
  List<ReturnAnswer> returns(@RequestParam String financialYear, @RequestParam(required = false) Integer quarter) {
    FinancialYearLabel year = FinancialYearLabel.parse(financialYear);
    List<Integer> quarters = quarter != null ? List.of(quarter)
        : java.util.stream.IntStream.rangeClosed(1, 4).filter(q -> year.quarterEnd(q).isBefore(
            org.childrenstrust.commissioning.shared.calendar.BusinessClock.today())).boxed().toList();
    return quarters.stream().flatMap(q -> quarterReports.rows(year.toString(), q).stream().map(r -> new ReturnAnswer(q, r.outcomeGroup(),
        r.reference(), r.activity(), r.leadOfficer(), r.allocation(), r.spendToDate(), r.forecastOutturn(), r.variance(),
        r.returnStatus()))).toList();
  }

  /** The Management Group's approved priority list in rank order (the only list underspends go to), then the items not ranked yet. */
  @GetMapping("/priority-list")
  List<PriorityListService.ListedItem> priorityList(@RequestParam String financialYear) {
    return priorityListService.listedItems(FinancialYearLabel.parse(financialYear).toString());
  }

  /** The Trust's consolidated return to the Local Strategic Partnership after a quarter: html, pdf or csv. */
  @GetMapping("/quarters/{quarter}/lsp-return.{format}")
  org.springframework.http.ResponseEntity<byte[]> lspReturn(@org.springframework.web.bind.annotation.PathVariable int quarter,
      @org.springframework.web.bind.annotation.PathVariable String format, @RequestParam String financialYear) {
    QuarterReports.requireQuarter(quarter);
    return AbgReportsApi.answer(quarterReports.lspReturn(AbgReportsApi.year(financialYear), quarter), format);
  }

  /**
   * The role is checked before the request is read, so a caller without it is refused (403) and
   * learns nothing from what validation would say about the body.
   */
  @ModelAttribute
  void onlyOfficersManagementGroupAndAdministrators() {
    requireOfficerOrManagementGroup();
  }

  private String requireOfficerOrManagementGroup() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(ALLOWED::contains)) {
      throw BusinessRuleViolation.forbidden("Only commissioning officers, Management Group members and administrators can use the ABG API.");
    }
    return user.getUserId();
  }
}
