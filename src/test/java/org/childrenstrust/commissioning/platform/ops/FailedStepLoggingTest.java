package org.childrenstrust.commissioning.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.TestProcesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A failing step is logged with its process instance and business key, so a log search finds it. */
@ExtendWith(OutputCaptureExtension.class)
class FailedStepLoggingTest extends PlatformWebTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void deploy() {
    TestProcesses.deploy(repositoryService);
  }

  @Test
  void theErrorLineOfAFailedStepNamesTheProcessInstanceAndBusinessKey(CapturedOutput output) {
    String businessKey = "ECG-" + UUID.randomUUID();
    String processInstanceId = runtimeService.startProcessInstanceByKey(TestProcesses.FAILING_STEP, businessKey).getId();
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasStackTraceContaining(TestProcesses.FAILURE);

    List<String> errorLines = Arrays.stream(output.getOut().split("\\R"))
        .filter(line -> line.contains("ERROR"))
        .filter(line -> line.contains("pi=" + processInstanceId))
        .toList();
    assertThat(errorLines).as("ERROR lines for instance %s in:%n%s", processInstanceId, output.getOut()).isNotEmpty();
    assertThat(errorLines).allSatisfy(line -> assertThat(line).contains("bk=" + businessKey));
    assertThat(String.join("\n", errorLines)).contains("act=Task_FileDocuments");
  }
}
