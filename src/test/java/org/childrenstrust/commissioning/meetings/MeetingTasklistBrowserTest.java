package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.newItem;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.Attendance;
import org.childrenstrust.commissioning.meetings.domain.AttendanceStatus;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clerk records a Board meeting and the chair approves its minutes in Tasklist, in headless
 * Chromium, on the real Camunda Forms; what they typed ends up in the minutes.
 */
@ExtendWith(BrowserExtension.class)
class MeetingTasklistBrowserTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired MeetingService meetingService;
  @Autowired MeetingRules rules;
  @Autowired TransactionTemplate transaction;

  /** A Board meeting whose agenda was drafted, approved and published, now waiting to be recorded. */
  private Meeting heldBoardMeeting(LocalDate date) {
    clockAt(date.minusDays(21).atTime(9, 0));
    Meeting meeting = meetingService.schedule("BOARD", date, LocalTime.of(10, 0), LocalTime.of(12, 30), null);
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
    runDueJobs(pi.getId());
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs(DemoUsers.CLERK.id(), draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, draft,
        newItem("ABG allocation 2010/11", "Priya Shah", 30, "ABG allocations", null)))));
    completeAs(DemoUsers.BOARD_CHAIR.id(), task(pi.getId(), "Task_ApproveAgenda"),
        Map.of(MeetingProcess.AGENDA_DECISION, ApprovalChoice.APPROVE));
    runDueJobs(pi.getId());
    clockAt(date.atTime(10, 0));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
    ClockUtil.reset();
    return meeting;
  }

  static final String CONFIRM_PREVIOUS = "Did the meeting confirm these minutes as a true record?";

  /**
   * The record form asks about the previous Board meeting's minutes when one (from another test in
   * this database) awaits confirmation; the answer leaves them as they are.
   */
  private static void leavePreviousMinutesUnconfirmed(CamundaForm form) {
    if (form.hasField(CONFIRM_PREVIOUS)) {
      form.choose(CONFIRM_PREVIOUS, "No, not confirmed (they come back next time)");
    }
  }

  private Meeting reload(Meeting meeting) {
    return transaction.execute(s -> {
      Meeting m = meetingService.meeting(meeting.getId());
      m.getAttendance().size();
      m.getActions().size();
      m.getItems().size();
      return m;
    });
  }

  @Test
  void clerkRecordsTheMeetingAndTheChairApprovesTheMinutes(Browser browser) {
    Meeting meeting = heldBoardMeeting(LocalDate.of(2033, 1, 20));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();

    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Record the meeting: " + rules.taskSubject(meeting)).claim();
    CamundaForm form = tasklist.form();
    leavePreviousMinutesUnconfirmed(form);
    CamundaForm.DynamicList attendance = form.dynamicList("Attendance");
    assertThat(attendance.rowCount()).as("the Board's members and its clerk, prefilled").isEqualTo(4);
    assertThat(attendance.row(0).value("Name")).isEqualTo("Hannah Wells");
    attendance.row(0).choose("Status", "Present");
    attendance.row(1).choose("Status", "Apologies");
    attendance.row(2).choose("Status", "Present");
    attendance.row(3).choose("Status", "Present");
    CamundaForm.DynamicList items = form.dynamicList("Minutes of each item");
    // minutes, the ABG item and any other business; a decision another test left waiting for the
    // Board in this shared database may be on the agenda too, and is noted
    assertThat(items.rowCount()).isGreaterThanOrEqualTo(3);
    int abg = -1;
    for (int row = 0; row < items.rowCount(); row++) {
      if ("ABG allocation 2010/11".equals(items.row(row).value("Item"))) {
        abg = row;
      }
    }
    assertThat(abg).as("the ABG item is on the agenda, after the minutes").isGreaterThanOrEqualTo(1);
    for (int row = 0; row < items.rowCount(); row++) {
      if (row != abg) {
        items.row(row).choose("Outcome", "Noted");
      }
    }
    items.row(abg).fillTextArea("Business considered", "The Management Group's recommended allocations were presented.")
        .choose("Outcome", "Approved")
        .fillTextArea("Decision taken", "The ABG allocation for 2010/11 was approved.")
        .fillTextArea("Rationale for the decision", "Lower of the 09/10 allocation or 94% of the 10/11 grant, with the recorded exceptions.");
    int abgNumber = abg + 1;
    form.dynamicList("Actions").addRow()
        .setNumber("Item number", abgNumber)
        .fillText("Action", "Notify activities of their funding")
        .fillText("Owner", "Clara Jones")
        .fillText("Owner e-mail", "clara.jones@childrens-trust.example")
        .setDate("Due date", LocalDate.of(2033, 2, 5));
    form.fillText("Date, time and place of next meeting", "17 March, 10:00, Council Chamber");
    tasklist.complete();

    Meeting recorded = reload(meeting);
    assertThat(recorded.getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(recorded.getAttendance()).extracting(Attendance::getPersonName, Attendance::getStatus, Attendance::isChair)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hannah Wells", AttendanceStatus.PRESENT, true),
            org.assertj.core.groups.Tuple.tuple("Marcus Reid", AttendanceStatus.APOLOGIES, false),
            org.assertj.core.groups.Tuple.tuple("Priya Shah", AttendanceStatus.PRESENT, false),
            org.assertj.core.groups.Tuple.tuple("Clara Jones", AttendanceStatus.PRESENT, false));
    assertThat(recorded.item(abgNumber).orElseThrow().getMinute().getOutcome()).isEqualTo(ItemOutcome.APPROVED);
    assertThat(recorded.item(abgNumber).orElseThrow().getMinute().getRationale()).startsWith("Lower of the 09/10 allocation");
    assertThat(recorded.getActions()).singleElement().satisfies(action -> {
      assertThat(action.getDescription()).isEqualTo("Notify activities of their funding");
      assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2033, 2, 5));
    });
    assertThat(recorded.getNextMeetingNote()).isEqualTo("17 March, 10:00, Council Chamber");

    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");
    tasklist.logout();

    tasklist.login(DemoUsers.BOARD_CHAIR.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.AWAITING_MY_DECISION);
    tasklist.openTask("Approve draft minutes: " + rules.taskSubject(meeting));
    assertThat(tasklist.value("Draft minutes")).contains("ABG allocation 2010/11")
        .contains("Decision (approved): The ABG allocation for 2010/11 was approved.");
    tasklist.choose("Your decision", "Approve the draft minutes");
    tasklist.complete();

    assertThat(reload(meeting).getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED_BY_CHAIR);
    assertThat(reload(meeting).getMinutesApprovedBy()).isEqualTo(DemoUsers.BOARD_CHAIR.id());
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Event_MinutesConfirmed");
  }

  @Test
  void clerkSeesWhyARecordIsRefusedAndNothingIsLost(Browser browser) {
    Meeting meeting = heldBoardMeeting(LocalDate.of(2034, 1, 19));
    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Record the meeting: " + rules.taskSubject(meeting)).claim();
    CamundaForm form = tasklist.form();
    leavePreviousMinutesUnconfirmed(form);
    CamundaForm.DynamicList attendance = form.dynamicList("Attendance");
    for (int row = 0; row < attendance.rowCount(); row++) {
      attendance.row(row).choose("Status", "Apologies");
    }
    CamundaForm.DynamicList items = form.dynamicList("Minutes of each item");
    for (int row = 0; row < items.rowCount(); row++) {
      items.row(row).choose("Outcome", "Noted");
    }
    String error = tasklist.completeExpectingError();
    assertThat(error).contains("Record who was present: nobody is marked present.");
    assertThat(reload(meeting).getStatus()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(meeting.getReference())
        .taskDefinitionKey("Task_RecordMeeting").count()).isEqualTo(1);
  }
}
