package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.grants.abg.AbgTaskForms.EntryRow;
import org.childrenstrust.commissioning.grants.abg.PriorityListService.RankingRow;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outcome groups' priority lists and the Management Group's one ranking, GovernanceDecision stubbed. */
@Import(AbgYears.class)
class AbgPriorityListsProcessTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  @Autowired AbgYears years;
  @Autowired JdbcTemplate jdbc;
  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = repository().createDeployment().addModelInstance("GovernanceDecisionStub.bpmn",
        Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_StubDecision").name("Body decides").endEvent().done()).deploy().getId();
  }

  @AfterEach
  void removeStub() {
    repository().deleteDeployment(stubDeployment, true);
  }

  private RepositoryService repository() {
    return processEngine.getRepositoryService();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance requested(String label) {
    years.proposedYear(label, ReallocationWalk.Policy.SKIP);
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    try {
      String definition = repository().createProcessDefinitionQuery().processDefinitionKey(AbgProcess.PRIORITY_LISTS)
          .latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task listTask(ProcessInstance pi, String group) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(group).singleResult();
  }

  private void submit(ProcessInstance pi, String group, String user, List<EntryRow> entries) {
    completeAs(user, listTask(pi, group), Map.of(AbgProcess.PRIORITY_ENTRIES, json(entries)));
  }

  private ProcessInstance listsIn(String label) {
    ProcessInstance pi = requested(label);
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SubmitPriorityList").count()).isEqualTo(5);
    submit(pi, "outcome-positive-contribution", "kwame.mensah", List.of(
        new EntryRow("PL-COUNSELLING", "School-based counselling", gbp("30000"), "NI 50 Emotional health", "Counselling", "nadia.karim"),
        new EntryRow("PL-ESAFETY", "Bullying and e-safety training", gbp("25000"), "NI 69 Bullying", "Bullying and e-safety", "peter.walsh")));
    submit(pi, "outcome-be-healthy", "grace.okafor", List.of(
        new EntryRow("PL-CAMHS", "CAMHS early intervention", gbp("18500"), "NI 51 CAMHS", "CAMHS", "peter.walsh")));
    submit(pi, "outcome-stay-safe", "daniel.price", List.of());
    submit(pi, "outcome-enjoy-achieve", "sophie.marsh", List.of());
    submit(pi, "outcome-economic-wellbeing", "leah.fraser", List.of());
    return pi;
  }

  private void propose(ProcessInstance pi, Map<String, Integer> ranks) {
    Task task = task(pi.getId(), "Task_ProposeRanking");
    List<RankingRow> rows = List.of("PL-CAMHS", "PL-COUNSELLING", "PL-ESAFETY").stream()
        .map(ref -> new RankingRow(ref, null, null, null, null, null, null, ranks.get(ref))).toList();
    completeAs(OFFICER, task, Map.of(AbgProcess.RANKING_ROWS, json(rows)));
  }

  private void managementGroupDecides(ProcessInstance pi, GovernanceDecision.Outcome outcome, String rationale) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult();
    taskService.complete(task.getId(), Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(), GovernanceDecision.OUT_RATIONALE, rationale,
        GovernanceDecision.OUT_MEETING, "ECG-2010-07-08"));
    runDueJobs(pi.getId());
  }

  private Map<String, Object> ranks(String label) {
    return jdbc.queryForList("select e.reference, e.approved_rank from abg_priority_entry e join abg_year y on y.id = e.year_id "
        + "where y.label = ? and e.approved_rank is not null", label).stream()
        .collect(java.util.stream.Collectors.toMap(r -> r.get("REFERENCE").toString(), r -> r.get("APPROVED_RANK")));
  }

  @Test
  void theManagementGroupsRankingIsRecorded() {
    ProcessInstance pi = listsIn("2071/72");
    propose(pi, Map.of("PL-COUNSELLING", 1, "PL-CAMHS", 2, "PL-ESAFETY", 3));
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED, "Agreed");
    assertThat(pi).hasPassed("Task_RecordRanking").isEnded();
    assertThat(ranks("2071/72")).isEqualTo(Map.of("PL-COUNSELLING", 1, "PL-CAMHS", 2, "PL-ESAFETY", 3));
  }

  @Test
  void aRejectedRankingReturnsToTheOfficerWithTheRationale() {
    ProcessInstance pi = listsIn("2072/73");
    propose(pi, Map.of("PL-COUNSELLING", 1, "PL-CAMHS", 2, "PL-ESAFETY", 3));
    managementGroupDecides(pi, GovernanceDecision.Outcome.REJECTED, "CAMHS first");
    Task rework = task(pi.getId(), "Task_ProposeRanking");
    assertThat(taskService.getVariable(rework.getId(), AbgProcess.RANKING_SUMMARY).toString()).contains("CAMHS first");
    propose(pi, Map.of("PL-CAMHS", 1, "PL-COUNSELLING", 2));
    managementGroupDecides(pi, GovernanceDecision.Outcome.APPROVED, "Agreed");
    assertThat(ranks("2072/73")).isEqualTo(Map.of("PL-CAMHS", 1, "PL-COUNSELLING", 2));
  }

  @Test
  void anItemWithoutItsLinkToTheCyppOrARankingWithGapsIsRefused() {
    ProcessInstance pi = requested("2073/74");
    assertThat(rejection(() -> submit(pi, "outcome-stay-safe", "daniel.price", List.of(
        new EntryRow("PL-X", "Something", gbp("1000"), "NI 1", " ", "peter.walsh")))).getMessage())
        .contains("the CYPP priority Something serves (a clear link is required)");
    assertThat(jdbc.queryForObject("select count(*) from abg_priority_entry e join abg_year y on y.id = e.year_id where y.label = '2073/74'",
        Integer.class)).isZero();
    ProcessInstance full = listsIn("2074/75");
    assertThat(rejection(() -> propose(full, Map.of("PL-COUNSELLING", 1, "PL-CAMHS", 3))).getMessage()).contains("without gaps or repeats");
  }
}
