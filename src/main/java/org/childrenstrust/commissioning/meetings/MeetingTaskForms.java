package org.childrenstrust.commissioning.meetings;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childrenstrust.commissioning.meetings.FormRows.ActionRow;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.childrenstrust.commissioning.meetings.FormRows.AttendanceRow;
import org.childrenstrust.commissioning.meetings.FormRows.DeclarationRow;
import org.childrenstrust.commissioning.meetings.FormRows.ItemMinuteRow;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.publication.PublicLinks;
import org.childrenstrust.commissioning.platform.process.TaskForm;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings' user tasks: one {@link TaskForm} each, loading the form and saving what was entered. */
@Configuration
class MeetingTaskForms {

  private final MeetingService meetings;
  private final MeetingRules rules;

  MeetingTaskForms(MeetingService meetings, MeetingRules rules) {
    this.meetings = meetings;
    this.rules = rules;
  }

  private static Long meetingId(DelegateTask task) {
    return FormData.id(task, MeetingProcess.MEETING_ID);
  }

  /** The task names the meeting and is due by the agenda's publication deadline; its form links the papers page. */
  private void dueByPublication(DelegateTask task) {
    Meeting meeting = meetings.meeting(meetingId(task));
    TaskSubject.describe(task, rules.taskSubject(meeting), rules.latestPublicationDate(meeting));
    linkPapersPage(task, meeting);
  }

  /** The task names the meeting and is due by the minutes deadline; its form links the papers page. */
  private void dueByMinutesDeadline(DelegateTask task) {
    Meeting meeting = meetings.meeting(meetingId(task));
    TaskSubject.describe(task, rules.taskSubject(meeting), rules.minutesDueDate(meeting));
    linkPapersPage(task, meeting);
  }

  /** The form's link to the page where the meeting's reports are marked arrived, uploaded and read. */
  private static void linkPapersPage(DelegateTask task, Meeting meeting) {
    task.setVariableLocal(MeetingProcess.PAPERS_PAGE, PublicLinks.papersPagePath(meeting.getReference()));
  }

  @Bean
  TaskForm draftAgendaForm(AgendaService agenda) {
    return TaskForm.of(task -> {
      dueByPublication(task);
      TaskSubject.backToWhoeverDid(task, "Task_DraftAgenda");
      task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId(task)));
      FormData.putList(task, MeetingProcess.AGENDA_ITEMS, agenda.rows(meetingId(task)));
      task.setVariableLocal(MeetingProcess.OVERRUN_ACKNOWLEDGED, false);
    }, task -> agenda.applyDraft(meetingId(task),
        FormData.list(task, MeetingProcess.AGENDA_ITEMS, AgendaItemRow.class),
        FormData.flag(task, MeetingProcess.OVERRUN_ACKNOWLEDGED)));
  }

  @Bean
  TaskForm approveAgendaForm(AgendaService agenda) {
    return TaskForm.of(task -> {
      dueByPublication(task);
      task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId(task)));
      // a fresh choice each round: the last round's "send back" must not be pre-selected
      task.removeVariable(MeetingProcess.AGENDA_DECISION);
      task.removeVariable(MeetingProcess.AGENDA_COMMENTS);
    }, task -> agenda.chairDecides(meetingId(task), FormData.text(task, MeetingProcess.AGENDA_DECISION),
        FormData.text(task, MeetingProcess.AGENDA_COMMENTS), FormData.currentUser(task)));
  }

  @Bean
  TaskForm urgencyReasonForm(AgendaService agenda) {
    return TaskForm.of(task -> {
      dueByPublication(task);
      TaskSubject.backToWhoeverDid(task, "Task_DraftAgenda");
      task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId(task)));
      task.setVariableLocal(MeetingProcess.LATE_PUBLICATION_REASON, "");
    }, task -> agenda.recordLatePublicationReason(meetingId(task),
        FormData.text(task, MeetingProcess.LATE_PUBLICATION_REASON)));
  }

  /** Record the meeting, and revise the minutes after the chair returned them: the same data. */
  @Bean
  TaskForm recordMeetingForm(MinutesService minutes) {
    return TaskForm.of(task -> {
      Long meetingId = meetingId(task);
      dueByMinutesDeadline(task);
      TaskSubject.backToWhoeverDid(task, "Task_RecordMeeting", "Task_ReviseMinutes");
      task.setVariableLocal(MeetingProcess.MINUTES_SUMMARY, minutes.summary(meetingId));
      FormData.putList(task, MeetingProcess.ATTENDANCE, minutes.attendanceRows(meetingId));
      FormData.putList(task, MeetingProcess.ITEM_MINUTES, minutes.itemRows(meetingId));
      FormData.putList(task, MeetingProcess.DECLARATIONS, minutes.declarationRows(meetingId));
      FormData.putList(task, MeetingProcess.ACTIONS, minutes.actionRows(meetingId));
      String aob = minutes.anyOtherBusiness(meetingId);
      task.setVariableLocal(MeetingProcess.ANY_OTHER_BUSINESS, aob == null ? "" : aob);
      String next = minutes.nextMeetingNote(meetingId);
      task.setVariableLocal(MeetingProcess.NEXT_MEETING_NOTE, next == null ? "" : next);
      String toConfirm = minutes.minutesToConfirm(meetingId);
      task.setVariableLocal(MeetingProcess.MINUTES_TO_CONFIRM, toConfirm == null ? "" : toConfirm);
      String toConfirmLink = minutes.minutesToConfirmPath(meetingId);
      task.setVariableLocal(MeetingProcess.PREVIOUS_MINUTES, toConfirmLink == null ? "" : toConfirmLink);
    }, task -> minutes.record(meetingId(task),
        FormData.list(task, MeetingProcess.ATTENDANCE, AttendanceRow.class),
        FormData.list(task, MeetingProcess.ITEM_MINUTES, ItemMinuteRow.class),
        FormData.list(task, MeetingProcess.DECLARATIONS, DeclarationRow.class),
        FormData.list(task, MeetingProcess.ACTIONS, ActionRow.class),
        FormData.text(task, MeetingProcess.ANY_OTHER_BUSINESS),
        FormData.text(task, MeetingProcess.NEXT_MEETING_NOTE),
        FormData.text(task, MeetingProcess.CONFIRM_PREVIOUS_MINUTES),
        FormData.text(task, MeetingProcess.PREVIOUS_MINUTES_CORRECTIONS)));
  }

  @Bean
  TaskForm approveMinutesForm(MinutesService minutes) {
    return TaskForm.of(task -> {
      dueByMinutesDeadline(task);
      task.setVariableLocal(MeetingProcess.MINUTES_SUMMARY, minutes.summary(meetingId(task)));
      task.removeVariable(MeetingProcess.MINUTES_DECISION);
      task.removeVariable(MeetingProcess.MINUTES_COMMENTS);
    }, task -> minutes.chairDecides(meetingId(task), FormData.text(task, MeetingProcess.MINUTES_DECISION),
        FormData.text(task, MeetingProcess.MINUTES_COMMENTS), FormData.currentUser(task)));
  }
}
