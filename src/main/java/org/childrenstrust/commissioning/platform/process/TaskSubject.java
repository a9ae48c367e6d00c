package org.childrenstrust.commissioning.platform.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;

/**
 * What a person sees of a task in Tasklist's list before opening it: a name that says what the
 * task is about ("Draft agenda: Executive Commissioning Group, 8 Dec 2026"), a due date from the
 * process's own deadlines, and, when the task comes back (sent back by a chair), the person who
 * did it before as its assignee, so it lands in their "My work" without claiming it again. Called
 * from a {@link TaskForm}'s load.
 */
public final class TaskSubject {

  /** Dates in task names: "8 Dec 2026". */
  public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  /** When a task is due on its due day: the end of the working day. */
  public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

  private TaskSubject() {}

  /**
   * Names the task after its step and its subject, and sets its due date.
   *
   * @param subject what the task is about: "Executive Commissioning Group, 8 Dec 2026"
   * @param due the day it is due (null: no due date)
   */
  public static void describe(DelegateTask task, String subject, LocalDate due) {
    String step = task.getBpmnModelElementInstance() == null ? task.getName()
        : task.getBpmnModelElementInstance().getName();
    task.setName(subject == null || subject.isBlank() ? step : step + ": " + subject);
    task.setDueDate(due == null ? null : BusinessClock.toDate(due.atTime(END_OF_DAY)));
  }

  /**
   * Assigns the task to whoever last completed one of {@code taskKeys} in this process instance
   * (the clerk who drafted the agenda gets the agenda back); leaves it to the candidate groups when
   * nobody did yet.
   */
  public static void backToWhoeverDid(DelegateTask task, String... taskKeys) {
    HistoryService history = task.getProcessEngineServices().getHistoryService();
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
        .processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKeyIn(taskKeys)
        .finished()
        .orderByHistoricTaskInstanceEndTime().desc()
        .listPage(0, 1);
    if (done.isEmpty()) {
      return;
    }
    HistoricTaskInstance last = done.get(0);
    String who = last.getAssignee();
    if (who == null) {
      // completed without being claimed first (through the API): the user operation log knows who
      who = history.createUserOperationLogQuery().taskId(last.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
          .listPage(0, 1).stream().map(UserOperationLogEntry::getUserId).findFirst().orElse(null);
    }
    if (who != null) {
      task.setAssignee(who);
    }
  }
}
