package org.childrenstrust.commissioning.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A step that has used up its retries is not only an incident in Cockpit: the process's group
 * gets a notice in Tasklist, which goes away when the step has run.
 */
@TestPropertySource(properties = "commissioning.failure-notices.PlatformFlakyStep=clerks")
class FailedStepNoticesTest extends ProcessTestSupport {

  static final String PROCESS = "PlatformFlakyStep";

  @Autowired RepositoryService repositoryService;
  private String deployment;

  /** A process whose one step fails while the variable 'broken' is true. */
  private ProcessInstance startBroken() {
    deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Flaky check").camundaHistoryTimeToLive(1)
            .startEvent("Event_Start").name("Start")
            .serviceTask("Task_Send").name("Send the letters").camundaAsyncBefore()
              .camundaFailedJobRetryTimeCycle("R2/PT5M")
              .camundaExpression("${broken ? execution.getVariable('no such thing').length() : true}")
            .endEvent("Event_Done").name("Done")
            .done()).deploy().getId();
    return runtimeService.startProcessInstanceByKey(PROCESS, "LETTERS-2027", Map.of("broken", true));
  }

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private List<Task> notices() {
    return taskService.createTaskQuery().taskCandidateGroup("clerks").taskNameLike("Not done:%").list();
  }

  /** Runs the step through its retries (R2/PT5M) until it is an incident. */
  private Job failedThroughRetries(ProcessInstance pi) {
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    for (int attempt = 0; attempt < 5 && managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0; attempt++) {
      org.camunda.bpm.engine.impl.util.ClockUtil.offset(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()
          - System.currentTimeMillis() + 6 * 60_000L);
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the step fails, as it should until it is mended
      }
    }
    return job;
  }

  @Test
  void aFailedStepOpensANoticeForTheProcesssGroupAndTheNoticeGoesWhenTheStepHasRun() {
    ProcessInstance pi = startBroken();
    Job job = failedThroughRetries(pi);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(notices()).singleElement().satisfies(notice -> {
      assertThat(notice.getName()).isEqualTo("Not done: Send the letters (LETTERS-2027)");
      assertThat(notice.getDescription()).contains("Flaky check LETTERS-2027", "failed after all its retries",
          "An administrator retries it in Cockpit");
    });

    runtimeService.setVariable(pi.getId(), "broken", false);
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(notices()).isEmpty();
  }

  @Test
  void theNoticeGoesWhenTheWaitingInstanceIsDeletedAndAStepThatRunsAtOnceLeavesOtherNoticesAlone() {
    ProcessInstance broken = startBroken();
    failedThroughRetries(broken);
    assertThat(notices()).hasSize(1);

    ProcessInstance fine = runtimeService.startProcessInstanceByKey(PROCESS, "LETTERS-2028", Map.of("broken", false));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(fine.getId()).singleResult().getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(fine.getId()).count()).isZero();
    assertThat(notices()).singleElement().satisfies(notice -> assertThat(notice.getName()).contains("LETTERS-2027"));

    runtimeService.deleteProcessInstance(broken.getId(), "Letters sent by hand");
    assertThat(notices()).isEmpty();
  }
}
