package org.childrenstrust.commissioning.platform.ops;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * When a step has used up its retries (a mail server down for an hour, a partner's system
 * refusing a submission), the people who run the process hear of it in Tasklist, not only the
 * administrators in Cockpit: an incident also opens a notice task for the process's group
 * ({@code commissioning.failure-notices.<process key>: <group>}; administrators otherwise) saying
 * what failed, for which record, and that an administrator retries it. The notice goes when the
 * incident is resolved (the step retried successfully) or deleted.
 */
@Component
public class FailedStepNotices extends AbstractProcessEnginePlugin implements IncidentHandler {

  /** A notice's local variable: the job whose failure it tells of. */
  public static final String FAILED_JOB_ID = "failedStepJobId";

  private final Map<String, String> groupsByProcess;

  public FailedStepNotices(Environment environment) {
    this.groupsByProcess = Binder.get(environment)
        .bind("commissioning.failure-notices", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the default handler still creates the incident; this one is a sub-handler beside it
    configuration.setCompositeIncidentHandlersEnabled(true);
    java.util.List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
        ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomIncidentHandlers());
    handlers.add(this);
    configuration.setCustomIncidentHandlers(handlers);
  }

  @Override
  public String getIncidentHandlerType() {
    return Incident.FAILED_JOB_HANDLER_TYPE;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
    ExecutionEntity execution = context.getExecutionId() == null ? null
        : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
    String processKey = execution == null ? null : execution.getProcessDefinition().getKey();
    String processName = execution == null ? "A process" : execution.getProcessDefinition().getName();
    String businessKey = execution == null ? null : execution.getProcessBusinessKey();
    String step = execution == null || execution.getActivity() == null ? context.getActivityId()
        : String.valueOf(execution.getActivity().getName());
    Task notice = tasks.newTask();
    notice.setName("Not done: " + step + (businessKey == null ? "" : " (" + businessKey + ")"));
    notice.setDescription(processName + (businessKey == null ? "" : " " + businessKey) + ": the step '" + step
        + "' failed after all its retries and is waiting. What went wrong: " + (message == null ? "unknown" : message)
        + ". An administrator retries it in Cockpit once the cause is fixed (for example the mail server is back);"
        + " this notice closes by itself when the step has run.");
    notice.setDueDate(BusinessClock.toDate(BusinessClock.now()));
    notice.setPriority(80);
    tasks.saveTask(notice);
    tasks.addCandidateGroup(notice.getId(), groupsByProcess.getOrDefault(processKey, GovernanceGroup.ADMINISTRATORS_ID));
    if (!GovernanceGroup.ADMINISTRATORS_ID.equals(groupsByProcess.getOrDefault(processKey, GovernanceGroup.ADMINISTRATORS_ID))) {
      tasks.addCandidateGroup(notice.getId(), GovernanceGroup.ADMINISTRATORS_ID);
    }
    tasks.setVariableLocal(notice.getId(), FAILED_JOB_ID, context.getConfiguration());
    return null;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    closeNotices(context);
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    closeNotices(context);
  }

  /**
   * Camunda calls this for every job it deletes, also after each step that ran at its first try;
   * only a job whose retries are used up can have an incident and so a notice (a retry from
   * Cockpit resolves the incident while the job's retries are still 0). The job being deleted is
   * in the command's entity cache: one with retries left needs no query for notices.
   */
  private static void closeNotices(IncidentContext context) {
    JobEntity job = context.getConfiguration() == null ? null
        : Context.getCommandContext().getDbEntityManager().getCachedEntity(JobEntity.class, context.getConfiguration());
    if (job != null && job.getRetries() > 0) {
      return;
    }
    TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
    tasks.createTaskQuery().taskVariableValueEquals(FAILED_JOB_ID, context.getConfiguration()).list()
        .forEach(task -> tasks.deleteTask(task.getId(), "The failed step has run"));
  }
}
