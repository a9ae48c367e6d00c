package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.attendance;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.itemMinutes;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad input gets a clear error and changes nothing: through the domain API (HTTP, as a clerk
 * would call it) and through the process's forms (as Tasklist submits them).
 */
class MeetingsBadInputTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired MeetingService meetingService;
  @Autowired MeetingRepository meetings;
  @Autowired TransactionTemplate transaction;

  private static final String CLERK = "clara.jones";
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<AgendaItem> items(Meeting meeting) {
    return transaction.execute(s -> meetingService.meeting(meeting.getId()).orderedItems());
  }

  private ProcessInstance instanceOf(Meeting meeting) {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
    runDueJobs(pi.getId());
    return pi;
  }

  @Test
  void meetingThatEndsBeforeItStartsIsRefusedByTheApiAndTheStartForm() throws Exception {
    long before = meetings.count();
    HttpResponse<String> response = post("clara.jones", "/api/meetings",
        "{\"bodyCode\":\"ENJOY-ACHIEVE\",\"date\":\"2030-02-05\",\"startTime\":\"14:00\",\"endTime\":\"12:00\",\"place\":\"Room 1\"}");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("The meeting ends (12:00) before it starts (14:00)").doesNotContain("Exception");
    assertThat(meetings.count()).isEqualTo(before);

    long instances = runtimeService.createProcessInstanceQuery().count();
    assertThat(rejection(() -> runtimeService.startProcessInstanceByKey(MeetingProcess.PROCESS_KEY, Map.of(
        MeetingProcess.BODY_CODE, "ENJOY-ACHIEVE", MeetingProcess.MEETING_DATE, "2030-02-05",
        MeetingProcess.START_TIME, "14:00", MeetingProcess.END_TIME, "12:00"))))
        .hasMessageContaining("ends (12:00) before it starts (14:00)");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(meetings.count()).isEqualTo(before);
  }

  @Test
  void startFormCreatesTheMeetingWithTheBodysUsualTimes() {
    clockAt(LocalDateTime.of(2030, 3, 1, 9, 0));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(MeetingProcess.PROCESS_KEY, Map.of(
        MeetingProcess.BODY_CODE, "ENJOY-ACHIEVE", MeetingProcess.MEETING_DATE, "2030-03-20"));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_DraftAgenda");
    assertThat(pi.getBusinessKey()).isEqualTo("ENJOY-ACHIEVE-2030-03-20");
    Meeting meeting = meetings.findByReference("ENJOY-ACHIEVE-2030-03-20").orElseThrow();
    assertThat(meeting.getStartTime()).isEqualTo(LocalTime.of(14, 0));
    assertThat(meeting.getEndTime()).isEqualTo(LocalTime.of(16, 0));
    assertThat(runtimeService.getVariables(pi.getId())).containsOnlyKeys(MeetingProcess.MEETING_ID);
  }

  @Test
  void overrunningAgendaNeedsTheClerksAcknowledgement() {
    clockAt(LocalDateTime.of(2030, 4, 1, 9, 0));
    Meeting meeting = meetingService.schedule("ENJOY-ACHIEVE", LocalDate.of(2030, 4, 24), LocalTime.of(14, 0), LocalTime.of(15, 0), null);
    ProcessInstance pi = instanceOf(meeting);
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    Object overrunning = json(agendaWith(taskService, draft,
        new FormRows.AgendaItemRow(null, null, "Attainment gap review", null, 90, "PRESENTATION", null, true, null, null)));
    assertThat(rejection(() -> completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, overrunning,
        MeetingProcess.OVERRUN_ACKNOWLEDGED, false))))
        .hasMessageContaining("The items run 40 minutes past the meeting's end (15:00)");
    assertThat(pi).isWaitingAt("Task_DraftAgenda");
    assertThat(items(meeting)).extracting(AgendaItem::getDescription).doesNotContain("Attainment gap review");

    completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, overrunning, MeetingProcess.OVERRUN_ACKNOWLEDGED, true));
    assertThat(pi).isWaitingAt("Task_ApproveAgenda");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_ApproveAgenda").getId(), MeetingProcess.AGENDA_SUMMARY).toString())
        .contains("OVERRUN: the items run 40 minutes past the end time (accepted by the clerk)");
  }

  /** A Make a Positive Contribution meeting on {@code date} with its agenda published unchanged. */
  private ProcessInstance publishedMeeting(LocalDate date) {
    clockAt(date.minusDays(17).atTime(9, 0));
    Meeting meeting = meetingService.schedule("POSITIVE-CONTRIBUTION", date, LocalTime.of(10, 0), LocalTime.of(12, 0), null);
    current = meeting;
    ProcessInstance pi = instanceOf(meeting);
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, draft))));
    completeAs("kwame.mensah", task(pi.getId(), "Task_ApproveAgenda"), Map.of(MeetingProcess.AGENDA_DECISION, ApprovalChoice.APPROVE));
    runDueJobs(pi.getId());
    return pi;
  }

  /** ... held: the clerk's record form is open. */
  private ProcessInstance heldMeeting(LocalDate date) {
    ProcessInstance pi = publishedMeeting(date);
    clockAt(date.atTime(10, 0));
    runDueJobs(pi.getId());
    return pi;
  }

  private Map<String, Object> minutesOf(List<Integer> items) {
    return Map.of(MeetingProcess.ATTENDANCE, json(attendance()), MeetingProcess.ITEM_MINUTES, json(itemMinutes(items, Map.of())),
        MeetingProcess.DECLARATIONS, json(List.of()), MeetingProcess.ACTIONS, json(List.of()));
  }

  private Meeting current;

  @Test
  void anItemAddedAfterPublicationNeedsAnUrgencyReasonAndTheClerk() throws Exception {
    publishedMeeting(LocalDate.of(2030, 6, 20));
    String urgentItems = "/api/meetings/" + current.getReference() + "/urgent-items";
    int itemsBefore = items(current).size();

    HttpResponse<String> noReason = post(CLERK, urgentItems, "{\"description\":\"Youth centre closure\",\"durationMinutes\":15}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("already published: an item added now needs the reason it is urgent");
    HttpResponse<String> notClerk = post("kwame.mensah", urgentItems,
        "{\"description\":\"Youth centre closure\",\"durationMinutes\":15,\"urgencyReason\":\"Closure next week\"}");
    assertThat(notClerk.statusCode()).isEqualTo(403);
    assertThat(items(current)).hasSize(itemsBefore);

    HttpResponse<String> urgent = post(CLERK, urgentItems,
        "{\"description\":\"Youth centre closure\",\"durationMinutes\":15,\"urgencyReason\":\"Closure next week\"}");
    assertThat(urgent.statusCode()).isEqualTo(201);
    assertThat(urgent.body()).contains("\"addedAfterPublication\":true");
    assertThat(items(current)).extracting(AgendaItem::getDescription)
        .containsExactly("Welcome, introductions and apologies", "Youth centre closure", "Any other business");
  }

  @Test
  void draftMinutesCannotBeAmended() throws Exception {
    publishedMeeting(LocalDate.of(2030, 7, 18));

    HttpResponse<String> amendDraft = post(CLERK, "/api/meetings/" + current.getReference() + "/amendments",
        "{\"itemNumber\":1,\"amendment\":\"x\",\"reason\":\"y\"}");
    assertThat(amendDraft.statusCode()).isEqualTo(409);
    assertThat(amendDraft.body()).contains("not approved yet");
  }

  @Test
  void aDecisionRecordedOnAnItemNotOnTheAgendaRefusesTheWholeRecord() {
    ProcessInstance pi = heldMeeting(LocalDate.of(2030, 9, 19));
    Task record = task(pi.getId(), "Task_RecordMeeting");

    assertThat(rejection(() -> completeAs(CLERK, record, minutesOf(List.of(1, 2, 9)))))
        .hasMessageContaining("item 9, which is not on the agenda of " + current.getReference());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
    assertThat(meetings.findById(current.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    Integer attendance = transaction.execute(s -> meetingService.meeting(current.getId()).getAttendance().size());
    assertThat(attendance).isZero();
  }

  @Test
  void onlyMembersOfTheBodyApproveItsMinutes() {
    ProcessInstance pi = heldMeeting(LocalDate.of(2030, 10, 17));
    completeAs(CLERK, task(pi.getId(), "Task_RecordMeeting"), minutesOf(List.of(1, 2)));
    runDueJobs(pi.getId());
    Task approve = task(pi.getId(), "Task_ApproveMinutes");
    // the chair hands the task to someone who is not a member of the group
    taskService.setAssignee(approve.getId(), "tom.hadley");

    assertThat(rejection(() -> completeAs("tom.hadley", approve, Map.of(MeetingProcess.MINUTES_DECISION, ApprovalChoice.APPROVE))))
        .hasMessageContaining("tom.hadley is not a member of the Make a Positive Contribution outcome group");
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");
    assertThat(meetings.findById(current.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFT);
  }
}
