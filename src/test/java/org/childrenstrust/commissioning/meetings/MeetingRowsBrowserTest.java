package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.newItem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Attendance;
import org.childrenstrust.commissioning.meetings.domain.AttendanceStatus;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.support.TestMail;
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
 * A Board meeting with more than five attendees and more than five agenda items goes through
 * Tasklist: the clerk records it, the chair sends the minutes back, the clerk revises them. Every
 * row of every dynamic list is kept each time (form-js issue 1230: a list that collapses submits
 * only its visible rows; the forms' lists do not collapse), and "Complete" works each time without
 * pressing "Save" first (form-js issue 1494, fixed by the application's Tasklist script).
 */
@ExtendWith(BrowserExtension.class)
class MeetingRowsBrowserTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  /** Agenda items added to the Board's standing items, 15 minutes each. */
  static final List<String> ADDED_ITEMS = List.of(
      "ABG allocation 2010/11", "Children's centres review", "CAMHS tier 2 commissioning",
      "Youth offending prevention plan", "Short breaks for disabled children");

  /** People added to the prefilled attendance: name, organisation, status as the form shows it. */
  static final List<List<String>> ADDED_PEOPLE = List.of(
      List.of("Ruth Adeyemi", "SSP Partnerships Team", "Present"),
      List.of("Owen Hughes", "SSP Performance Management Group", "Apologies"),
      List.of("Sam Rowe", "Constabulary", "Present"));

  @LocalServerPort int port;
  @Autowired MeetingService meetingService;
  @Autowired MeetingRules rules;
  @Autowired TransactionTemplate transaction;

  /** A Board meeting whose agenda (standing items and {@link #ADDED_ITEMS}) was published, now to be recorded. */
  private Meeting heldBoardMeeting(LocalDate date) {
    clockAt(date.minusDays(21).atTime(9, 0));
    Meeting meeting = meetingService.schedule("BOARD", date, LocalTime.of(10, 0), LocalTime.of(12, 30), null);
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
    runDueJobs(pi.getId());
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs(DemoUsers.CLERK.id(), draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, draft,
        ADDED_ITEMS.stream().map(item -> newItem(item, "Priya Shah", 15, item, null))
            .toArray(FormRows.AgendaItemRow[]::new)))));
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
      m.getItems().forEach(item -> item.getMinute().getOutcome());
      return m;
    });
  }

  static final String AOB = "No other business was raised.";

  /** The row of the minutes list whose item is approved: the last business item, before any other business. */
  private static int approvedRow(int itemCount) {
    return itemCount - 2;
  }

  /** Every item has the minute typed in its row; the last, any other business, the text of its own field. */
  private static void assertEveryItemMinuted(Meeting meeting, int itemCount) {
    List<AgendaItem> items = itemsInOrder(meeting);
    assertThat(items).hasSize(itemCount);
    assertThat(items.get(itemCount - 1).getKind()).isEqualTo(ItemKind.ANY_OTHER_BUSINESS);
    assertThat(items.get(itemCount - 1).getMinute().getBusiness()).isEqualTo(AOB);
    for (int row = 0; row < itemCount - 1; row++) {
      assertThat(items.get(row).getMinute().getBusiness()).as("business of item %d", row + 1)
          .isEqualTo("Business of item " + (row + 1));
      assertThat(items.get(row).getMinute().getOutcome()).as("outcome of item %d", row + 1)
          .isEqualTo(row == approvedRow(itemCount) ? ItemOutcome.APPROVED : ItemOutcome.NOTED);
    }
  }

  /** "Collapse"/"Expand" buttons of dynamic lists in the open task's form (form-js shows them past five rows). */
  private static long collapseButtons(Browser browser) {
    return browser.<Long>script("return document.querySelectorAll("
        + "'[cam-tasklist-task] form.fjs-form .fjs-repeat-render-collapse').length;");
  }

  private static List<AgendaItem> itemsInOrder(Meeting meeting) {
    return meeting.getItems().stream().sorted(Comparator.comparingInt(AgendaItem::getNumber)).toList();
  }

  @Test
  void everyAttendeeAndItemIsKeptThroughRecordingReturnAndRevision(Browser browser) {
    Meeting meeting = heldBoardMeeting(LocalDate.of(2035, 1, 18));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
    int itemCount = reload(meeting).getItems().size();
    assertThat(itemCount).as("agenda items").isGreaterThan(5);

    // the clerk records the meeting
    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Record the meeting: " + rules.taskSubject(meeting)).claim();
    assertThat(collapseButtons(browser)).as("lists that could collapse (and then submit only their visible rows)").isZero();
    CamundaForm form = tasklist.form();
    leavePreviousMinutesUnconfirmed(form);
    CamundaForm.DynamicList attendance = form.dynamicList("Attendance");
    int prefilled = attendance.rowCount();
    for (List<String> person : ADDED_PEOPLE) {
      attendance.addRow().fillText("Name", person.get(0)).fillText("Organisation", person.get(1))
          .choose("Status", person.get(2));
    }
    int attendees = prefilled + ADDED_PEOPLE.size();
    // a required field really empty in a row: "Complete" stays disabled, with the field's message
    CamundaForm lastPerson = attendance.row(attendees - 1);
    lastPerson.fillText("Name", "");
    assertThat(lastPerson.fieldErrors()).containsEntry("Name", "Field is required.");
    assertThat(tasklist.isCompleteEnabled()).as("\"Complete\" with a required name emptied").isFalse();
    lastPerson.fillText("Name", "Sam Rowe");
    assertThat(lastPerson.fieldErrors()).isEmpty();
    assertThat(attendees).as("attendance rows").isGreaterThan(5);
    assertThat(attendance.rowCount()).isEqualTo(attendees);
    for (int row = 0; row < prefilled; row++) {
      attendance.row(row).choose("Status", row == 1 ? "Apologies" : "Present");
    }
    CamundaForm.DynamicList items = form.dynamicList("Minutes of each item");
    assertThat(items.rowCount()).isEqualTo(itemCount);
    for (int row = 0; row < itemCount; row++) {
      items.row(row).fillTextArea("Business considered", "Business of item " + (row + 1))
          .choose("Outcome", row == approvedRow(itemCount) ? "Approved" : "Noted");
    }
    items.row(approvedRow(itemCount)).fillTextArea("Decision taken", "Approved.")
        .fillTextArea("Rationale for the decision", "Within the budget the Management Group recommended.");
    form.fillTextArea("Any other business", AOB); // the minute of the last, standing item
    assertThat(tasklist.isCompleteEnabled()).as("\"Complete\" after editing the rows, without \"Save\"").isTrue();
    tasklist.complete();

    Meeting recorded = reload(meeting);
    assertThat(recorded.getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(recorded.getAttendance()).hasSize(attendees);
    assertThat(recorded.getAttendance()).extracting(Attendance::getPersonName, Attendance::getOrganisation, Attendance::getStatus)
        .contains(
            tuple("Ruth Adeyemi", "SSP Partnerships Team", AttendanceStatus.PRESENT),
            tuple("Owen Hughes", "SSP Performance Management Group", AttendanceStatus.APOLOGIES),
            tuple("Sam Rowe", "Constabulary", AttendanceStatus.PRESENT));
    assertEveryItemMinuted(recorded, itemCount);
    assertThat(itemsInOrder(recorded).get(approvedRow(itemCount)).getMinute().getDecision()).isEqualTo("Approved.");

    // the chair sends the minutes back
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");
    tasklist.logout();
    tasklist.login(DemoUsers.BOARD_CHAIR.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.AWAITING_MY_DECISION);
    tasklist.openTask("Approve draft minutes: " + rules.taskSubject(meeting));
    tasklist.choose("Your decision", "Return them to the clerk")
        .fillTextArea("Comments for the clerk", "Sam Rowe sent apologies; he was not present.");
    tasklist.complete();
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_ReviseMinutes");
    assertThat(reload(meeting).getMinutesReturnedComments()).isEqualTo("Sam Rowe sent apologies; he was not present.");

    // the clerk revises them: every row is shown again, one is corrected
    tasklist.logout();
    tasklist.login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Revise minutes: " + rules.taskSubject(meeting));
    assertThat(tasklist.assignee()).as("back to the clerk who recorded the meeting").isEqualTo("Clara Jones");
    assertThat(collapseButtons(browser)).as("lists with more than five rows that could collapse").isZero();
    form = tasklist.form();
    leavePreviousMinutesUnconfirmed(form);
    attendance = form.dynamicList("Attendance");
    assertThat(attendance.rowCount()).isEqualTo(attendees);
    int samRow = -1;
    for (int row = 0; row < attendees; row++) {
      if ("Sam Rowe".equals(attendance.row(row).value("Name"))) {
        samRow = row;
      }
    }
    assertThat(samRow).as("Sam Rowe's row").isGreaterThanOrEqualTo(0);
    attendance.row(samRow).choose("Status", "Apologies");
    items = form.dynamicList("Minutes of each item");
    assertThat(items.rowCount()).isEqualTo(itemCount);
    for (int row = 0; row < itemCount - 1; row++) {
      assertThat(items.row(row).value("Business considered")).isEqualTo("Business of item " + (row + 1));
    }
    items.row(approvedRow(itemCount)).fillTextArea("Decision taken", "Approved as recommended.");
    assertThat(form.value("Any other business")).isEqualTo(AOB);
    assertThat(tasklist.isCompleteEnabled()).as("\"Complete\" after revising the rows, without \"Save\"").isTrue();
    tasklist.complete();

    Meeting revised = reload(meeting);
    assertThat(revised.getAttendance()).hasSize(attendees);
    assertThat(revised.getAttendance()).extracting(Attendance::getPersonName, Attendance::getStatus)
        .contains(tuple("Sam Rowe", AttendanceStatus.APOLOGIES), tuple("Ruth Adeyemi", AttendanceStatus.PRESENT),
            tuple("Owen Hughes", AttendanceStatus.APOLOGIES));
    assertThat(revised.getAttendance()).extracting(Attendance::getPersonName)
        .containsExactlyElementsOf(recorded.getAttendance().stream().map(Attendance::getPersonName).toList());
    assertEveryItemMinuted(revised, itemCount);
    assertThat(itemsInOrder(revised).get(approvedRow(itemCount)).getMinute().getDecision())
        .isEqualTo("Approved as recommended.");
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_ApproveMinutes");
  }
}
