package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.oversight.OversightTaskForms.ActionRow;
import org.childrenstrust.commissioning.oversight.OversightTaskForms.ScoreRow;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commissioning self-analysis, one path per test; GovernanceDecision stubbed as the ABG tests do. */
class CommissioningSelfAnalysisProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String OFFICER = "imran.qureshi";
  /** The Board's demo members: hannah.wells (group 1, questions 1–6) and marcus.reid (group 2, questions 7–12). */
  static final String CHAIR = "hannah.wells";
  static final String MEMBER = "marcus.reid";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;
  @Autowired SelfAnalysisService service;
  @Autowired SelfAnalysisReport report;
  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    clockAt(LocalDateTime.of(2009, 11, 2, 9, 0));
    stubDeployment = processEngine.getRepositoryService().createDeployment().addModelInstance("GovernanceDecisionStub.bpmn",
        Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_StubDecision").name("Body decides").endEvent().done()).deploy().getId();
  }

  @AfterEach
  void removeStub() {
    processEngine.getRepositoryService().deleteDeployment(stubDeployment, true);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ProcessInstance opened() {
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(OversightProcess.SELF_ANALYSIS).latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(OversightProcess.BODY_CODE, "BOARD"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Long exerciseId(ProcessInstance pi) {
    return (Long) runtimeService.getVariable(pi.getId(), OversightProcess.EXERCISE_ID);
  }

  private Task scoringTaskOf(ProcessInstance pi, String user) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreQuestions")
        .taskCandidateUser(user).singleResult();
  }

  /** The group's six questions, each scored {@code score}, with evidence. */
  private List<ScoreRow> rows(int first, int... scores) {
    List<ScoreRow> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(new ScoreRow(first + i, null, null, scores[i], "Evidence on question " + (first + i)));
    }
    return rows;
  }

  private void score(ProcessInstance pi, String user, List<ScoreRow> rows) {
    completeAs(user, scoringTaskOf(pi, user), Map.of(OversightProcess.SCORES, json(rows)));
  }

  private ProcessInstance scored() {
    ProcessInstance pi = opened();
    score(pi, CHAIR, rows(1, 1, 2, 3, 4, 2, 2));
    score(pi, MEMBER, rows(7, 3, 3, 1, 2, 4, 3));
    runDueJobs(pi.getId());
    return pi;
  }

  private ProcessInstance decision(ProcessInstance pi) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  private void bodyDecides(ProcessInstance pi, GovernanceDecision.Outcome outcome, String rationale) {
    Task task = taskService.createTaskQuery().processInstanceId(decision(pi).getId()).singleResult();
    taskService.complete(task.getId(), Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(), GovernanceDecision.OUT_RATIONALE, rationale,
        GovernanceDecision.OUT_MEETING, "BOARD-2009-11-19"));
    runDueJobs(pi.getId());
  }

  private void setPlan(ProcessInstance pi, List<ActionRow> actions) {
    completeAs(OFFICER, task(pi.getId(), "Task_SetImprovementPlan"), Map.of(OversightProcess.PLAN_ACTIONS, json(actions)));
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void eachGroupOfTheBodysMembersScoresItsSixQuestionsDueInTenWorkingDays() {
    ProcessInstance pi = opened();
    assertThat(pi).isWaitingAt("Task_ScoreQuestions");
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ScoreQuestions").count()).isEqualTo(2);
    Task first = scoringTaskOf(pi, CHAIR);
    assertThat(first.getName()).isEqualTo("Score commissioning questions: questions 1–6, Children's Trust Board, group 1");
    assertThat(first.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2009, 11, 16));
    assertThat(scoringTaskOf(pi, MEMBER).getName()).startsWith("Score commissioning questions: questions 7–12");
    assertThat(scoringTaskOf(pi, "priya.shah")).as("not a Board member").isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey())
        .isEqualTo("CSA-BOARD-" + exerciseId(pi));
  }

  @Test
  void theResultsGoToTheBodyAndItsDecisionSetsThePlanWhoseOwnersAreRemindedAndChased() {
    ProcessInstance pi = scored();
    Long id = exerciseId(pi);
    assertThat(pi).hasPassed("Task_SendResultsToBody").isWaitingAt("Call_BodyConsidersResults");
    ProcessInstance asked = decision(pi);
    assertThat(runtimeService.getVariable(asked.getId(), GovernanceDecision.IN_BODY_CODE)).isEqualTo("BOARD");
    String summary = (String) runtimeService.getVariable(asked.getId(), GovernanceDecision.IN_REPORT_SUMMARY);
    assertThat(summary).contains("Q1 Needs assessment: mean 1.00").contains("Q9 Governance and decision-making: mean 1.00")
        .contains("Q4 Market shaping: mean 4.00");
    assertThat(summary.indexOf("Q1 ")).isLessThan(summary.indexOf("Q4 "));

    bodyDecides(pi, GovernanceDecision.Outcome.APPROVED, "Focus on needs assessment and governance");
    Task planTask = task(pi.getId(), "Task_SetImprovementPlan");
    assertThat(taskService.getVariable(planTask.getId(), OversightProcess.RESULTS_SUMMARY).toString())
        .contains("BOARD-2009-11-19").contains("Focus on needs assessment and governance");
    setPlan(pi, List.of(new ActionRow(1, "Publish a joint strategic needs assessment for children", CHAIR, "2010-01-29"),
        new ActionRow(9, "Agree a commissioning decision protocol", MEMBER, "2010-03-31")));

    assertThat(jdbc.queryForList("select question_number, owner_id, due_date from ov_plan_action where exercise_id = ? order by due_date",
        id)).extracting(r -> r.get("QUESTION_NUMBER") + " " + r.get("OWNER_ID") + " " + r.get("DUE_DATE"))
        .containsExactly("1 hannah.wells 2010-01-29", "9 marcus.reid 2010-03-31");
    List<Task> actions = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReportActionDone")
        .orderByTaskAssignee().asc().list();
    assertThat(actions).extracting(Task::getAssignee).containsExactly(CHAIR, MEMBER);
    assertThat(actions.get(0).getName()).isEqualTo("Report improvement action done: Publish a joint strategic needs assessment for children");

    clockAt(LocalDateTime.of(2010, 1, 27, 8, 1));
    runDueJobs(pi.getId());
    assertThat(subjects()).containsExactly("Improvement action due Friday 29 January 2010: Publish a joint strategic needs assessment for "
        + "children -> [hannah.wells@childrens-trust.example]");
    clockAt(LocalDateTime.of(2010, 2, 1, 8, 1));
    runDueJobs(pi.getId());
    assertThat(subjects()).as("one copy for each recipient").hasSize(3).last().asString()
        .startsWith("Overdue improvement action: Publish").contains("hannah.wells@").contains("imran.qureshi@");

    completeAs(CHAIR, actions.get(0), Map.of(OversightProcess.PROGRESS_NOTE, "JSNA published 5 February"));
    completeAs(MEMBER, actions.get(1), Map.of(OversightProcess.PROGRESS_NOTE, "Protocol agreed by the Board"));
    assertThat(pi).hasPassed("Event_PlanComplete").isEnded();
    assertThat(jdbc.queryForObject("select status from ov_exercise where id = ?", String.class, id)).isEqualTo("PLAN_AGREED");
  }

  @Test
  void resultsTheBodyRejectsEndTheExerciseWithoutAPlan() {
    ProcessInstance pi = scored();
    Long id = exerciseId(pi);
    bodyDecides(pi, GovernanceDecision.Outcome.REJECTED, "Too few members took part: repeat with the whole Board");
    assertThat(pi).hasPassed("Event_ResultsNotAccepted").isEnded();
    assertThat(jdbc.queryForMap("select status, decision_rationale from ov_exercise where id = ?", id))
        .containsEntry("STATUS", "NOT_ACCEPTED").containsEntry("DECISION_RATIONALE", "Too few members took part: repeat with the whole Board");
    assertThat(jdbc.queryForObject("select count(*) from ov_plan_action where exercise_id = ?", Integer.class, id)).isZero();
  }

  @Test
  void aScoreOffTheScaleOrWithoutEvidenceIsRefusedAndNothingIsSaved() {
    ProcessInstance pi = opened();
    assertThat(rejection(() -> score(pi, CHAIR, rows(1, 1, 2, 5, 4, 2, 2))).getMessage())
        .isEqualTo("Question 3 (Resource mapping and pooling): the score is 1 to 4 (1 not in place, 2 being developed, "
            + "3 in place but not consistent, 4 working well), not 5.");
    List<ScoreRow> noEvidence = new ArrayList<>(rows(1, 1, 2, 3, 4, 2, 2));
    noEvidence.set(5, new ScoreRow(6, null, null, 2, " "));
    assertThat(rejection(() -> score(pi, CHAIR, noEvidence)).getMessage()).contains("Question 6 (Contract monitoring): give the evidence");
    List<ScoreRow> tooLong = new ArrayList<>(rows(1, 1, 2, 3, 4, 2, 2));
    tooLong.set(0, new ScoreRow(1, null, null, 1, "x".repeat(2001)));
    assertThat(rejection(() -> score(pi, CHAIR, tooLong)).getMessage())
        .isEqualTo("The evidence for question 1 is 2001 characters long; at most 2000 fit.");
    assertThat(rejection(() -> score(pi, CHAIR, rows(7, 1, 2, 3, 4, 2, 2))).getMessage()).startsWith("Group 1 scores questions [1, 2, 3, 4, 5, 6], not question 7");
    assertThat(jdbc.queryForObject("select count(*) from ov_score where exercise_id = ? and score is not null", Integer.class,
        exerciseId(pi))).isZero();
    assertThat(pi).isWaitingAt("Task_ScoreQuestions");
    assertThatThrownBy(() -> score(pi, MEMBER, rows(1, 1, 1, 1, 1, 1, 1))).isInstanceOf(RuntimeException.class);
  }

  @Test
  void anActionWithoutAnOwnerOrDueOnAWeekendIsRefusedAndNoPlanIsSaved() {
    ProcessInstance pi = scored();
    bodyDecides(pi, GovernanceDecision.Outcome.APPROVED, "Agreed");
    assertThat(rejection(() -> setPlan(pi, List.of(new ActionRow(1, "Publish the JSNA", CHAIR, "2010-01-29"),
        new ActionRow(9, "Agree a decision protocol", " ", "2010-03-31")))).getMessage())
        .isEqualTo("The action 'Agree a decision protocol' needs an owner: give the user id of the person responsible.");
    assertThat(rejection(() -> setPlan(pi, List.of(new ActionRow(1, "Publish the JSNA", CHAIR, "2010-01-30")))).getMessage())
        .isEqualTo("The action 'Publish the JSNA' is due Saturday 30 January 2010, which is not a working day: the working day before is "
            + "Friday 29 January 2010.");
    assertThat(rejection(() -> setPlan(pi, List.of(new ActionRow(13, "Something", CHAIR, "2010-01-29")))).getMessage())
        .contains("must name the question it addresses (1 to 12), not 13");
    assertThat(jdbc.queryForObject("select count(*) from ov_plan_action where exercise_id = ?", Integer.class, exerciseId(pi))).isZero();
    assertThat(pi).isWaitingAt("Task_SetImprovementPlan");
  }

  @Test
  void theReportShowsEachQuestionsScoresSpreadAndEvidenceWithABarChart() {
    ProcessInstance pi = scored();
    Long id = exerciseId(pi);
    String html = report.html(service.exercise(id), service.results(id), service.planOf(id));
    assertThat(html).contains("<svg").contains("data-question=\"1\" x=\"260\" y=\"8\" width=\"80\"")
        .contains("data-question=\"4\" x=\"260\" y=\"80\" width=\"320\"")
        .contains("Evidence on question 12").contains("Mean 3.00; lowest 3, highest 3, spread 0.");
    byte[] pdf = report.pdf(service.exercise(id), service.results(id), service.planOf(id));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
