package org.childrenstrust.commissioning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base for process tests through the Spring context: the engine clock is moved, never slept on;
 * jobs (asynchronous steps, timers) are run by the test, as the job executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProcessTestSupport {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected IdentityService identityService;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  protected static void clockAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(BusinessClock.toDate(time));
  }

  /** Runs every job that is due now for the instance, as the job executor would, until none is left. */
  protected void runDueJobs(String processInstanceId) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
      }
    }
    throw new AssertionError("Jobs keep coming for " + processInstanceId);
  }

  /**
   * Runs a failing job through its whole retry cycle, moving the clock to each retry as the job
   * executor would wait for it, until it has no retries left (an incident). Returns the person's
   * error of the last attempt.
   */
  protected InvalidProcessInput failThroughRetries(String jobId) {
    InvalidProcessInput last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      Job job = managementService.createJobQuery().jobId(jobId).singleResult();
      if (job == null || job.getRetries() == 0) {
        return last;
      }
      if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 1000));
      }
      last = rejection(() -> managementService.executeJob(jobId));
    }
    throw new AssertionError("Job " + jobId + " still has retries after 20 attempts");
  }

  protected Task task(String processInstanceId, String taskDefinitionKey) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("open task " + taskDefinitionKey).isNotNull();
    return task;
  }

  /**
   * The person's error inside whatever the engine wrapped it in (task listeners' exceptions come
   * wrapped): fails if the call succeeds or fails for another reason.
   */
  protected static InvalidProcessInput rejection(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidProcessInput input) {
          return input;
        }
      }
      throw new AssertionError("Expected the input to be refused, but failed with " + e, e);
    }
    throw new AssertionError("Expected the input to be refused, but it was accepted");
  }

  /** Completes a task as a user would in Tasklist: authenticated, through the form service. */
  protected void completeAs(String userId, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(g -> g.getId()).toList());
    try {
      processEngine.getFormService().submitTaskForm(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
