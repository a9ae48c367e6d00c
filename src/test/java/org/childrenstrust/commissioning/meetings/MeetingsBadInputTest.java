package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.ATTENDANCE;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.formList;
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
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad input gets a clear error and changes nothing: through the domain API (HTTP, as a clerk
 * would call it) and through the process's forms (as Tasklist submits them).
 */
class MeetingsBadInputTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired MeetingService meetingService;
  @Autowired MeetingRepository meetings;
  @Autowired TransactionTemplate transaction;

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
    String rows = formList(taskService, draft, MeetingProcess.AGENDA_ITEMS);
    String overrunning = rows.substring(0, rows.length() - 1)
        + ",{\"description\":\"Attainment gap review\",\"durationMinutes\":90,\"attachmentKind\":\"PRESENTATION\",\"publicItem\":true}]";
    assertThat(rejection(() -> completeAs("clara.jones", draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(overrunning),
        MeetingProcess.OVERRUN_ACKNOWLEDGED, false))))
        .hasMessageContaining("The items run 40 minutes past the meeting's end (15:00)");
    assertThat(pi).isWaitingAt("Task_DraftAgenda");
    assertThat(items(meeting)).extracting(AgendaItem::getDescription).doesNotContain("Attainment gap review");

    completeAs("clara.jones", draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(overrunning), MeetingProcess.OVERRUN_ACKNOWLEDGED, true));
    assertThat(pi).isWaitingAt("Task_ApproveAgenda");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_ApproveAgenda").getId(), MeetingProcess.AGENDA_SUMMARY).toString())
        .contains("OVERRUN: the items run 40 minutes past the end time (accepted by the clerk)");
  }

  @Test
  void lateItemNeedsAnUrgencyReasonAndDecisionsOnlyOnAgendaItemsAndOnlyMembersApproveMinutes() throws Exception {
    clockAt(LocalDateTime.of(2030, 6, 3, 9, 0));
    Meeting meeting = meetingService.schedule("POSITIVE-CONTRIBUTION", LocalDate.of(2030, 6, 20), LocalTime.of(10, 0), LocalTime.of(12, 0), null);
    ProcessInstance pi = instanceOf(meeting);
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs("clara.jones", draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(formList(taskService, draft, MeetingProcess.AGENDA_ITEMS))));
    completeAs("kwame.mensah", task(pi.getId(), "Task_ApproveAgenda"), Map.of(MeetingProcess.AGENDA_DECISION, ApprovalChoice.APPROVE));
    runDueJobs(pi.getId());
    int itemsBefore = items(meeting).size();

    HttpResponse<String> noReason = post("clara.jones", "/api/meetings/" + meeting.getReference() + "/urgent-items",
        "{\"description\":\"Youth centre closure\",\"durationMinutes\":15}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(noReason.body()).contains("already published: an item added now needs the reason it is urgent");
    HttpResponse<String> notClerk = post("kwame.mensah", "/api/meetings/" + meeting.getReference() + "/urgent-items",
        "{\"description\":\"Youth centre closure\",\"durationMinutes\":15,\"urgencyReason\":\"Closure next week\"}");
    assertThat(notClerk.statusCode()).isEqualTo(403);
    assertThat(items(meeting)).hasSize(itemsBefore);
    HttpResponse<String> urgent = post("clara.jones", "/api/meetings/" + meeting.getReference() + "/urgent-items",
        "{\"description\":\"Youth centre closure\",\"durationMinutes\":15,\"urgencyReason\":\"Closure next week\"}");
    assertThat(urgent.statusCode()).isEqualTo(201);
    assertThat(urgent.body()).contains("\"addedAfterPublication\":true");
    assertThat(items(meeting)).extracting(AgendaItem::getDescription)
        .containsExactly("Welcome, introductions and apologies", "Youth centre closure", "Any other business");

    HttpResponse<String> amendDraft = post("clara.jones", "/api/meetings/" + meeting.getReference() + "/amendments",
        "{\"itemNumber\":1,\"amendment\":\"x\",\"reason\":\"y\"}");
    assertThat(amendDraft.statusCode()).isEqualTo(409);
    assertThat(amendDraft.body()).contains("not approved yet");

    clockAt(LocalDateTime.of(2030, 6, 20, 10, 0));
    runDueJobs(pi.getId());
    Task record = task(pi.getId(), "Task_RecordMeeting");
    Map<String, Object> offAgenda = Map.of(MeetingProcess.ATTENDANCE, json(ATTENDANCE),
        MeetingProcess.ITEM_MINUTES, json(itemMinutes(List.of(1, 2, 3, 9), Map.of())),
        MeetingProcess.DECLARATIONS, json("[]"), MeetingProcess.ACTIONS, json("[]"));
    assertThat(rejection(() -> completeAs("clara.jones", record, offAgenda)))
        .hasMessageContaining("item 9, which is not on the agenda of " + meeting.getReference());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
    assertThat(meetings.findById(meeting.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    Integer attendance = transaction.execute(s -> meetingService.meeting(meeting.getId()).getAttendance().size());
    assertThat(attendance).isZero();

    completeAs("clara.jones", record, Map.of(MeetingProcess.ATTENDANCE, json(ATTENDANCE),
        MeetingProcess.ITEM_MINUTES, json(itemMinutes(List.of(1, 2, 3), Map.of())),
        MeetingProcess.DECLARATIONS, json("[]"), MeetingProcess.ACTIONS, json("[]")));
    runDueJobs(pi.getId());
    Task approve = task(pi.getId(), "Task_ApproveMinutes");
    // the chair hands the task to someone who is not a member of the group
    taskService.setAssignee(approve.getId(), "tom.hadley");
    assertThat(rejection(() -> completeAs("tom.hadley", approve, Map.of(MeetingProcess.MINUTES_DECISION, ApprovalChoice.APPROVE))))
        .hasMessageContaining("tom.hadley is not a member of the Make a Positive Contribution outcome group");
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");
    assertThat(meetings.findById(meeting.getId()).orElseThrow().getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFT);
  }
}
