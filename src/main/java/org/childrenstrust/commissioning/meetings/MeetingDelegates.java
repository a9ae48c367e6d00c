package org.childrenstrust.commissioning.meetings;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AgendaToMinutes service tasks and listeners, one bean each, named as the model's
 * {@code camunda:delegateExpression}s. Each is a thin call into the meetings services.
 */
@Configuration
class MeetingDelegates {

  static Long meetingId(DelegateExecution execution) {
    Object id = execution.getVariable(MeetingProcess.MEETING_ID);
    if (id == null) {
      throw new InvalidProcessInput("The process has no meeting: start it from a meeting or with the schedule form.");
    }
    return ((Number) id).longValue();
  }

  /**
   * Start of an AgendaToMinutes instance: either for a meeting scheduled by the application
   * ({@code meetingId} given), or from the clerk's start form, which creates the meeting.
   */
  @Bean
  public ExecutionListener meetingScheduled(MeetingService meetings) {
    return execution -> {
      Meeting meeting;
      if (execution.getVariable(MeetingProcess.MEETING_ID) != null) {
        meeting = meetings.meeting(meetingId(execution));
      } else {
        meeting = meetings.create(
            FormData.text(execution, MeetingProcess.BODY_CODE),
            requireDate(FormData.date(execution, MeetingProcess.MEETING_DATE, "The meeting date")),
            FormData.time(FormData.text(execution, MeetingProcess.START_TIME), "The start time"),
            FormData.time(FormData.text(execution, MeetingProcess.END_TIME), "The end time"),
            FormData.text(execution, MeetingProcess.PLACE));
        for (String formField : List.of(MeetingProcess.BODY_CODE, MeetingProcess.MEETING_DATE,
            MeetingProcess.START_TIME, MeetingProcess.END_TIME, MeetingProcess.PLACE)) {
          execution.removeVariable(formField);
        }
        execution.setVariable(MeetingProcess.MEETING_ID, meeting.getId());
      }
      meeting.runBy(execution.getProcessInstanceId());
      execution.setProcessBusinessKey(meeting.getReference());
    };
  }

  private static java.time.LocalDate requireDate(java.time.LocalDate date) {
    if (date == null) {
      throw new InvalidProcessInput("Give the date of the meeting.");
    }
    return date;
  }

  @Bean
  public JavaDelegate collectAgendaItems(AgendaService agenda) {
    return execution -> agenda.collect(meetingId(execution));
  }

  @Bean
  public JavaDelegate warnPublicationDeadline(MeetingService meetings, MeetingRules rules, MeetingMailer mailer) {
    return execution -> {
      Meeting meeting = meetings.meeting(meetingId(execution));
      mailer.publicationDeadlineNear(meeting, rules.latestPublicationDate(meeting));
    };
  }

  @Bean
  public JavaDelegate publishAgenda(AgendaService agenda) {
    return execution -> agenda.publish(meetingId(execution));
  }

  @Bean
  public JavaDelegate sendAgenda(MeetingService meetings, MeetingMailer mailer) {
    return execution -> mailer.agendaPublished(meetings.meeting(meetingId(execution)));
  }

  @Bean
  public JavaDelegate chaseReports(MeetingService meetings, MeetingMailer mailer) {
    return execution -> {
      Meeting meeting = meetings.meeting(meetingId(execution));
      List<AgendaItem> outstanding = meeting.orderedItems().stream().filter(AgendaItem::isPaperOutstanding).toList();
      if (!outstanding.isEmpty()) {
        mailer.papersOutstanding(meeting, outstanding);
      }
    };
  }

  @Bean
  public JavaDelegate applyMeetingOutcomes(MeetingOutcomes outcomes) {
    return execution -> outcomes.apply(meetingId(execution));
  }

  @Bean
  public JavaDelegate circulateMinutes(MinutesService minutes, MeetingMailer mailer) {
    return execution -> mailer.minutesCirculated(minutes.circulated(meetingId(execution)));
  }

  @Bean
  public JavaDelegate publishMinutes(MinutesService minutes) {
    return execution -> minutes.publish(meetingId(execution));
  }
}
