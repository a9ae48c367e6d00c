package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.attendance;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.itemMinutes;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequest;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestRepository;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestStatus;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reusable decision: a test process asks the SSP Performance Management Group for a decision
 * through the GovernanceDecision call activity; the request reaches the forward plan and the next
 * agenda, is deferred once (rolling to the following meeting) and then approved, and the minuted
 * outcome and rationale come back to the waiting process.
 */
class GovernanceDecisionProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String CALLER = "DecisionRequestCheck";

  @Autowired MeetingService meetingService;
  @Autowired DecisionRequestRepository requests;
  @Autowired TransactionTemplate transaction;
  @Autowired RepositoryService repositoryService;

  private void deployCaller() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(CALLER).count() > 0) {
      return;
    }
    BpmnModelInstance caller = Bpmn.createExecutableProcess(CALLER).name("Decision request check")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_CheckStarted").name("Check started")
        .callActivity("Call_GovernanceDecision").name("Ask the PMG").calledElement(GovernanceDecision.PROCESS_KEY)
          .camundaIn("body", GovernanceDecision.IN_BODY_CODE)
          .camundaIn("subject", GovernanceDecision.IN_SUBJECT)
          .camundaIn("question", GovernanceDecision.IN_QUESTION)
          .camundaIn("dueDate", GovernanceDecision.IN_DUE_DATE)
          .camundaIn("reportTitle", GovernanceDecision.IN_REPORT_TITLE)
          .camundaOut(GovernanceDecision.OUT_OUTCOME, GovernanceDecision.OUT_OUTCOME)
          .camundaOut(GovernanceDecision.OUT_RATIONALE, GovernanceDecision.OUT_RATIONALE)
          .camundaOut(GovernanceDecision.OUT_MEETING, GovernanceDecision.OUT_MEETING)
        .exclusiveGateway("Gateway_Approved").name("Approved?")
          .condition("yes", "${decisionOutcome == 'APPROVED' || decisionOutcome == 'APPROVED_WITH_AMENDMENTS'}")
          .endEvent("Event_Funded").name("Funded")
        .moveToLastGateway()
          .condition("no", "${decisionOutcome == 'REJECTED'}")
          .endEvent("Event_NotFunded").name("Not funded")
        .done();
    repositoryService.createDeployment().addModelInstance(CALLER + ".bpmn", caller).deploy();
  }

  private Meeting schedule(LocalDate date) {
    Meeting meeting = meetingService.schedule("SSP-PMG", date, LocalTime.of(10, 0), LocalTime.of(12, 0), null);
    runDueJobs(instanceOf(meeting).getId());
    return meeting;
  }

  private ProcessInstance instanceOf(Meeting meeting) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
  }

  private List<AgendaItem> agenda(Meeting meeting) {
    return transaction.execute(s -> {
      List<AgendaItem> items = meetingService.meeting(meeting.getId()).orderedItems();
      items.forEach(i -> i.getReportCover().getAskedToDecide());
      return items;
    });
  }

  /** Drives a PMG meeting to its recorded minutes, with the given outcome for the decision item. */
  private void holdMeeting(Meeting meeting, LocalDateTime start, Long requestId, String decisionOutcome, String rationale) {
    ProcessInstance pi = instanceOf(meeting);
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs("clara.jones", draft, Map.of(MeetingProcess.AGENDA_ITEMS,
        json(agendaWith(taskService, draft)), MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
    completeAs("owen.hughes", task(pi.getId(), "Task_ApproveAgenda"),
        Map.of(MeetingProcess.AGENDA_DECISION, ApprovalChoice.APPROVE));
    runDueJobs(pi.getId());
    clockAt(start);
    runDueJobs(pi.getId());
    List<AgendaItem> items = agenda(meeting);
    // this test's request gets the outcome; other tests' requests on the same body wait for another meeting
    Map<Integer, String> outcomes = new java.util.HashMap<>();
    items.stream().filter(i -> i.getDecisionRequestId() != null)
        .forEach(i -> outcomes.put(i.getNumber(), i.getDecisionRequestId().equals(requestId) ? decisionOutcome : "DEFERRED"));
    int decisionItem = items.stream().filter(i -> requestId.equals(i.getDecisionRequestId())).findFirst().orElseThrow().getNumber();
    List<FormRows.ItemMinuteRow> rows = itemMinutes(items.stream().map(AgendaItem::getNumber).toList(), outcomes).stream()
        .map(row -> row.number() == decisionItem ? new FormRows.ItemMinuteRow(row.number(), null, row.business(),
            null, row.outcome(), row.decision(), rationale, row.leads()) : row)
        .toList();
    completeAs("clara.jones", task(pi.getId(), "Task_RecordMeeting"), Map.of(
        MeetingProcess.ATTENDANCE, json(attendance()), MeetingProcess.ITEM_MINUTES, json(rows),
        MeetingProcess.DECLARATIONS, json(List.of()), MeetingProcess.ACTIONS, json(List.of())));
    runDueJobs(pi.getId());
  }

  /** A caller asks the SSP PMG for a decision on its young carers project, due by the end of March {@code year}. */
  private ProcessInstance askThePmg(int year) {
    deployCaller();
    clockAt(LocalDateTime.of(year, 1, 2, 9, 0));
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, "PRG-" + year + "-YOUNG-CARERS", Map.of(
        "body", "SSP-PMG", "subject", "Young carers PRG project", "question",
        "Recommend the young carers project to the SSP Board at £145,034.60?", "dueDate", year + "-03-30",
        "reportTitle", "PRG proposal: young carers"));
    runDueJobs(decisionOf(caller).getId());
    return caller;
  }

  private ProcessInstance decisionOf(ProcessInstance caller) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  private DecisionRequest requestOf(ProcessInstance caller) {
    String decision = decisionOf(caller).getId();
    return requests.findAll().stream().filter(r -> r.getRequestingProcessInstanceId().equals(decision))
        .findFirst().orElseThrow();
  }

  @Test
  void theRequestJoinsTheForwardPlanAndTheBodysNextAgendaWithItsReport() {
    ProcessInstance caller = askThePmg(2029);
    assertThat(caller).isWaitingAt("Call_GovernanceDecision");
    assertThat(decisionOf(caller)).isWaitingAt("Task_AwaitDecision");
    DecisionRequest request = requestOf(caller);
    assertThat(request.getStatus()).isEqualTo(DecisionRequestStatus.PENDING);
    assertThat(request.getRequestedBy()).isEqualTo("Decision request check PRG-2029-YOUNG-CARERS");

    Meeting january = schedule(LocalDate.of(2029, 1, 22));

    AgendaItem asked = agenda(january).stream().filter(i -> i.getDecisionRequestId() != null).findFirst().orElseThrow();
    assertThat(asked.getDescription()).isEqualTo("Decision: Young carers PRG project");
    assertThat(asked.getReportCover().getAskedToDecide()).isEqualTo("Recommend the young carers project to the SSP Board at £145,034.60?");
    assertThat(asked.getAttachmentTitle()).isEqualTo("PRG proposal: young carers");
    assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(DecisionRequestStatus.SCHEDULED);
  }

  @Test
  void aDeferredDecisionRollsToTheNextMeetingAndTheCallerKeepsWaiting() {
    ProcessInstance caller = askThePmg(2032);
    holdMeeting(schedule(LocalDate.of(2032, 1, 26)), LocalDateTime.of(2032, 1, 26, 10, 0), requestOf(caller).getId(), "DEFERRED",
        "More evidence on LAA targets needed");

    assertThat(decisionOf(caller)).isWaitingAt("Task_AwaitDecision");
    DecisionRequest deferred = requestOf(caller);
    assertThat(deferred.getStatus()).isEqualTo(DecisionRequestStatus.PENDING);
    assertThat(deferred.getTimesDeferred()).isEqualTo(1);
    clockAt(LocalDateTime.of(2032, 2, 1, 9, 0));
    assertThat(agenda(schedule(LocalDate.of(2032, 2, 23)))).extracting(AgendaItem::getDecisionRequestId)
        .contains(deferred.getId());
  }

  @Test
  void theMinutedDecisionReturnsToTheCallerWithItsRationaleAndMeeting() {
    ProcessInstance caller = askThePmg(2033);
    ProcessInstance decision = decisionOf(caller);
    Long requestId = requestOf(caller).getId();
    Meeting january = schedule(LocalDate.of(2033, 1, 24));
    holdMeeting(january, LocalDateTime.of(2033, 1, 24, 10, 0), requestId, "APPROVED", "Strong joint working and match funding");

    assertThat(decision).isEnded();
    assertThat(caller).isEnded().hasPassed("Event_Funded").variables()
        .containsEntry(GovernanceDecision.OUT_OUTCOME, GovernanceDecision.Outcome.APPROVED.name())
        .containsEntry(GovernanceDecision.OUT_RATIONALE, "Strong joint working and match funding")
        .containsEntry(GovernanceDecision.OUT_MEETING, january.getReference());
    DecisionRequest decided = requests.findById(requestId).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(DecisionRequestStatus.DECIDED);
    assertThat(decided.getOutcome()).isEqualTo(ItemOutcome.APPROVED);
  }

  @Test
  void clerkIsToldWhenADecisionIsOverdue() throws Exception {
    deployCaller();
    clockAt(LocalDateTime.of(2031, 5, 1, 9, 0));
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, Map.of("body", "SSP-PMG",
        "subject", "Overdue check", "question", "Approve the overdue check?", "dueDate", "2031-05-20"));
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    runDueJobs(decision.getId());
    clockAt(LocalDateTime.of(2031, 5, 20, 9, 0));
    runDueJobs(decision.getId());
    assertThat(decision).hasPassed("Task_WarnDecisionOverdue").isWaitingAt("Task_AwaitDecision");
    assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })).containsExactly("Decision overdue: Overdue check");
  }

  @Test
  void requestWithoutAQuestionBecomesAnIncidentAndNothingIsWritten() {
    deployCaller();
    long before = requests.count();
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, Map.of("body", "SSP-PMG",
        "subject", "No question", "question", " ", "dueDate", "2031-05-20"));
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    org.camunda.bpm.engine.runtime.Job register = managementService.createJobQuery().processInstanceId(decision.getId()).singleResult();
    assertThat(failThroughRetries(register.getId())).hasMessageContaining("needs a subject and the question");
    assertThat(historyService.createHistoricJobLogQuery().jobId(register.getId()).failureLog().count())
        .as("tried as the retry cycle R5/PT10M says").isEqualTo(5);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(decision.getId()).singleResult().getIncidentMessage())
        .contains("needs a subject and the question");
    assertThat(decision).isWaitingAt("Task_RegisterDecisionRequest");
    assertThat(requests.count()).isEqualTo(before);
  }
}
