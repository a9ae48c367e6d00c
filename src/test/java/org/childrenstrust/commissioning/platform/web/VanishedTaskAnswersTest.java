package org.childrenstrust.commissioning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The losing submission of a task two people completed at once is told the task has gone. */
class VanishedTaskAnswersTest {

  private final Set<String> openTasks = Set.of("open-task");
  private final VanishedTaskAnswers answers = new VanishedTaskAnswers(openTasks::contains);

  @Test
  void aFailedSubmissionOfATaskThatHasGoneIsAnswered404WithTheReason() {
    ContainerResponseContext response = response(500);
    answers.filter(request("POST", "task/gone-task/submit-form"), response);

    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(response).setStatus(404);
    verify(response).setEntity(body.capture(), any(), eq(MediaType.APPLICATION_JSON_TYPE));
    assertThat(((ExceptionDto) body.getValue()).getMessage()).isEqualTo(EngineRestInputErrors.TASK_GONE);
  }

  @Test
  void aRefusalAfterTheTaskWentIsAnswered404Too() {
    ContainerResponseContext response = response(403);
    answers.filter(request("POST", "engine/default/task/gone-task/complete"), response);
    verify(response).setStatus(404);
  }

  @Test
  void openingATaskThatWentWhileItWasReadIsAnswered404() {
    ContainerResponseContext formVariables = response(403);
    answers.filter(request("GET", "task/gone-task/form-variables"), formVariables);
    ContainerResponseContext task = response(403);
    answers.filter(request("GET", "engine/default/task/gone-task"), task);
    verify(formVariables).setStatus(404);
    verify(task).setStatus(404);
  }

  @Test
  void aRefusalToReadATaskThatIsStillOpenStays403() {
    ContainerResponseContext response = response(403);
    answers.filter(request("GET", "task/open-task/form-variables"), response);
    verify(response, never()).setStatus(any(Integer.class));
  }

  @Test
  void aFailureOnATaskThatIsStillOpenKeepsItsAnswer() {
    ContainerResponseContext response = response(500);
    answers.filter(request("POST", "task/open-task/complete"), response);
    verify(response, never()).setStatus(any(Integer.class));
  }

  @Test
  void otherRequestsAndOtherAnswersAreLeftAlone() {
    ContainerResponseContext readFailed = response(500);
    answers.filter(request("GET", "task/gone-task/identity-links"), readFailed);
    ContainerResponseContext badInput = response(400);
    answers.filter(request("POST", "task/gone-task/complete"), badInput);
    ContainerResponseContext otherPath = response(500);
    answers.filter(request("POST", "process-definition/key/X/submit-form"), otherPath);
    ContainerResponseContext taskList = response(500);
    answers.filter(request("GET", "task"), taskList);
    ContainerResponseContext deleted = response(403);
    answers.filter(request("DELETE", "task/gone-task"), deleted);

    verify(readFailed, never()).setStatus(any(Integer.class));
    verify(badInput, never()).setStatus(any(Integer.class));
    verify(otherPath, never()).setStatus(any(Integer.class));
    verify(taskList, never()).setStatus(any(Integer.class));
    verify(deleted, never()).setStatus(any(Integer.class));
  }

  private static ContainerRequestContext request(String method, String path) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    UriInfo uri = mock(UriInfo.class);
    when(uri.getPath()).thenReturn(path);
    when(request.getMethod()).thenReturn(method);
    when(request.getUriInfo()).thenReturn(uri);
    return request;
  }

  private static ContainerResponseContext response(int status) {
    ContainerResponseContext response = mock(ContainerResponseContext.class);
    when(response.getStatus()).thenReturn(status);
    return response;
  }
}
