package org.childrenstrust.commissioning.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.childrenstrust.commissioning.cycle.domain.Bid;
import org.childrenstrust.commissioning.cycle.domain.BidRepository;
import org.childrenstrust.commissioning.cycle.domain.Budget;
import org.childrenstrust.commissioning.cycle.domain.BudgetRepository;
import org.childrenstrust.commissioning.cycle.domain.CommissioningIntention;
import org.childrenstrust.commissioning.cycle.domain.CommissioningIntentionRepository;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.ContractRepository;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.CycleRecordRepository;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterest;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterestRepository;
import org.childrenstrust.commissioning.cycle.domain.DecommissioningPlan;
import org.childrenstrust.commissioning.cycle.domain.DecommissioningPlanRepository;
import org.childrenstrust.commissioning.cycle.domain.Evidence;
import org.childrenstrust.commissioning.cycle.domain.EvidenceRepository;
import org.childrenstrust.commissioning.cycle.domain.InvolvementRecord;
import org.childrenstrust.commissioning.cycle.domain.InvolvementRecordRepository;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturn;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturnRepository;
import org.childrenstrust.commissioning.cycle.domain.OptionAppraisal;
import org.childrenstrust.commissioning.cycle.domain.OptionAppraisalRepository;
import org.childrenstrust.commissioning.cycle.domain.Procurement;
import org.childrenstrust.commissioning.cycle.domain.ProcurementRepository;
import org.childrenstrust.commissioning.cycle.domain.SafeguardingCheck;
import org.childrenstrust.commissioning.cycle.domain.SafeguardingCheckRepository;
import org.childrenstrust.commissioning.cycle.domain.ServiceArea;
import org.childrenstrust.commissioning.cycle.domain.ServiceAreaRepository;
import org.childrenstrust.commissioning.cycle.domain.ServiceReview;
import org.childrenstrust.commissioning.cycle.domain.ServiceReviewRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commissioning cycle's rules: what each step records, through the entities' own transitions. */
@Service
@Transactional
class CycleService {

  /** The bodies of the structure, lowest first: a dispute goes one level up (Herefordshire §7). */
  static final String MANAGEMENT_GROUP = "ECG";
  static final String BOARD = "BOARD";

  record EvidenceRow(String kind, String title, String finding) {}

  record InvolvementRow(String who, String how, Integer howMany, String heldOn, String whatTheySaid, String whatChanged) {}

  record OptionRow(String title, Boolean currentService, BigDecimal cost, String benefit, String risk, Boolean preferred) {}

  record IntentionRow(String intention, String cyppPriority) {}

  record ContributionRow(String partner, BigDecimal amount) {}

  record DeclarationRow(String member, String interest, String detail) {}

  record BidRow(String provider, BigDecimal price, Integer qualityScore, String scoredBy, Integer youngPeoplesScore) {}

  record PlanInput(String workforce, String facilities, String providerConsultation, String userConsultation, String kindOfService,
      String market, String arrangement, String legalBasis, BigDecimal budgetTotal, List<OptionRow> options,
      List<IntentionRow> intentions, List<ContributionRow> contributions) {}

  record ReviewInput(String findings, String indicators, String usersViews, String valueForMoney, String recommendation, String reason,
      Boolean needRemains, LocalDate nextReviewOn) {}

  record ContractInput(String reference, String provider, BigDecimal value, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn) {}

  private final ServiceAreaRepository areas;
  private final CycleRecordRepository cycles;
  private final EvidenceRepository evidence;
  private final InvolvementRecordRepository involvement;
  private final OptionAppraisalRepository options;
  private final CommissioningIntentionRepository intentions;
  private final BudgetRepository budgets;
  private final DeclarationOfInterestRepository declarations;
  private final ProcurementRepository procurements;
  private final BidRepository bids;
  private final SafeguardingCheckRepository safeguardingChecks;
  private final ContractRepository contracts;
  private final MonitoringReturnRepository returns;
  private final ServiceReviewRepository reviews;
  private final DecommissioningPlanRepository decommissioningPlans;
  private final DecisionService decisionService;
  private final WorkingDays workingDays;
  private final int returnWorkingDays;

  CycleService(CycleRepositories repos, DecisionService decisionService, WorkingDays workingDays,
      @Value("${commissioning.cycle.return-working-days:10}") int returnWorkingDays) {
    this.areas = repos.areas;
    this.cycles = repos.cycles;
    this.evidence = repos.evidence;
    this.involvement = repos.involvement;
    this.options = repos.options;
    this.intentions = repos.intentions;
    this.budgets = repos.budgets;
    this.declarations = repos.declarations;
    this.procurements = repos.procurements;
    this.bids = repos.bids;
    this.safeguardingChecks = repos.safeguardingChecks;
    this.contracts = repos.contracts;
    this.returns = repos.returns;
    this.reviews = repos.reviews;
    this.decommissioningPlans = repos.decommissioningPlans;
    this.decisionService = decisionService;
    this.workingDays = workingDays;
    this.returnWorkingDays = returnWorkingDays;
  }

  // --- reading ---------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public CycleRecord cycle(Long id) {
    return cycles.findById(id).orElseThrow(() -> new NotFound("There is no commissioning cycle " + id + "."));
  }

  @Transactional(readOnly = true)
  public CycleRecord cycle(String reference) {
    return cycles.findByReference(reference).orElseThrow(() -> new NotFound("There is no commissioning cycle " + reference + "."));
  }

  ServiceArea area(String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessRuleViolation("Choose the service area.");
    }
    return areas.findByCode(code.strip().toUpperCase())
        .orElseThrow(() -> new BusinessRuleViolation("There is no service area '" + code.strip() + "'."));
  }

  Procurement procurement(CycleRecord cycle) {
    return procurements.findByCycle(cycle)
        .orElseThrow(() -> BusinessRuleViolation.conflict(cycle.getReference() + " has no procurement yet."));
  }

  Contract liveContract(CycleRecord cycle) {
    return contracts.findByCycle(cycle).stream().filter(c -> c.getStatus() == Contract.Status.LIVE).findFirst()
        .orElseThrow(() -> BusinessRuleViolation.conflict(cycle.getReference() + " has no live contract."));
  }

  ServiceReview latestReview(CycleRecord cycle) {
    return reviews.findByCycleOrderByIdDesc(cycle).stream().findFirst()
        .orElseThrow(() -> BusinessRuleViolation.conflict(cycle.getReference() + " has no service review yet."));
  }

  // --- Understand ------------------------------------------------------------------------

  /** A new round: the first of a service area, or the next after {@code previous}, at Understand. */
  CycleRecord open(String areaCode, String financialYear, CycleRecord previous) {
    ServiceArea area = area(areaCode);
    if (previous == null) {
      cycles.findByServiceAreaOrderByRoundDesc(area).stream().filter(c -> c.getStage() != CycleRecord.Stage.CLOSED).findFirst()
          .ifPresent(open -> {
            throw BusinessRuleViolation.conflict(area.getName() + " is already going round the cycle: " + open.getReference() + " is at "
                + open.getStage().name().toLowerCase() + ".");
          });
    }
    CycleRecord cycle = new CycleRecord(area, financialYear, previous);
    if (cycles.findByReference(cycle.getReference()).isPresent()) {
      throw BusinessRuleViolation.conflict("There is already a cycle " + cycle.getReference() + ".");
    }
    return cycles.save(cycle);
  }

  void assessNeeds(Long cycleId, String summary, String provision, String spend, String outcomes, List<EvidenceRow> evidenceRows,
      List<InvolvementRow> involvementRows, String by) {
    CycleRecord cycle = cycle(cycleId);
    List<Evidence> newEvidence = new ArrayList<>();
    for (EvidenceRow row : evidenceRows) {
      newEvidence.add(new Evidence(cycle, FormChoices.choice(Evidence.Kind.class, row.kind(), "The kind of evidence"), row.title(),
          row.finding()));
    }
    List<InvolvementRecord> newInvolvement = new ArrayList<>();
    for (InvolvementRow row : involvementRows) {
      newInvolvement.add(new InvolvementRecord(cycle, FormChoices.choice(InvolvementRecord.Who.class, row.who(), "Who was involved"),
          row.how(), row.howMany(), FormChoices.date(row.heldOn(), "When they were involved"), row.whatTheySaid(), row.whatChanged(), by,
          BusinessClock.today()));
    }
    long families = newInvolvement.stream().filter(i -> i.getWho().family()).count();
    cycle.assessNeeds(summary, provision, spend, outcomes, newEvidence.size(), families);
    evidence.deleteAll(evidence.findByCycleOrderById(cycle));
    involvement.deleteAll(involvement.findByCycleOrderByHeldOn(cycle));
    evidence.saveAll(newEvidence);
    involvement.saveAll(newInvolvement);
  }

  void startedAs(Long cycleId, String processInstanceId) {
    cycle(cycleId).startedAs(processInstanceId);
  }

  ServiceArea addArea(ServiceArea area) {
    return areas.findByCode(area.getCode()).orElseGet(() -> areas.save(area));
  }

  boolean scrutinise(Long cycleId, boolean accepted, String comments, String by) {
    cycle(cycleId).scrutinise(accepted, comments, by);
    return accepted;
  }

  // --- Plan ------------------------------------------------------------------------------

  void plan(Long cycleId, PlanInput input) {
    CycleRecord cycle = cycle(cycleId);
    List<OptionAppraisal> appraised = new ArrayList<>();
    for (OptionRow row : input.options()) {
      appraised.add(new OptionAppraisal(cycle, row.title(), Boolean.TRUE.equals(row.currentService()), row.cost(), row.benefit(),
          row.risk(), Boolean.TRUE.equals(row.preferred())));
    }
    if (appraised.size() < 2) {
      throw new BusinessRuleViolation("Appraise at least two options, one of them the current service.");
    }
    if (appraised.stream().filter(OptionAppraisal::isCurrentService).count() != 1) {
      throw new BusinessRuleViolation("Mark exactly one option as the current service (the option of carrying on as now).");
    }
    if (appraised.stream().filter(OptionAppraisal::isPreferred).count() != 1) {
      throw new BusinessRuleViolation("Mark exactly one option as the preferred option.");
    }
    List<CommissioningIntention> intended = new ArrayList<>();
    for (IntentionRow row : input.intentions()) {
      intended.add(new CommissioningIntention(cycle, row.intention(), row.cyppPriority()));
    }
    if (intended.isEmpty()) {
      throw new BusinessRuleViolation("Write at least one commissioning intention, linked to the CYPP priority it serves.");
    }
    Budget.Arrangement arrangement = FormChoices.choice(Budget.Arrangement.class, input.arrangement(), "The budget arrangement");
    Budget.LegalBasis basis = FormChoices.choice(Budget.LegalBasis.class, input.legalBasis(), "The legal basis of the pool");
    List<Budget.Share> shares = input.contributions().stream().map(c -> new Budget.Share(c.partner(), c.amount())).toList();
    Budget budget = budgets.findByCycle(cycle).orElse(null);
    if (budget == null) {
      budget = new Budget(cycle, arrangement, basis, input.budgetTotal(), shares);
    } else {
      budget.change(arrangement, basis, input.budgetTotal(), shares);
    }
    cycle.plan(input.workforce(), input.facilities(), input.providerConsultation(), input.userConsultation(),
        FormChoices.choice(CycleRecord.KindOfService.class, input.kindOfService(), "The kind of service"),
        FormChoices.choice(CycleRecord.Market.class, input.market(), "The market"));
    budgets.save(budget);
    options.deleteByCycle(cycle);
    intentions.deleteByCycle(cycle);
    options.saveAll(appraised);
    intentions.saveAll(intended);
  }

  boolean endorse(Long cycleId, boolean endorsed, String comments, String by) {
    cycle(cycleId).endorsePlan(endorsed, comments, by);
    return endorsed;
  }

  /** The body the CycleDecidingBody table names for the plan's value and arrangement (the host outcome group resolved to its code). */
  String chooseDecidingBody(Long cycleId) {
    CycleRecord cycle = cycle(cycleId);
    Budget budget = budgets.findByCycle(cycle).orElseThrow(() -> BusinessRuleViolation.conflict(cycle.getReference() + " has no budget."));
    DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(CycleProcess.DECIDING_BODY_DECISION,
        Variables.createVariables().putValue("value", budget.getTotal().doubleValue())
            .putValue("arrangement", budget.getArrangement().name())).getSingleResult();
    String body = result.getEntry("body");
    String code = "HOST_OUTCOME_GROUP".equals(body) ? cycle.getServiceArea().hostBodyCode() : body;
    cycle.decidedBy(code);
    return code;
  }

  /** Declarations before a decision: every member answers; those with an interest take no part. */
  List<DeclarationOfInterest> recordDeclarations(Long cycleId, DeclarationOfInterest.Occasion occasion, List<DeclarationRow> rows) {
    CycleRecord cycle = cycle(cycleId);
    if (rows.isEmpty()) {
      throw new BusinessRuleViolation("Record each member's declaration (or 'none') before the decision.");
    }
    Set<String> members = new HashSet<>();
    List<DeclarationOfInterest> made = new ArrayList<>();
    for (DeclarationRow row : rows) {
      DeclarationOfInterest declaration = new DeclarationOfInterest(cycle, occasion, row.member(),
          FormChoices.choice(DeclarationOfInterest.Interest.class, row.interest(), "The interest of " + row.member()), row.detail(),
          BusinessClock.now());
      if (!members.add(declaration.getMember().toLowerCase())) {
        throw new BusinessRuleViolation(declaration.getMember() + " is listed twice: one declaration each.");
      }
      made.add(declaration);
    }
    if (made.stream().noneMatch(DeclarationOfInterest::takesPart)) {
      throw new BusinessRuleViolation("Every member listed has declared an interest: nobody is left to take part. Add the members without"
          + " an interest, or refer the decision to the next level.");
    }
    return declarations.saveAll(made);
  }

  void planDecided(Long cycleId, String outcome, String meeting, String rationale) {
    cycle(cycleId).planDecided(!"REJECTED".equals(outcome), meeting, rationale);
  }

  /** The next level of the structure above {@code body}: outcome group, Management Group, Board. */
  static String nextLevel(String body) {
    if (BOARD.equals(body)) {
      return null;
    }
    return MANAGEMENT_GROUP.equals(body) ? BOARD : MANAGEMENT_GROUP;
  }

  /** A rejection is reworked, or disputed to the next level; returns the body now deciding, or null when reworked. */
  String respond(Long cycleId, String response, String disputeReason) {
    CycleRecord cycle = cycle(cycleId);
    if (CycleProcess.REWORK.equals(response)) {
      return null;
    }
    if (!CycleProcess.DISPUTE.equals(response)) {
      throw new BusinessRuleViolation("Choose whether to rework it or to dispute the decision.");
    }
    if (disputeReason == null || disputeReason.isBlank()) {
      throw new BusinessRuleViolation("Say why the decision is disputed: the next level reads it.");
    }
    String next = nextLevel(cycle.getDecidingBody());
    if (next == null) {
      throw BusinessRuleViolation.conflict("The Children's Trust Board decided: it is the top of the structure, so the decision stands."
          + " Rework it instead.");
    }
    cycle.decidedBy(next);
    return next;
  }

  // --- Do --------------------------------------------------------------------------------

  Procurement chooseProcurementRoute(Long cycleId) {
    CycleRecord cycle = cycle(cycleId);
    if (procurements.findByCycle(cycle).isPresent()) {
      return procurement(cycle);
    }
    Budget budget = budgets.findByCycle(cycle).orElseThrow(() -> BusinessRuleViolation.conflict(cycle.getReference() + " has no budget."));
    DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey(CycleProcess.PROCUREMENT_ROUTE_DECISION,
        Variables.createVariables().putValue("value", budget.getTotal().doubleValue())
            .putValue("kindOfService", cycle.getKindOfService().name()).putValue("market", cycle.getMarket().name()))
        .getSingleResult();
    return procurements.save(new Procurement(cycle, budget.getTotal(), Procurement.Route.valueOf(result.getEntry("route")),
        result.getEntry("rationale")));
  }

  /** Evaluators declare before they see the bids; returns the members left on the panel. */
  List<String> declareEvaluators(Long cycleId, List<DeclarationRow> rows) {
    CycleRecord cycle = cycle(cycleId);
    Procurement procurement = procurement(cycle);
    if (procurement.getStatus() != Procurement.Status.PANEL) {
      throw BusinessRuleViolation.conflict("The bids have been seen: evaluators declare their interests before the evaluation.");
    }
    return recordDeclarations(cycleId, DeclarationOfInterest.Occasion.EVALUATION, rows).stream().filter(DeclarationOfInterest::takesPart)
        .map(DeclarationOfInterest::getMember).toList();
  }

  List<DeclarationOfInterest> evaluationPanel(CycleRecord cycle) {
    return declarations.findByCycleAndOccasionOrderById(cycle, DeclarationOfInterest.Occasion.EVALUATION);
  }

  void evaluate(Long cycleId, List<BidRow> rows, String preferredProvider) {
    CycleRecord cycle = cycle(cycleId);
    Procurement procurement = procurement(cycle);
    Map<String, DeclarationOfInterest> panel = new java.util.HashMap<>();
    evaluationPanel(cycle).forEach(d -> panel.put(d.getMember().toLowerCase(), d));
    List<Bid> scored = new ArrayList<>();
    for (BidRow row : rows) {
      String evaluator = row.scoredBy() == null ? "" : row.scoredBy().strip();
      DeclarationOfInterest declaration = panel.get(evaluator.toLowerCase());
      if (declaration == null) {
        throw BusinessRuleViolation.forbidden((evaluator.isEmpty() ? "The evaluator" : evaluator) + " has not declared their interests:"
            + " evaluators declare before they see the bids, so their scores cannot be recorded.");
      }
      if (!declaration.takesPart()) {
        throw BusinessRuleViolation.forbidden(declaration.getMember() + " declared a " + declaration.getInterest().name().toLowerCase()
            .replace('_', '-') + " interest and was taken off the panel: their scores cannot be recorded.");
      }
      scored.add(new Bid(procurement, row.provider(), row.price(), row.qualityScore(), declaration.getMember(), row.youngPeoplesScore()));
    }
    if (scored.isEmpty()) {
      throw new BusinessRuleViolation("Record the bids and the panel's scores.");
    }
    String preferred = preferredProvider == null ? null : preferredProvider.strip();
    if (scored.stream().noneMatch(b -> b.getProvider().equals(preferred))) {
      throw new BusinessRuleViolation("The preferred provider is one of the bidders.");
    }
    boolean failedBefore = safeguardingChecks.findByProcurementOrderByCheckedAtDesc(procurement).stream()
        .anyMatch(c -> !c.isPassed() && c.getProvider().equals(preferred));
    if (failedBefore) {
      throw new BusinessRuleViolation(preferred + " failed the safeguarding check: prefer another provider.");
    }
    procurement.evaluated(preferred);
    bids.deleteByProcurement(procurement);
    bids.saveAll(scored);
  }

  boolean checkSafeguarding(Long cycleId, String result, String note, String by) {
    Procurement procurement = procurement(cycle(cycleId));
    if (!CycleProcess.PASS.equals(result) && !CycleProcess.FAIL.equals(result)) {
      throw new BusinessRuleViolation("Say whether the provider passed the safeguarding check.");
    }
    SafeguardingCheck check = new SafeguardingCheck(procurement, CycleProcess.PASS.equals(result), note, by, BusinessClock.now());
    procurement.safeguardingChecked(check);
    safeguardingChecks.save(check);
    return check.isPassed();
  }

  Contract award(Long cycleId, ContractInput input) {
    CycleRecord cycle = cycle(cycleId);
    Procurement procurement = procurement(cycle);
    procurement.award(input.provider() == null ? "" : input.provider().strip());
    if (input.reference() != null && contracts.findByReference(input.reference().strip()).isPresent()) {
      throw BusinessRuleViolation.conflict("The register already has a contract " + input.reference().strip() + ".");
    }
    Contract contract = new Contract(cycle, input.reference(), input.provider(), input.value(), input.startsOn(), input.endsOn(),
        input.reviewOn());
    cycle.contractAwarded();
    return contracts.save(contract);
  }

  // --- Review ----------------------------------------------------------------------------

  /** The quarter's return (once per contract and quarter), due the configured working days after the quarter end. */
  MonitoringReturn openReturn(Long cycleId, LocalDate quarterEnd) {
    Contract contract = liveContract(cycle(cycleId));
    return returns.findByContractAndQuarterEnd(contract, quarterEnd)
        .orElseGet(() -> returns.save(new MonitoringReturn(contract, quarterEnd, returnDue(quarterEnd))));
  }

  /**
   * The quarter a return is asked for now: the oldest quarter end of the live contract, from its
   * start up to the last quarter end before today (and not after its end), whose return is not
   * yet in; the last quarter end when every return is in. A return left open across a quarter end,
   * or a quarter-end timer run late, does not lose the earlier quarter.
   */
  LocalDate quarterAskedFor(Long cycleId, LocalDate today) {
    LocalDate latest = CycleRules.lastQuarterEnd(today);
    Contract contract = liveContract(cycle(cycleId));
    LocalDate last = contract.getEndsOn() == null ? latest : java.util.Collections.min(List.of(latest, CycleRules.quarterEndOf(contract.getEndsOn())));
    java.util.Set<LocalDate> submitted = new java.util.HashSet<>();
    returns.findByContractOrderByQuarterEnd(contract).stream().filter(r -> r.getSubmittedAt() != null).forEach(r -> submitted.add(r.getQuarterEnd()));
    for (LocalDate q = CycleRules.quarterEndOf(contract.getStartsOn()); !q.isAfter(last); q = CycleRules.quarterEndOf(q.plusDays(1))) {
      if (!submitted.contains(q)) {
        return q;
      }
    }
    return latest;
  }

  int returnWorkingDays() {
    return returnWorkingDays;
  }

  LocalDate returnDue(LocalDate quarterEnd) {
    return workingDays.plusWorkingDays(quarterEnd, returnWorkingDays);
  }

  void submitReturn(Long cycleId, LocalDate quarterEnd, BigDecimal spend, String commentary) {
    openReturn(cycleId, quarterEnd).submit(spend, commentary, BusinessClock.now());
  }

  ServiceReview review(Long cycleId, ReviewInput input, String by) {
    CycleRecord cycle = cycle(cycleId);
    Contract contract = contracts.findByCycle(cycle).stream().filter(c -> c.getStatus() == Contract.Status.LIVE).findFirst().orElse(null);
    return reviews.save(new ServiceReview(cycle, contract, input.findings(), input.indicators(), input.usersViews(), input.valueForMoney(),
        FormChoices.choice(ServiceReview.Recommendation.class, input.recommendation(), "The recommendation"),
        FormChoices.choice(ServiceReview.Reason.class, input.reason(), "The reason for decommissioning"), input.needRemains(),
        input.nextReviewOn(), by, BusinessClock.now()));
  }

  void reviewDecided(Long cycleId, String outcome, String meeting) {
    latestReview(cycle(cycleId)).decided(outcome, meeting);
  }

  void continueService(Long cycleId) {
    CycleRecord cycle = cycle(cycleId);
    liveContract(cycle).nextReviewOn(latestReview(cycle).getNextReviewOn());
  }

  void planDecommissioning(Long cycleId, String notice, String transition, String communication, String by) {
    CycleRecord cycle = cycle(cycleId);
    DecommissioningPlan plan = new DecommissioningPlan(cycle, notice, transition, communication, by);
    if (decommissioningPlans.findByCycle(cycle).isPresent()) {
      throw BusinessRuleViolation.conflict(cycle.getReference() + " already has its decommissioning plan.");
    }
    decommissioningPlans.save(plan);
  }

  /** Closes this round; the contract is not renewed. */
  void close(Long cycleId, String reason) {
    CycleRecord cycle = cycle(cycleId);
    contracts.findByCycle(cycle).forEach(Contract::ending);
    cycle.close(reason);
  }

  /**
   * The next round at Understand, linked to this one, with this round's review findings as its
   * first evidence; closes this round. Idempotent: a retry finds the round already opened.
   */
  CycleRecord openNextCycle(Long cycleId) {
    CycleRecord cycle = cycle(cycleId);
    ServiceReview review = latestReview(cycle);
    CycleRecord existing = cycles.findByServiceAreaOrderByRoundDesc(cycle.getServiceArea()).stream()
        .filter(c -> c.getPrevious() != null && c.getPrevious().getId().equals(cycle.getId())).findFirst().orElse(null);
    if (existing != null) {
      return existing;
    }
    close(cycleId, review.getRecommendation() == ServiceReview.Recommendation.RECOMMISSION ? "Re-commissioned"
        : "Decommissioned; the need remains");
    String year = nextYear(cycle.getFinancialYear(), BusinessClock.today());
    CycleRecord next = cycles.save(new CycleRecord(cycle.getServiceArea(), year, cycle));
    evidence.save(new Evidence(next, Evidence.Kind.PREVIOUS_REVIEW, "Service review of " + cycle.getReference()
        + (review.getReason() == null ? "" : " (" + review.getReason().name().toLowerCase() + ")"), review.getFindings()));
    return next;
  }

  /** The financial year the next round belongs to: today's (April to March), never before the previous round's. */
  static String nextYear(String previousYear, LocalDate today) {
    int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    start = Math.max(start, Integer.parseInt(previousYear.substring(0, 4)));
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }
}
