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
 * as for a task completed earlier ({@link EngineRestInputErrors#TASK_GONE}). The same for opening a
 * task ({@code GET task/{id}}, its form or its form's variables) at the moment someone completes it:
 * the engine found the task, then its authorization check no longer did (403, "does not have READ
 * permission"; 57 times in a ten-minute two-node run). Whether the task exists
 * is read without the caller's authorizations (the caller may no longer read it). Registered by
 * {@link EngineRestInputErrorsRegistration}; found by the two-node run of issue 14.
 */
@Priority(EngineRestInputErrors.PRIORITY)
public class VanishedTaskAnswers implements ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(VanishedTaskAnswers.class);
  private static final Pattern TASK_COMPLETION = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)/?$");
  /** Tasklist opening a task: the task, its form, its form's variables. */
  private static final Pattern TASK_READ = Pattern.compile("(?:^|/)task/([^/]+)(?:/(?:form|form-variables|variables|rendered-form))?/?$");
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
    if (status != 500 && status != 403) {
      return;
    }
    Matcher completion;
    if ("POST".equals(request.getMethod())) {
      completion = TASK_COMPLETION.matcher(request.getUriInfo().getPath());
    } else if ("GET".equals(request.getMethod())) {
      completion = TASK_READ.matcher(request.getUriInfo().getPath());
    } else {
      return;
    }
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
