package org.childrenstrust.commissioning.platform.process;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener behind a user task's Camunda Form, in the one shape every task here has: when the
 * task is created, {@link #load} puts what the form shows into task-local variables (gone when the
 * task completes); when the person completes it, {@link #save} hands what they entered to a
 * service, which refuses the whole form with an
 * {@link org.childrenstrust.commissioning.shared.errors.InvalidProcessInput} if a rule is broken
 * (the task stays open and nothing is written). The model names the bean on both events:
 *
 * <pre>{@code
 * <camunda:taskListener event="create" delegateExpression="${draftAgendaForm}" />
 * <camunda:taskListener event="complete" delegateExpression="${draftAgendaForm}" />
 * }</pre>
 *
 * A feature declares one small bean per task: {@code TaskForm.of(task -> ..., task -> ...)}.
 */
public interface TaskForm extends TaskListener {

  /** On create: what the form shows. */
  void load(DelegateTask task);

  /** On complete: validate and save what the person entered, or refuse it whole. */
  void save(DelegateTask task);

  @Override
  default void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> load(task);
      case EVENTNAME_COMPLETE -> save(task);
      default -> { }
    }
  }

  static TaskForm of(Consumer<DelegateTask> load, Consumer<DelegateTask> save) {
    return new TaskForm() {
      @Override
      public void load(DelegateTask task) {
        load.accept(task);
      }

      @Override
      public void save(DelegateTask task) {
        save.accept(task);
      }
    };
  }
}
