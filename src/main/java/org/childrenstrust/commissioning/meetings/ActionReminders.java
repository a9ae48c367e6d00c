package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childrenstrust.commissioning.meetings.domain.ActionStatus;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MeetingActionRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to the owners of open actions: once a few working days before the due date, and
 * when overdue, again every week until the action is done. Run each working morning by the
 * {@code ActionReminders} process (a timer start event, so one node sends them in a cluster).
 */
@Component("sendActionReminders")
class ActionReminders implements JavaDelegate {

  private final MeetingActionRepository actions;
  private final WorkingDays workingDays;
  private final MeetingMailer mailer;
  private final int daysBefore;

  public ActionReminders(MeetingActionRepository actions, WorkingDays workingDays, MeetingMailer mailer,
      @Value("${commissioning.meetings.action-reminder-working-days:2}") int daysBefore) {
    this.actions = actions;
    this.workingDays = workingDays;
    this.mailer = mailer;
    this.daysBefore = daysBefore;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    sendDue(BusinessClock.today());
  }

  /** Sends what is due on {@code today}; returns how many reminders went out. */
  @Transactional
  public int sendDue(LocalDate today) {
    int sent = 0;
    LocalDate horizon = workingDays.plusWorkingDays(today, daysBefore);
    for (MeetingAction action : actions.findByStatusAndDueDateLessThanEqual(ActionStatus.OPEN, horizon)) {
      if (action.getDueDate().isBefore(today)) {
        LocalDate last = action.getRemindedOverdueOn();
        if (last == null || !last.plusWeeks(1).isAfter(today)) {
          mailer.actionReminder(action, true);
          action.setRemindedOverdueOn(today);
          sent++;
        }
      } else if (action.getRemindedBeforeOn() == null) {
        mailer.actionReminder(action, false);
        action.setRemindedBeforeOn(today);
        sent++;
      }
    }
    return sent;
  }
}
