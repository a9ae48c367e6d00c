package org.childrenstrust.commissioning.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * What the drivers of P1 share: acting as a real user (the user's groups, as the web apps set them),
 * finding a task, and running the asynchronous work that is due the way the job executor would, for
 * a process instance and every instance it called (a GovernanceDecision registers its request in a
 * job of its own).
 */
public final class HumanSteps {

  private final ProcessEngine engine;

  public HumanSteps(ProcessEngine engine) {
    this.engine = engine;
  }

  public void as(String userId, Runnable call) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Submits a task form as Tasklist does for the signed-in user. */
  public void complete(String userId, Task task, Map<String, Object> form) {
    as(userId, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  /** The one open task of this definition key in the instance. */
  public Task task(String processInstanceId, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + key + " in " + processInstanceId);
    }
    return task;
  }

  public String startFormDefinition(String processKey) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
  }

  /**
   * Runs the due jobs of the instance and of the instances it called until none is due. A job that
   * an earlier one removed (a timer cancelled by another) is skipped.
   */
  public void runDueJobs(String rootProcessInstanceId) {
    var management = engine.getManagementService();
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().rootProcessInstanceId(rootProcessInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (int i = 0; i < due.size(); i++) {
        String id = due.get(i).getId();
        // a timer that fired may have removed another due one (an event-based gateway, an interrupting boundary)
        if (i == 0 || management.createJobQuery().jobId(id).count() > 0) {
          management.executeJob(id);
        }
      }
    }
    throw new IllegalStateException("jobs keep coming for " + rootProcessInstanceId);
  }

  public boolean hasOpenTask(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).count() > 0;
  }
}
