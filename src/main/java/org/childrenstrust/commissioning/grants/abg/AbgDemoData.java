package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYearRepository;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.identity.IdentityStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data on the embedded default: the Herefordshire ABG 2010/11 (Appendix C) allocated under the
 * rule with the seed's exceptions and approved (Management Group 7 January, Board 27 January 2010),
 * the Q1 returns in, the priority lists of two outcome groups ranked by the Management Group in July,
 * and one underspend declared and confirmed: its proposed reallocation waits for the Management Group
 * in Tasklist ("Review proposed reallocation"). Loaded once.
 */
@Component
class AbgDemoData {

  static final String YEAR = "2010/11";
  private static final Logger LOG = LoggerFactory.getLogger(AbgDemoData.class);
  private static final String OFFICER = "imran.qureshi";
  private static final String HEAD = "helen.barnes";

  private final CommissioningProperties properties;
  private final AbgYearRepository years;
  private final AllocationService allocations;
  private final PriorityListService priorityLists;
  private final MonitoringService monitoring;
  private final UnderspendService underspends;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  AbgDemoData(CommissioningProperties properties, AbgYearRepository years, AllocationService allocations,
      PriorityListService priorityLists, MonitoringService monitoring, UnderspendService underspends, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService) {
    this.properties = properties;
    this.years = years;
    this.allocations = allocations;
    this.priorityLists = priorityLists;
    this.monitoring = monitoring;
    this.underspends = underspends;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentityStartup.ORDER + 20)
  public void load() {
    if (!properties.demo().enabled() || years.findByLabel(YEAR).isPresent()) {
      return;
    }
    AbgYear year = allocations.openYear(YEAR, new BigDecimal("94"), ReallocationWalk.Policy.SKIP, OFFICER);
    allocations.loadGrantLines(year.getId(), AbgSeed.lines());
    allocations.proposeAll(year.getId(), OFFICER);
    allocations.recordException(year.getId(), "CONNEXIONS", ExceptionKind.FULL_GRANT, null,
        "Connexions gets the full 100% grant: the grant has already reduced significantly from 09/10 levels", OFFICER);
    allocations.recordException(year.getId(), "TFS", ExceptionKind.FIXED_AMOUNT, new BigDecimal("337006"),
        "Under a tender exercise (re-tendering recommended by the Positive Contribution Outcome Group)", OFFICER);
    allocations.recordException(year.getId(), "CF-PICKUP", ExceptionKind.FIXED_AMOUNT, new BigDecimal("106000"),
        "Pick-up of staff previously funded via the Children's Fund, not part of the tender: CAF team and Locality Services Project Management",
        OFFICER);
    allocations.recordException(year.getId(), "CDR", ExceptionKind.ACTUAL_SPEND, null,
        "08/09 and 09/10 actual spend below the funding allocated: allocated at actual expenditure", OFFICER);
    allocations.recordException(year.getId(), "SHADOW-BOARD", ExceptionKind.EARMARK, new BigDecimal("15000"),
        "Engagement of young people in decision making and participatory budgeting (amount illustrative)", OFFICER);
    allocations.approve(year.getId(), "ECG-2010-01-07", "BOARD-2010-01-27", OFFICER);

    for (AllocationService.FundedActivity activity : allocations.funded(YEAR)) {
      monitoring.submit(YEAR, activity.reference(), 1, activity.allocation().divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP),
          activity.allocation(), null, "Q1 2010/11 return (demo): on track", activity.leadOfficer());
    }

    priorityLists.submitList(YEAR, GovernanceGroup.POSITIVE_CONTRIBUTION.id(), AbgSeed.positiveContributionList());
    priorityLists.submitList(YEAR, GovernanceGroup.BE_HEALTHY.id(), AbgSeed.beHealthyList());
    priorityLists.approveRanking(YEAR, List.of("PL-COUNSELLING", "PL-CAMHS", "PL-ESAFETY", "PL-TEEN-PARENTS", "PL-AIMING-HIGH"),
        "ECG-2010-07-08");

    Long underspend = underspends.declare(YEAR, "CSC-WORKFORCE", new BigDecimal("20000"),
        "Two training places not taken up until the autumn (demo)", AbgSeed.LEAD_2).getId();
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(AbgProcess.UNDERSPEND_REALLOCATION,
        Map.of(AbgProcess.UNDERSPEND_ID, underspend));
    Task confirm = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ConfirmUnderspend").singleResult();
    identityService.setAuthentication(HEAD, List.of(GovernanceGroup.CT_DEVELOPMENT.id()));
    try {
      taskService.complete(confirm.getId(), Map.of(AbgProcess.CONFIRMATION, AbgTaskForms.CONFIRM));
    } finally {
      identityService.clearAuthentication();
    }
    LOG.info("ABG demo data: {} approved, pot {}, one underspend waiting for the Management Group", YEAR, allocations.year(YEAR).getPot());
  }

}
