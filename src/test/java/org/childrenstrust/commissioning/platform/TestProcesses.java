package org.childrenstrust.commissioning.platform;

import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;

/** Small processes the platform tests deploy themselves (the real ones live in processes/). */
public final class TestProcesses {

  /** Needs a "title" to start; its task needs a "decision" of approve or reject to complete. */
  public static final String REQUIRED_INPUT = "PlatformRequiredInput";
  /** A task for the clerks; only the clerks may start it. */
  public static final String CLERKS_ONLY = "PlatformClerksOnly";
  /** Nobody is granted to start this one. */
  public static final String NOBODY_STARTS = "PlatformNobodyStarts";
  /** An asynchronous step that always fails. */
  public static final String FAILING_STEP = "PlatformFailingStep";

  public static final String TITLE_REQUIRED = "A meeting needs a title: fill in 'title'.";
  public static final String DECISION_REQUIRED = "Choose a decision: 'approve' or 'reject'.";
  public static final String FAILURE = "The document store did not answer";

  private TestProcesses() {}

  public static void deploy(RepositoryService repositoryService) {
    repositoryService.createDeployment()
        .name("platform-tests")
        .enableDuplicateFiltering(false)
        .addModelInstance(REQUIRED_INPUT + ".bpmn", requiredInput())
        .addModelInstance(CLERKS_ONLY + ".bpmn", simpleTask(CLERKS_ONLY))
        .addModelInstance(NOBODY_STARTS + ".bpmn", simpleTask(NOBODY_STARTS))
        .addModelInstance(FAILING_STEP + ".bpmn", failingStep())
        .deploy();
  }

  static BpmnModelInstance requiredInput() {
    return Bpmn.createExecutableProcess(REQUIRED_INPUT).name("Required input").camundaHistoryTimeToLive(30)
        .startEvent("Event_Requested").name("Requested")
          .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, RequireTitle.class.getName())
        .userTask("Task_Decide").name("Decide").camundaCandidateGroups("clerks")
          .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, RequireDecision.class.getName())
        .endEvent("Event_Decided").name("Decided")
        .done();
  }

  static BpmnModelInstance simpleTask(String key) {
    return Bpmn.createExecutableProcess(key).name(key).camundaHistoryTimeToLive(30)
        .startEvent("Event_Started").name("Started")
        .userTask("Task_Work").name("Work").camundaCandidateGroups("clerks")
        .endEvent("Event_Done").name("Done")
        .done();
  }

  static BpmnModelInstance failingStep() {
    return Bpmn.createExecutableProcess(FAILING_STEP).name("Failing step").camundaHistoryTimeToLive(30)
        .startEvent("Event_Started").name("Started")
        .serviceTask("Task_FileDocuments").name("File the documents").camundaAsyncBefore()
          .camundaClass(FailingDelegate.class.getName())
        .endEvent("Event_Done").name("Done")
        .done();
  }

  /** Start listener: the process needs a title. */
  public static class RequireTitle implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      Object title = execution.getVariable("title");
      if (!(title instanceof String text) || text.isBlank()) {
        throw new InvalidProcessInput(TITLE_REQUIRED);
      }
    }
  }

  /** Complete listener: the decision must be approve or reject. */
  public static class RequireDecision implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      if (!Set.of("approve", "reject").contains(String.valueOf(task.getVariable("decision")))) {
        throw new InvalidProcessInput(DECISION_REQUIRED);
      }
    }
  }

  /** A step calling another system that is down. */
  public static class FailingDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw new IllegalStateException(FAILURE);
    }
  }
}
