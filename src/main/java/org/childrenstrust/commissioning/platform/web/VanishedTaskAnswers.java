package org.childrenstrust.commissioning.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two people submit the same task at the same moment: the first completes it; the second's request
 * then fails inside the engine before its own conflict check (a variable the first removed, the
 * assignee's permission already gone) and Camunda answers 500 or 403 with the engine's words. When a
 * task's {@code complete}, {@code submit-form} or {@code resolve} failed that way and the task no
 * longer exists, the person is told what happened instead: 404 "This task is no longer open ...",
 * as for a task completed earlier ({@link EngineRestInputErrors#TASK_GONE}). Whether the task exists
 * is read without the caller's authorizations (the caller may no longer read it). Registered by
 * {@link EngineRestInputErrorsRegistration}; found by the two-node run of issue 14.
 */
@Priority(EngineRestInputErrors.PRIORITY)
public class VanishedTaskAnswers implements ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(VanishedTaskAnswers.class);
  private static final Pattern TASK_COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)/?$");
  private static final Annotation[] NONE = new Annotation[0];

  private final Predicate<String> taskExists;

  public VanishedTaskAnswers() {
    this(VanishedTaskAnswers::existsInDefaultEngine);
  }

  VanishedTaskAnswers(Predicate<String> taskExists) {
    this.taskExists = taskExists;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if (!"POST".equals(request.getMethod()) || (status != 500 && status != 403)) {
      return;
    }
    Matcher completion = TASK_COMPLETION.matcher(request.getUriInfo().getPath());
    if (!completion.find()) {
      return;
    }
    String taskId = completion.group(1);
    if (taskExists.test(taskId)) {
      return;
    }
    LOG.info("Task {} was completed by someone else while this request ran; answered 404 instead of {}", taskId, status);
    ExceptionDto gone = new ExceptionDto();
    gone.setType("TaskNotOpen");
    gone.setMessage(EngineRestInputErrors.TASK_GONE);
    response.setStatus(404);
    response.setEntity(gone, NONE, MediaType.APPLICATION_JSON_TYPE);
  }

  private static boolean existsInDefaultEngine(String taskId) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    if (engine == null) {
      return true;
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.getTaskManager().findTaskById(taskId) != null);
  }
}
