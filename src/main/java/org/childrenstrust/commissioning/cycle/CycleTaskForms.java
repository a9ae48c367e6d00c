package org.childrenstrust.commissioning.cycle;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childrenstrust.commissioning.cycle.CycleService.BidRow;
import org.childrenstrust.commissioning.cycle.CycleService.ContractInput;
import org.childrenstrust.commissioning.cycle.CycleService.ContributionRow;
import org.childrenstrust.commissioning.cycle.CycleService.DeclarationRow;
import org.childrenstrust.commissioning.cycle.CycleService.EvidenceRow;
import org.childrenstrust.commissioning.cycle.CycleService.IntentionRow;
import org.childrenstrust.commissioning.cycle.CycleService.InvolvementRow;
import org.childrenstrust.commissioning.cycle.CycleService.OptionRow;
import org.childrenstrust.commissioning.cycle.CycleService.PlanInput;
import org.childrenstrust.commissioning.cycle.CycleService.ReviewInput;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterest;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturn;
import org.childrenstrust.commissioning.cycle.domain.Procurement;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.platform.process.TaskForm;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One small bean per user task of the CommissioningCycle: what the form shows, and what it saves. */
@Configuration
class CycleTaskForms {

  private final CycleService cycles;
  private final CycleRepositories repos;
  private final CycleRules rules;
  private final WorkingDays workingDays;
  private final int taskWorkingDays;

  CycleTaskForms(CycleService cycles, CycleRepositories repos, CycleRules rules, WorkingDays workingDays,
      @Value("${commissioning.cycle.task-working-days:10}") int taskWorkingDays) {
    this.cycles = cycles;
    this.repos = repos;
    this.rules = rules;
    this.workingDays = workingDays;
    this.taskWorkingDays = taskWorkingDays;
  }

  private CycleRecord cycle(DelegateTask task) {
    return cycles.cycle(CycleDelegates.cycleId(task));
  }

  /** Names the task after the area and year, due the configured working days from today. */
  private CycleRecord describe(DelegateTask task) {
    CycleRecord cycle = cycle(task);
    TaskSubject.describe(task, rules.subjectOf(cycle), workingDays.plusWorkingDays(BusinessClock.today(), taskWorkingDays));
    return cycle;
  }

  private static void setFlag(DelegateTask task, String name, Object value) {
    task.getExecution().setVariable(name, value);
  }

  private static String header(CycleRecord cycle) {
    return cycle.getServiceArea().getName() + " (" + cycle.getReference() + "), " + cycle.getServiceArea().getLevel().name().toLowerCase()
        + " commissioning. Lead: " + cycle.getServiceArea().getLeadName() + ". CYPP priority: " + cycle.getServiceArea().getCyppPriority() + ".";
  }

  private String needsText(CycleRecord cycle) {
    StringBuilder text = new StringBuilder(header(cycle)).append("\n\nNeeds: ").append(cycle.getNeedsSummary())
        .append("\nCurrent provision: ").append(cycle.getCurrentProvision()).append("\nEach partner's spend: ").append(cycle.getPartnerSpend())
        .append("\nOutcomes wanted: ").append(cycle.getOutcomesWanted());
    repos.evidence.findByCycleOrderById(cycle).forEach(e -> text.append("\nEvidence (").append(e.getKind().name().toLowerCase().replace('_', ' '))
        .append("): ").append(e.getTitle()).append(" - ").append(e.getFinding()));
    repos.involvement.findByCycleOrderByHeldOn(cycle).forEach(i -> text.append("\nInvolvement: ").append(i.getHowMany()).append(" ")
        .append(i.getWho().name().toLowerCase().replace('_', ' ')).append(", ").append(i.getHow()).append(" (").append(i.getHeldOn())
        .append("). They said: ").append(i.getWhatTheySaid()).append(" What changed: ").append(i.getWhatChanged()));
    return FormData.formText(text.toString());
  }

  // --- Understand ------------------------------------------------------------------------

  @Bean
  TaskForm assessNeedsForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      TaskSubject.backToWhoeverDid(task, "Task_AssessNeeds");
      task.setVariableLocal(CycleProcess.SUMMARY, header(cycle) + (cycle.getNeedsFeedback() == null ? ""
          : "\n\nThe host outcome group asked for more: " + cycle.getNeedsFeedback()));
      task.setVariableLocal(CycleProcess.NEEDS_SUMMARY, cycle.getNeedsSummary());
      task.setVariableLocal(CycleProcess.CURRENT_PROVISION, cycle.getCurrentProvision());
      task.setVariableLocal(CycleProcess.PARTNER_SPEND, cycle.getPartnerSpend());
      task.setVariableLocal(CycleProcess.OUTCOMES_WANTED, cycle.getOutcomesWanted());
      FormData.putList(task, CycleProcess.EVIDENCE, repos.evidence.findByCycleOrderById(cycle).stream()
          .map(e -> new EvidenceRow(e.getKind().name(), e.getTitle(), e.getFinding())).toList());
      FormData.putList(task, CycleProcess.INVOLVEMENT, repos.involvement.findByCycleOrderByHeldOn(cycle).stream()
          .map(i -> new InvolvementRow(i.getWho().name(), i.getHow(), i.getHowMany(), i.getHeldOn().toString(), i.getWhatTheySaid(),
              i.getWhatChanged())).toList());
    }, task -> cycles.assessNeeds(CycleDelegates.cycleId(task), FormData.text(task, CycleProcess.NEEDS_SUMMARY),
        FormData.text(task, CycleProcess.CURRENT_PROVISION), FormData.text(task, CycleProcess.PARTNER_SPEND),
        FormData.text(task, CycleProcess.OUTCOMES_WANTED), FormData.list(task, CycleProcess.EVIDENCE, EvidenceRow.class),
        FormData.list(task, CycleProcess.INVOLVEMENT, InvolvementRow.class), FormData.currentUser(task)));
  }

  @Bean
  TaskForm scrutiniseNeedsForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      task.setVariableLocal(CycleProcess.SUMMARY, needsText(cycle));
      task.getExecution().removeVariable(CycleProcess.CHOICE);
      task.getExecution().removeVariable(CycleProcess.COMMENTS);
    }, task -> {
      String choice = FormData.text(task, CycleProcess.CHOICE);
      ApprovalChoice answer = ApprovalChoice.read(CycleProcess.ACCEPT.equals(choice) ? ApprovalChoice.APPROVE
          : CycleProcess.MORE.equals(choice) ? ApprovalChoice.RETURN : choice, FormData.text(task, CycleProcess.COMMENTS),
          "the needs assessment", "the Commissioner");
      setFlag(task, CycleProcess.NEEDS_ACCEPTED, cycles.scrutinise(CycleDelegates.cycleId(task), answer.approved(),
          FormData.text(task, CycleProcess.COMMENTS), FormData.currentUser(task)));
    });
  }

  // --- Plan ------------------------------------------------------------------------------

  @Bean
  TaskForm draftPlanForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      TaskSubject.backToWhoeverDid(task, "Task_DraftPlan");
      String returned = cycle.getPlanFeedback() != null && cycle.getPlanEndorsedBy() == null
          ? "\n\nReturned by the host outcome group: " + cycle.getPlanFeedback() : "";
      String rejected = cycle.getPlanDecisionRationale() != null
          ? "\n\nDecision (" + cycle.getPlanDecisionMeeting() + "): " + cycle.getPlanDecisionRationale() : "";
      task.setVariableLocal(CycleProcess.SUMMARY, FormData.formText(needsText(cycle) + returned + rejected));
      task.setVariableLocal(CycleProcess.WORKFORCE, cycle.getWorkforce());
      task.setVariableLocal(CycleProcess.FACILITIES, cycle.getFacilities());
      task.setVariableLocal(CycleProcess.PROVIDER_CONSULTATION, cycle.getProviderConsultation());
      task.setVariableLocal(CycleProcess.USER_CONSULTATION, cycle.getUserConsultation());
      task.setVariableLocal(CycleProcess.KIND_OF_SERVICE, cycle.getKindOfService() == null ? null : cycle.getKindOfService().name());
      task.setVariableLocal(CycleProcess.MARKET, cycle.getMarket() == null ? null : cycle.getMarket().name());
      FormData.putList(task, CycleProcess.OPTIONS, repos.options.findByCycle(cycle).stream().map(o -> new OptionRow(o.getTitle(),
          o.isCurrentService(), o.getCost(), o.getBenefit(), o.getRisk(), o.isPreferred())).toList());
      FormData.putList(task, CycleProcess.INTENTIONS, repos.intentions.findByCycle(cycle).stream()
          .map(i -> new IntentionRow(i.getIntention(), i.getCyppPriority())).toList());
      repos.budgets.findByCycle(cycle).ifPresentOrElse(b -> {
        task.setVariableLocal(CycleProcess.ARRANGEMENT, b.getArrangement().name());
        task.setVariableLocal(CycleProcess.LEGAL_BASIS, b.getLegalBasis() == null ? null : b.getLegalBasis().name());
        task.setVariableLocal(CycleProcess.BUDGET_TOTAL, b.getTotal().doubleValue());
        FormData.putList(task, CycleProcess.CONTRIBUTIONS, b.getContributions().stream()
            .map(c -> new ContributionRow(c.getPartner(), c.getAmount())).toList());
      }, () -> FormData.putList(task, CycleProcess.CONTRIBUTIONS, List.of()));
    }, task -> cycles.plan(CycleDelegates.cycleId(task), new PlanInput(FormData.text(task, CycleProcess.WORKFORCE),
        FormData.text(task, CycleProcess.FACILITIES), FormData.text(task, CycleProcess.PROVIDER_CONSULTATION),
        FormData.text(task, CycleProcess.USER_CONSULTATION), FormData.text(task, CycleProcess.KIND_OF_SERVICE),
        FormData.text(task, CycleProcess.MARKET), FormData.text(task, CycleProcess.ARRANGEMENT), FormData.text(task, CycleProcess.LEGAL_BASIS),
        amount(task, CycleProcess.BUDGET_TOTAL), FormData.list(task, CycleProcess.OPTIONS, OptionRow.class),
        FormData.list(task, CycleProcess.INTENTIONS, IntentionRow.class), FormData.list(task, CycleProcess.CONTRIBUTIONS, ContributionRow.class))));
  }

  static BigDecimal amount(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new org.childrenstrust.commissioning.shared.errors.InvalidProcessInput("'" + value + "' is not an amount of pounds and pence.");
    }
  }

  private String planText(CycleRecord cycle) {
    StringBuilder text = new StringBuilder(needsText(cycle));
    text.append("\n\nWorkforce: ").append(cycle.getWorkforce()).append("\nFacilities: ").append(cycle.getFacilities())
        .append("\nConsultation with providers: ").append(cycle.getProviderConsultation())
        .append("\nConsultation with service users: ").append(cycle.getUserConsultation());
    repos.options.findByCycle(cycle).forEach(o -> text.append("\nOption").append(o.isPreferred() ? " (preferred)" : "")
        .append(o.isCurrentService() ? " (current service)" : "").append(": ").append(o.getTitle()).append(", ").append(Money.format(o.getCost()))
        .append("; benefit: ").append(o.getBenefit()).append("; risk: ").append(o.getRisk()));
    repos.intentions.findByCycle(cycle).forEach(i -> text.append("\nIntention: ").append(i.getIntention()).append(" (CYPP: ")
        .append(i.getCyppPriority()).append(")"));
    repos.budgets.findByCycle(cycle).ifPresent(b -> text.append("\nBudget: ").append(CycleRules.budgetText(b)));
    return FormData.formText(text.toString());
  }

  @Bean
  TaskForm endorsePlanForm() {
    return TaskForm.of(task -> {
      task.setVariableLocal(CycleProcess.SUMMARY, planText(describe(task)));
      task.getExecution().removeVariable(CycleProcess.CHOICE);
      task.getExecution().removeVariable(CycleProcess.COMMENTS);
    }, task -> {
      ApprovalChoice answer = ApprovalChoice.read(FormData.text(task, CycleProcess.CHOICE), FormData.text(task, CycleProcess.COMMENTS),
          "the plan", "the Commissioner");
      setFlag(task, CycleProcess.PLAN_ENDORSED, cycles.endorse(CycleDelegates.cycleId(task), answer.approved(),
          FormData.text(task, CycleProcess.COMMENTS), FormData.currentUser(task)));
    });
  }

  @Bean
  TaskForm recordDeclarationsForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      boolean review = "Task_RecordReviewDeclarations".equals(task.getTaskDefinitionKey());
      task.setVariableLocal(CycleProcess.SUMMARY, "Deciding body: " + cycle.getDecidingBody() + ". Item: "
          + rules.decisionSubject(cycle.getId(), review ? "review" : "plan") + ".\nRecord every member's declaration before the decision"
          + " (interest 'none' for a member with no interest). A member with a personal, financial or service-related interest takes no"
          + " part in the item; the agenda says so.");
      FormData.putList(task, CycleProcess.DECLARATIONS, List.of());
    }, task -> cycles.recordDeclarations(CycleDelegates.cycleId(task),
        "Task_RecordReviewDeclarations".equals(task.getTaskDefinitionKey()) ? DeclarationOfInterest.Occasion.REVIEW_DECISION
            : DeclarationOfInterest.Occasion.PLAN_DECISION,
        FormData.list(task, CycleProcess.DECLARATIONS, DeclarationRow.class)));
  }

  private TaskForm respondToDecision(String kind) {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      String next = CycleService.nextLevel(cycle.getDecidingBody());
      task.setVariableLocal(CycleProcess.SUMMARY, rules.decisionSubject(cycle.getId(), kind) + "\n\nRejected by " + cycle.getDecidingBody()
          + " (" + FormData.text(task, CycleProcess.DECISION_MEETING) + "): " + FormData.text(task, CycleProcess.DECISION_RATIONALE)
          + "\n\n" + (next == null ? "The Board is the top of the structure: its decision stands, so rework it."
              : "You may rework it, or dispute the decision: it then goes to " + next + ", the next level of the structure."));
    }, task -> setFlag(task, CycleProcess.DISPUTED, disputed(task)));
  }

  private boolean disputed(DelegateTask task) {
    String body = cycles.respond(CycleDelegates.cycleId(task), FormData.text(task, CycleProcess.RESPONSE),
        FormData.text(task, CycleProcess.DISPUTE_REASON));
    if (body != null) {
      task.getExecution().setVariable(CycleProcess.DECIDING_BODY, body);
    }
    return body != null;
  }

  @Bean
  TaskForm respondToPlanDecisionForm() {
    return respondToDecision("plan");
  }

  @Bean
  TaskForm respondToReviewDecisionForm() {
    return respondToDecision("review");
  }

  // --- Do --------------------------------------------------------------------------------

  private String procurementText(CycleRecord cycle) {
    Procurement procurement = cycles.procurement(cycle);
    return header(cycle) + "\n\nProcurement route: " + procurement.getRoute().name().toLowerCase().replace('_', ' ') + " ("
        + procurement.getRouteRationale() + "). Estimated value " + Money.format(procurement.getEstimatedValue()) + ".";
  }

  @Bean
  TaskForm declareEvaluatorInterestsForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      task.setVariableLocal(CycleProcess.SUMMARY, procurementText(cycle) + "\n\nEvery evaluator declares here, before seeing the bids."
          + " An evaluator with an interest is taken off the panel.");
      FormData.putList(task, CycleProcess.EVALUATORS, List.of());
    }, task -> cycles.declareEvaluators(CycleDelegates.cycleId(task), FormData.list(task, CycleProcess.EVALUATORS, DeclarationRow.class)));
  }

  @Bean
  TaskForm evaluateBidsForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      String panel = cycles.evaluationPanel(cycle).stream().map(d -> d.getMember() + (d.takesPart() ? ""
          : " (taken off the panel: " + d.getInterest().name().toLowerCase().replace('_', '-') + " interest)")).collect(Collectors.joining(", "));
      String failed = repos.safeguardingChecks.findByProcurementOrderByCheckedAtDesc(cycles.procurement(cycle)).stream()
          .filter(c -> !c.isPassed()).map(c -> "\nFailed the safeguarding check: " + c.getProvider() + " (" + c.getNote() + ")")
          .collect(Collectors.joining());
      task.setVariableLocal(CycleProcess.SUMMARY, procurementText(cycle) + "\n\nPanel: " + panel + failed);
      FormData.putList(task, CycleProcess.BIDS, repos.bids.findByProcurementOrderById(cycles.procurement(cycle)).stream()
          .map(b -> new BidRow(b.getProvider(), b.getPrice(), b.getQualityScore(), b.getScoredBy(), b.getYoungPeoplesScore())).toList());
    }, task -> cycles.evaluate(CycleDelegates.cycleId(task), FormData.list(task, CycleProcess.BIDS, BidRow.class),
        FormData.text(task, CycleProcess.PREFERRED_PROVIDER)));
  }

  @Bean
  TaskForm checkSafeguardingForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      task.setVariableLocal(CycleProcess.SUMMARY, procurementText(cycle) + "\n\nPreferred provider: "
          + cycles.procurement(cycle).getPreferredProvider() + ". Check it against the Herefordshire Safeguarding Children Board's policies"
          + " and procedures: no award without a pass.");
    }, task -> setFlag(task, CycleProcess.SAFEGUARDING_PASSED, cycles.checkSafeguarding(CycleDelegates.cycleId(task),
        FormData.text(task, CycleProcess.SAFEGUARDING_RESULT), FormData.text(task, CycleProcess.SAFEGUARDING_NOTE), FormData.currentUser(task))));
  }

  @Bean
  TaskForm awardContractForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      Procurement procurement = cycles.procurement(cycle);
      task.setVariableLocal(CycleProcess.SUMMARY, procurementText(cycle) + "\n\nCleared provider: " + procurement.getPreferredProvider() + ".");
      task.setVariableLocal(CycleProcess.CONTRACT_REFERENCE, cycle.getReference() + "-C1");
      task.setVariableLocal(CycleProcess.PROVIDER, procurement.getPreferredProvider());
      task.setVariableLocal(CycleProcess.CONTRACT_VALUE, procurement.getEstimatedValue().doubleValue());
    }, task -> cycles.award(CycleDelegates.cycleId(task), new ContractInput(FormData.text(task, CycleProcess.CONTRACT_REFERENCE),
        FormData.text(task, CycleProcess.PROVIDER), amount(task, CycleProcess.CONTRACT_VALUE),
        FormData.date(task, CycleProcess.STARTS_ON, "The start date"), FormData.date(task, CycleProcess.ENDS_ON, "The end date"),
        FormData.date(task, CycleProcess.REVIEW_ON, "The review date"))));
  }

  // --- Review ----------------------------------------------------------------------------

  @Bean
  TaskForm submitMonitoringReturnForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = cycle(task);
      MonitoringReturn due = cycles.openReturn(cycle.getId(), cycles.quarterAskedFor(cycle.getId(), BusinessClock.today()));
      TaskSubject.describe(task, rules.subjectOf(cycle) + ", quarter ending " + due.getQuarterEnd().format(TaskSubject.SHORT_DATE),
          due.getDueOn());
      task.setVariableLocal(CycleProcess.SUMMARY, "Contract " + due.getContract().getReference() + " with " + due.getContract().getProvider()
          + ", " + Money.format(due.getContract().getContractValue()) + ". Quarter ending " + due.getQuarterEnd() + "; the return is due on "
          + due.getDueOn() + " (" + cycles.returnWorkingDays() + " working days after the quarter end).");
      task.setVariableLocal(CycleProcess.QUARTER_END, due.getQuarterEnd().toString());
    }, task -> cycles.submitReturn(CycleDelegates.cycleId(task), FormData.date(task, CycleProcess.QUARTER_END, "The quarter end"),
        amount(task, CycleProcess.SPEND_TO_DATE), FormData.text(task, CycleProcess.OUTCOMES_COMMENTARY)));
  }

  /** "Saturday 1 January 2011 is not a working day" when a date falls on a weekend or bank holiday. */
  private String nonWorkingDayNote(LocalDate date) {
    if (workingDays.isWorkingDay(date)) {
      return "";
    }
    String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    return " (" + day + " " + date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + " is not a working day"
        + (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? "" : ": a bank holiday") + ")";
  }

  @Bean
  TaskForm reviewServiceForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = cycle(task);
      Contract contract = cycles.liveContract(cycle);
      LocalDate date = contract.getReviewOn().isBefore(contract.getEndsOn()) ? contract.getReviewOn() : contract.getEndsOn();
      TaskSubject.describe(task, rules.subjectOf(cycle), date);
      TaskSubject.backToWhoeverDid(task, "Task_ReviewService");
      StringBuilder text = new StringBuilder(header(cycle)).append("\n\nContract ").append(contract.getReference()).append(" with ")
          .append(contract.getProvider()).append(", ").append(Money.format(contract.getContractValue())).append(", ")
          .append(contract.getStartsOn()).append(" to ").append(contract.getEndsOn()).append(". Review date: ").append(contract.getReviewOn())
          .append(nonWorkingDayNote(contract.getReviewOn())).append(".\nOutcomes wanted: ").append(cycle.getOutcomesWanted());
      repos.returns.findByContractOrderByQuarterEnd(contract).forEach(r -> text.append("\nReturn, quarter ending ").append(r.getQuarterEnd())
          .append(": ").append(r.getSubmittedAt() == null ? "not in" : "spend " + Money.format(r.getSpendToDate()) + "; " + r.getOutcomesCommentary()));
      if (FormData.text(task, CycleProcess.DECISION_RATIONALE) != null && "REJECTED".equals(FormData.text(task, CycleProcess.DECISION_OUTCOME))) {
        text.append("\n\nThe recommendation was rejected (").append(FormData.text(task, CycleProcess.DECISION_MEETING)).append("): ")
            .append(FormData.text(task, CycleProcess.DECISION_RATIONALE));
      }
      task.setVariableLocal(CycleProcess.SUMMARY, FormData.formText(text.toString()));
    }, task -> {
      String recommendation = FormData.text(task, CycleProcess.RECOMMENDATION);
      var review = cycles.review(CycleDelegates.cycleId(task), new ReviewInput(FormData.text(task, CycleProcess.FINDINGS),
          FormData.text(task, CycleProcess.INDICATORS), FormData.text(task, CycleProcess.USERS_VIEWS),
          FormData.text(task, CycleProcess.VALUE_FOR_MONEY), recommendation, FormData.text(task, CycleProcess.REASON),
          task.getVariable(CycleProcess.NEED_REMAINS) == null ? null : FormData.flag(task, CycleProcess.NEED_REMAINS),
          FormData.date(task, CycleProcess.NEXT_REVIEW_ON, "The next review date")), FormData.currentUser(task));
      setFlag(task, CycleProcess.RECOMMENDATION, review.getRecommendation().name());
      setFlag(task, CycleProcess.NEXT_CYCLE, review.startsNextCycle());
    });
  }

  @Bean
  TaskForm planDecommissioningForm() {
    return TaskForm.of(task -> {
      CycleRecord cycle = describe(task);
      var review = cycles.latestReview(cycle);
      task.setVariableLocal(CycleProcess.SUMMARY, header(cycle) + "\n\nDecommissioning agreed (" + review.getDecisionMeeting() + "): "
          + CycleRules.recommendationText(review) + ".\nFindings: " + review.getFindings()
          + (review.isNeedRemains() ? "\nThe need remains: the next cycle starts at Understand with these findings." : ""));
    }, task -> cycles.planDecommissioning(CycleDelegates.cycleId(task), FormData.text(task, CycleProcess.NOTICE_TO_PROVIDER),
        FormData.text(task, CycleProcess.TRANSITION_PLAN), FormData.text(task, CycleProcess.COMMUNICATION), FormData.currentUser(task)));
  }
}
