package org.childrenstrust.commissioning.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.childrenstrust.commissioning.platform.TestProcesses;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A domain API endpoint for the tests only (imported by PlatformWebTest, never component-scanned):
 * starts and completes the test process the way a feature's controller would, so that the domain
 * API's error answers ({@link ApiErrors}) can be tested.
 */
@TestComponent
@RestController
@RequestMapping("/api/platform-probe")
public class DomainApiProbe {

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public DomainApiProbe(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @PostMapping("/requests")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> start(@RequestParam String businessKey, @RequestParam(required = false) String title) {
    Map<String, Object> variables = new HashMap<>();
    if (title != null) {
      variables.put("title", title);
    }
    return Map.of("id", runtimeService.startProcessInstanceByKey(TestProcesses.REQUIRED_INPUT, businessKey, variables).getId());
  }

  @PostMapping("/tasks/{taskId}/decision")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void decide(@PathVariable String taskId, @RequestParam String decision) {
    taskService.complete(taskId, Map.of("decision", decision));
  }
}
