package org.childrenstrust.commissioning.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine REST API ({@code /engine-rest}) and the webapps' API ({@code /camunda/api/engine}) on
 * the faults of {@link DatabaseFaults}: 503 with {@code Retry-After} when the database cannot be
 * reached, 409 when another transaction changed the same thing first, each with Camunda's error
 * body {@code {type, message, code}}; Camunda's own mappers answer both with 500. Jersey chooses a
 * mapper by the nearest exception type first, so there is one per type Camunda maps (every
 * exception, and the engine's); {@link EngineRestInputErrors} does the same for Camunda's
 * {@code RestException}. Registered by {@link EngineRestInputErrorsRegistration}.
 */
public final class EngineRestDatabaseFaults {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestDatabaseFaults.class);

  private EngineRestDatabaseFaults() {}

  static boolean mappable(Throwable e) {
    return DatabaseFaults.unavailable(e) || DatabaseFaults.concurrentChange(e);
  }

  static Response response(Throwable e) {
    boolean unavailable = DatabaseFaults.unavailable(e);
    ExceptionDto body = new ExceptionDto();
    body.setType(unavailable ? "DatabaseUnavailable" : "OptimisticLockingException");
    body.setMessage(unavailable ? DatabaseFaults.unavailableMessage(e) : DatabaseFaults.CONCURRENT_CHANGE);
    if (unavailable) {
      LOG.warn("Database unavailable on the engine REST API: {}", e.toString());
    } else {
      LOG.info("Concurrent change answered 409: {}", e.getMessage());
    }
    Response.ResponseBuilder answer = Response.status(unavailable ? 503 : 409).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    return unavailable ? answer.header("Retry-After", DatabaseFaults.RETRY_AFTER_SECONDS).build() : answer.build();
  }

  /** Any exception (Camunda's {@code ExceptionHandler} takes Throwable). */
  @Priority(EngineRestInputErrors.PRIORITY)
  public static class OfAny implements ExtendedExceptionMapper<Throwable> {
    @Override
    public boolean isMappable(Throwable exception) {
      return mappable(exception);
    }

    @Override
    public Response toResponse(Throwable exception) {
      return response(exception);
    }
  }

  /** The engine's exceptions (Camunda's {@code ProcessEngineExceptionHandler}). */
  @Priority(EngineRestInputErrors.PRIORITY)
  public static class OfEngine implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return mappable(exception);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return response(exception);
    }
  }
}
