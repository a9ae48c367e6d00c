package org.childrenstrust.commissioning.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.childrenstrust.commissioning.platform.mail.PromptGreenMail;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The application's own Spring context (history level, authorization, listeners, mail as
 * configured), with two processes of the benchmark's deployed beside the application's:
 * {@value #BARE} (start, one user task, end: no listeners, no domain code) and
 * {@value #GROUP_TASK} (one user task for the candidate group in {@code benchGroup}, for the task
 * queries). Both declare the history time to live the application's processes declare.
 */
public abstract class EngineBenchmarkSupport {

  public static final String BARE = "BenchBare";
  public static final String GROUP_TASK = "BenchGroupTask";
  public static final int APPLICATION_HISTORY_TTL_DAYS = 3650;
  public static final String CLERK = "clara.jones";

  private static GreenMail mail;

  @Autowired protected ProcessEngine engine;
  @Autowired protected ApplicationContext context;

  @BeforeEach
  void benchmarkProcessesAndMail() {
    startMail();
    deploy(Bpmn.createExecutableProcess(BARE).name("Bare process").camundaHistoryTimeToLive(APPLICATION_HISTORY_TTL_DAYS)
        .startEvent("Event_Start").userTask("Task_Bare").name("Bare task").camundaCandidateGroups("clerks")
        .endEvent("Event_End").done());
    deploy(Bpmn.createExecutableProcess(GROUP_TASK).name("Group task").camundaHistoryTimeToLive(APPLICATION_HISTORY_TTL_DAYS)
        .startEvent("Event_Start").userTask("Task_Group").name("Group task").camundaCandidateGroups("${benchGroup}")
        .endEvent("Event_End").done());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  private void deploy(BpmnModelInstance model) {
    engine.getRepositoryService().createDeployment().name("benchmark").enableDuplicateFiltering(true)
        .addModelInstance(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator().next().getId() + ".bpmn", model).deploy();
  }

  /**
   * The tests' SMTP port gets a real server, so that the processes' e-mails are sent as in production:
   * GreenMail answering at once as a production mail server does ({@link PromptGreenMail}), or with
   * {@code -Dbenchmark.smtp.prompt=false} GreenMail as it comes, whose EHLO reply waits about 40 ms
   * for the client's delayed ACK on every message.
   */
  private static synchronized void startMail() {
    if (mail == null) {
      mail = PROMPT_SMTP ? new PromptGreenMail(TestMail.smtp()) : new GreenMail(TestMail.smtp());
      mail.start();
      Bench.progress("SMTP server: GreenMail" + (PROMPT_SMTP ? " with TCP_NODELAY (PromptGreenMail)" : " as it comes (Nagle's wait on EHLO)"));
    }
  }

  static final boolean PROMPT_SMTP = Boolean.parseBoolean(System.getProperty("benchmark.smtp.prompt", "true"));

  /** One bare instance: the start and the user task, each timed as a human step. */
  protected void bareCycle(StepTimer timer) {
    String[] pi = new String[1];
    timer.step("Start (start form)", () -> pi[0] = engine.getRuntimeService().startProcessInstanceByKey(BARE).getId());
    timer.step("Complete the task (clerk)", () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi[0]).singleResult();
      completeAs(CLERK, task, Map.of("done", true));
    });
  }

  protected void completeAs(String userId, Task task, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      engine.getFormService().submitTaskForm(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  protected List<String> groupsOf(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  protected void startedAndFinished(String what) {
    Bench.progress(what);
  }

  protected static Map<String, Object> figures(Object... keyValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
