package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.DataIntegrityViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every error of the domain API as {@code {status, error, message, path}} with a message a person
 * can act on; never a stack trace.
 */
@RestControllerAdvice
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(BusinessRuleViolation.class)
  ResponseEntity<Map<String, Object>> businessRule(BusinessRuleViolation e, HttpServletRequest request) {
    return body(status(e.kind()), e.getMessage(), request);
  }

  /** The answer the domain API gives to each kind of refusal. */
  static HttpStatus status(BusinessRuleViolation.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
      case MALFORMED -> HttpStatus.BAD_REQUEST;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<Map<String, Object>> notFound(NotFound e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, e.getMessage(), request);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e, HttpServletRequest request) {
    return body(HttpStatus.FORBIDDEN, "You are not allowed to do this: " + e.getMessage(), request);
  }

  /**
   * Input the engine rejected: an {@link InvalidProcessInput} (or another
   * {@link BadUserRequestException}) from a listener or delegate, possibly wrapped by the engine
   * (task listeners wrap what they throw). Anything else from the engine is unexpected.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> engine(ProcessEngineException e, HttpServletRequest request) {
    if (DatabaseFaults.unavailable(e) || DatabaseFaults.concurrentChange(e)) {
      return databaseFault(e, request);
    }
    BadUserRequestException input = EngineRestInputErrors.badUserRequest(e);
    if (input == null) {
      return unexpected(e, request);
    }
    HttpStatus status = input instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return body(status, input.getMessage(), request);
  }

  /**
   * The engine's "Cannot find task with id ..." and "no processes deployed with key ...": the
   * request names something that does not exist.
   */
  @ExceptionHandler(NullValueException.class)
  ResponseEntity<Map<String, Object>> missing(NullValueException e, HttpServletRequest request) {
    String message = e.getMessage() == null ? "Something the request names does not exist."
        : e.getMessage().replaceAll(": \\w+ is null$", ".");
    return body(HttpStatus.NOT_FOUND, message, request);
  }

  /** A constraint of the database the checks before it missed: refused, nothing written. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
    LOG.warn("Refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMostSpecificCause().getMessage());
    return body(HttpStatus.BAD_REQUEST, "The request could not be saved: a value is too long, missing or already used. "
        + "Nothing was saved; check the values and try again.", request);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + " " + error.getDefaultMessage())
        .collect(Collectors.joining("; "));
    return body(HttpStatus.BAD_REQUEST, "Please correct: " + message, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Map<String, Object>> invalid(ConstraintViolationException e, HttpServletRequest request) {
    String message = e.getConstraintViolations().stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.joining("; "));
    return body(HttpStatus.BAD_REQUEST, "Please correct: " + message, request);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class, IllegalArgumentException.class})
  ResponseEntity<Map<String, Object>> unreadable(Exception e, HttpServletRequest request) {
    String message = e instanceof HttpMessageNotReadableException
        ? "The request could not be read: check that every field has the right type (dates as 2010-03-11, times as 14:00, amounts as 1234.56)."
        : e.getMessage();
    return body(HttpStatus.BAD_REQUEST, message, request);
  }

  /** An upload above {@code spring.servlet.multipart.max-file-size}: refused before anything is read into the application. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    String limit = e.getMaxUploadSize() > 0 ? " (" + (e.getMaxUploadSize() / (1024 * 1024)) + " MB)" : "";
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than the server accepts" + limit
        + ": nothing was saved. Reduce the file (e.g. compress its pictures) or split it.", request);
  }

  /** A multipart request that could not be read (cut off, malformed). */
  @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
  ResponseEntity<Map<String, Object>> badUpload(Exception e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, "The upload could not be read: send the file as multipart/form-data "
        + "in the part 'file'; nothing was saved.", request);
  }

  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noSuchPage(Exception e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, "There is nothing at " + request.getRequestURI() + ".", request);
  }

  /**
   * The database could not be reached (503, try again in a minute) or another transaction changed
   * the same thing first (409, reload and try again); see {@link DatabaseFaults}.
   */
  @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
      JDBCConnectionException.class, SQLTransientConnectionException.class, OptimisticLockingException.class,
      OptimisticLockingFailureException.class})
  ResponseEntity<Map<String, Object>> databaseFault(Exception e, HttpServletRequest request) {
    if (DatabaseFaults.unavailable(e)) {
      LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
      ResponseEntity<Map<String, Object>> answer = body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFaults.unavailableMessage(e), request);
      return ResponseEntity.status(answer.getStatusCode()).header("Retry-After", String.valueOf(DatabaseFaults.RETRY_AFTER_SECONDS))
          .body(answer.getBody());
    }
    if (DatabaseFaults.concurrentChange(e)) {
      LOG.info("Concurrent change on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      return body(HttpStatus.CONFLICT, DatabaseFaults.CONCURRENT_CHANGE, request);
    }
    return unexpected(e, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
    if (DatabaseFaults.unavailable(e) || DatabaseFaults.concurrentChange(e)) {
      return databaseFault(e, request);
    }
    LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side; nothing was saved. The administrators have been told in the log.", request);
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, HttpServletRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("timestamp", Instant.now().toString());
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    body.put("message", message);
    body.put("path", request.getRequestURI());
    return ResponseEntity.status(status).body(body);
  }
}
