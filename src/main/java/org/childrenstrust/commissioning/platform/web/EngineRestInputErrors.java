package org.childrenstrust.commissioning.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a person's bad input with 400 on the engine REST API ({@code /engine-rest}) and on the
 * API the Camunda webapps call ({@code /camunda/api/engine/...}, used by Tasklist).
 *
 * <p>Camunda's REST resources catch every {@code ProcessEngineException} from starting a process
 * ({@code POST /process-definition/.../start} and {@code .../submit-form}) or completing a task
 * ({@code POST /task/{id}/complete} and {@code .../submit-form}) and rethrow it as a
 * {@link RestException} with status 500, even when it is a {@link BadUserRequestException} such as
 * our {@link org.childrenstrust.commissioning.shared.errors.InvalidProcessInput} thrown by a listener or delegate. This mapper takes those: when
 * the cause chain holds a {@code BadUserRequestException} the answer is 400 (404 for the engine's
 * {@code NotFoundException}) with Camunda's error body {@code {type, message, code}}, where type
 * and message are those of the person's error ("InvalidProcessInput", "A meeting needs a date").
 * Every other {@code RestException} is left to Camunda's own mapper.
 *
 * <p>Jersey picks, among mappers for the same exception type, the one with the lowest priority
 * value whose {@link #isMappable} is true; Camunda's mappers have the default priority (5000).
 * Registered in every Jersey application by {@link EngineRestInputErrorsRegistration}.
 */
@Priority(EngineRestInputErrors.PRIORITY)
public class EngineRestInputErrors implements ExtendedExceptionMapper<RestException> {

  /** Before Camunda's {@code RestExceptionHandler}, which has the default (user) priority 5000. */
  public static final int PRIORITY = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestInputErrors.class);

  @Override
  public boolean isMappable(RestException exception) {
    return badUserRequest(exception) != null || EngineRestDatabaseFaults.mappable(exception) || taskGone(exception);
  }

  /** Completing a task someone else completed a moment ago: the engine's "Cannot find task with id ...". */
  public static final String TASK_GONE = "This task is no longer open: someone else completed it a moment ago "
      + "(or its process moved on). Nothing you sent was saved. Reload the task list.";

  static boolean taskGone(Throwable exception) {
    int depth = 0;
    for (Throwable t = exception; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().startsWith("Cannot find task with id")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Response toResponse(RestException exception) {
    if (EngineRestDatabaseFaults.mappable(exception)) {
      return EngineRestDatabaseFaults.response(exception);
    }
    if (badUserRequest(exception) == null && taskGone(exception)) {
      ExceptionDto gone = new ExceptionDto();
      gone.setType("TaskNotOpen");
      gone.setMessage(TASK_GONE);
      return Response.status(Response.Status.NOT_FOUND).entity(gone).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    BadUserRequestException cause = badUserRequest(exception);
    if (cause == null) {
      // not ours (isMappable said no); keep Camunda's status and body
      return Response.status(exception.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : exception.getStatus())
          .entity(ExceptionDto.fromException(exception)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    Response.Status status = cause instanceof NotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
    LOG.debug("Rejected request ({}): {}", status.getStatusCode(), cause.getMessage());
    ExceptionDto body = ExceptionDto.fromException(cause);
    body.setCode(cause.getCode());
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The innermost {@link BadUserRequestException} in the cause chain, or null. */
  static BadUserRequestException badUserRequest(Throwable exception) {
    BadUserRequestException found = null;
    int depth = 0;
    for (Throwable t = exception; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof BadUserRequestException badUserRequest) {
        found = badUserRequest;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return found;
  }
}
