package org.childrenstrust.commissioning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7, "done means": the demo data starts with readable task names and due dates. A context of
 * its own (nothing another test left behind): after the first asynchronous steps of the demo's
 * meetings have run, as the job executor does just after start, every open task names its subject
 * ("Draft agenda: Children's Trust Executive Commissioning Group, 9 Feb 2027") and has a due date.
 */
@TestPropertySource(properties = "commissioning.demo.enabled=true")
class DemoTasksTest extends ProcessTestSupport {

  @Test
  void everyDemoTaskNamesItsSubjectAndHasADueDate() {
    for (ProcessInstance meeting : runtimeService.createProcessInstanceQuery().processDefinitionKey("AgendaToMinutes").list()) {
      runDueJobs(meeting.getId());
    }
    List<Task> tasks = taskService.createTaskQuery().list();

    assertThat(tasks).extracting(Task::getName)
        .anyMatch(name -> name.startsWith("Draft agenda: Children's Trust Executive Commissioning Group, "));
    assertThat(tasks).allSatisfy(task -> {
      assertThat(task.getName()).as("task %s", task.getTaskDefinitionKey()).matches("[^:]+: .+");
      assertThat(task.getDueDate()).as("due date of \"%s\"", task.getName()).isNotNull();
    });
  }
}
