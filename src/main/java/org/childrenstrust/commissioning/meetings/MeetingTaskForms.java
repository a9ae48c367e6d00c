package org.childrenstrust.commissioning.meetings;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.meetings.FormRows.ActionRow;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.childrenstrust.commissioning.meetings.FormRows.AttendanceRow;
import org.childrenstrust.commissioning.meetings.FormRows.DeclarationRow;
import org.childrenstrust.commissioning.meetings.FormRows.ItemMinuteRow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user tasks' listeners: on create they put what the Camunda Form shows into task-local
 * variables (gone when the task completes); on complete they hand what the person entered to the
 * meetings services, which refuse the whole form if a rule is broken (the task stays open and
 * nothing is written).
 */
@Configuration
public class MeetingTaskForms {

  static String currentUser(DelegateTask task, IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static Long meetingId(DelegateTask task) {
    return ((Number) task.getVariable(MeetingProcess.MEETING_ID)).longValue();
  }

  private static boolean creating(DelegateTask task) {
    return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
  }

  @Bean
  public TaskListener draftAgendaForm(AgendaService agenda) {
    return task -> {
      Long meetingId = meetingId(task);
      if (creating(task)) {
        task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId));
        FormData.putList(task, MeetingProcess.AGENDA_ITEMS, agenda.rows(meetingId));
        task.setVariableLocal(MeetingProcess.OVERRUN_ACKNOWLEDGED, false);
      } else {
        agenda.applyDraft(meetingId, FormData.list(task, MeetingProcess.AGENDA_ITEMS, AgendaItemRow.class),
            FormData.flag(task, MeetingProcess.OVERRUN_ACKNOWLEDGED));
      }
    };
  }

  @Bean
  public TaskListener approveAgendaForm(AgendaService agenda, IdentityService identityService) {
    return task -> {
      Long meetingId = meetingId(task);
      if (creating(task)) {
        task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId));
        // a fresh choice each round: the last round's "send back" must not be pre-selected
        task.removeVariable(MeetingProcess.AGENDA_DECISION);
        task.removeVariable(MeetingProcess.AGENDA_COMMENTS);
      } else {
        agenda.chairDecides(meetingId, FormData.text(task, MeetingProcess.AGENDA_DECISION),
            FormData.text(task, MeetingProcess.AGENDA_COMMENTS), currentUser(task, identityService));
      }
    };
  }

  @Bean
  public TaskListener urgencyReasonForm(AgendaService agenda) {
    return task -> {
      Long meetingId = meetingId(task);
      if (creating(task)) {
        task.setVariableLocal(MeetingProcess.AGENDA_SUMMARY, agenda.summary(meetingId));
        task.setVariableLocal(MeetingProcess.LATE_PUBLICATION_REASON, "");
      } else {
        agenda.recordLatePublicationReason(meetingId, FormData.text(task, MeetingProcess.LATE_PUBLICATION_REASON));
      }
    };
  }

  /** Record the meeting, and revise the minutes after the chair returned them: the same data. */
  @Bean
  public TaskListener recordMeetingForm(MinutesService minutes) {
    return task -> {
      Long meetingId = meetingId(task);
      if (creating(task)) {
        task.setVariableLocal(MeetingProcess.MINUTES_SUMMARY, minutes.summary(meetingId));
        FormData.putList(task, MeetingProcess.ATTENDANCE, minutes.attendanceRows(meetingId));
        FormData.putList(task, MeetingProcess.ITEM_MINUTES, minutes.itemRows(meetingId));
        FormData.putList(task, MeetingProcess.DECLARATIONS, minutes.declarationRows(meetingId));
        FormData.putList(task, MeetingProcess.ACTIONS, minutes.actionRows(meetingId));
        String aob = minutes.anyOtherBusiness(meetingId);
        task.setVariableLocal(MeetingProcess.ANY_OTHER_BUSINESS, aob == null ? "" : aob);
        String next = minutes.nextMeetingNote(meetingId);
        task.setVariableLocal(MeetingProcess.NEXT_MEETING_NOTE, next == null ? "" : next);
      } else {
        minutes.record(meetingId,
            FormData.list(task, MeetingProcess.ATTENDANCE, AttendanceRow.class),
            FormData.list(task, MeetingProcess.ITEM_MINUTES, ItemMinuteRow.class),
            FormData.list(task, MeetingProcess.DECLARATIONS, DeclarationRow.class),
            FormData.list(task, MeetingProcess.ACTIONS, ActionRow.class),
            FormData.text(task, MeetingProcess.ANY_OTHER_BUSINESS),
            FormData.text(task, MeetingProcess.NEXT_MEETING_NOTE));
      }
    };
  }

  @Bean
  public TaskListener approveMinutesForm(MinutesService minutes, IdentityService identityService) {
    return task -> {
      Long meetingId = meetingId(task);
      if (creating(task)) {
        task.setVariableLocal(MeetingProcess.MINUTES_SUMMARY, minutes.summary(meetingId));
        task.removeVariable(MeetingProcess.MINUTES_DECISION);
        task.removeVariable(MeetingProcess.MINUTES_COMMENTS);
      } else {
        minutes.chairDecides(meetingId, FormData.text(task, MeetingProcess.MINUTES_DECISION),
            FormData.text(task, MeetingProcess.MINUTES_COMMENTS), currentUser(task, identityService));
      }
    };
  }
}
