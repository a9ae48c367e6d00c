package org.childrenstrust.commissioning.grants.abg;

import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.benchmark.HumanSteps;
import org.childrenstrust.commissioning.benchmark.StepTimer;
import org.childrenstrust.commissioning.grants.abg.AbgTaskForms.EntryRow;
import org.childrenstrust.commissioning.grants.abg.PriorityListService.RankingRow;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives AbgPriorityLists through its human steps with the form data of AbgPriorityListsProcessTest:
 * the commissioning officer requests the lists (start form), the five outcome groups submit theirs,
 * the officer proposes the ranking; the instance then waits for the Management Group's decision
 * (the real GovernanceDecision call: it joins the ECG's forward plan). A proposed year for each
 * instance is set up through the services, untimed.
 */
public final class AbgPriorityListsDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger YEARS = new AtomicInteger(2200);

  private final ProcessEngine engine;
  private final AbgYears years;
  private final HumanSteps steps;

  public AbgPriorityListsDriver(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.years = new AbgYears(context.getBean(AllocationService.class), context.getBean(PriorityListService.class),
        context.getBean(JdbcTemplate.class));
    this.steps = new HumanSteps(engine);
  }

  public static String processKey() {
    return AbgProcess.PRIORITY_LISTS;
  }

  public void runCycle(StepTimer timer) {
    int start = YEARS.getAndIncrement();
    String label = start + "/" + String.format("%02d", (start + 1) % 100);
    years.proposedYear(label, ReallocationWalk.Policy.SKIP);
    String[] pi = new String[1];
    timer.step("Request priority lists (officer's start form)", () -> {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AbgProcess.PRIORITY_LISTS).latestVersion().singleResult().getId();
      as(OFFICER, () -> pi[0] = engine.getFormService().submitStartForm(definition,
          Map.of(AbgProcess.FINANCIAL_YEAR, label)).getId());
    }, () -> runDueJobs(pi[0]));
    submit(timer, pi[0], "outcome-positive-contribution", "kwame.mensah", List.of(
        new EntryRow("PL-COUNSELLING", "School-based counselling", gbp("30000"), "NI 50 Emotional health", "Counselling", "nadia.karim"),
        new EntryRow("PL-ESAFETY", "Bullying and e-safety training", gbp("25000"), "NI 69 Bullying", "Bullying and e-safety", "peter.walsh")));
    submit(timer, pi[0], "outcome-be-healthy", "grace.okafor", List.of(
        new EntryRow("PL-CAMHS", "CAMHS early intervention", gbp("18500"), "NI 51 CAMHS", "CAMHS", "peter.walsh")));
    submit(timer, pi[0], "outcome-stay-safe", "daniel.price", List.of());
    submit(timer, pi[0], "outcome-enjoy-achieve", "sophie.marsh", List.of());
    submit(timer, pi[0], "outcome-economic-wellbeing", "leah.fraser", List.of());
    timer.step("Propose ranking (officer)", () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi[0]).taskDefinitionKey("Task_ProposeRanking")
          .singleResult();
      Map<String, Integer> ranks = Map.of("PL-COUNSELLING", 1, "PL-CAMHS", 2, "PL-ESAFETY", 3);
      List<RankingRow> rows = List.of("PL-CAMHS", "PL-COUNSELLING", "PL-ESAFETY").stream()
          .map(ref -> new RankingRow(ref, null, null, null, null, null, null, ranks.get(ref))).toList();
      as(OFFICER, () -> engine.getFormService().submitTaskForm(task.getId(), Map.of(AbgProcess.RANKING_ROWS, json(rows))));
    }, () -> runDueJobs(pi[0]));
  }

  private void submit(StepTimer timer, String pi, String group, String user, List<EntryRow> entries) {
    timer.step("Submit priority list (outcome lead)", () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskCandidateGroup(group).singleResult();
      as(user, () -> engine.getFormService().submitTaskForm(task.getId(), Map.of(AbgProcess.PRIORITY_ENTRIES, json(entries))));
    }, () -> runDueJobs(pi));
  }

  private void as(String user, Runnable call) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList());
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Also the called GovernanceDecision's job that puts the request on the body's forward plan. */
  private void runDueJobs(String processInstanceId) {
    steps.runDueJobs(processInstanceId);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
