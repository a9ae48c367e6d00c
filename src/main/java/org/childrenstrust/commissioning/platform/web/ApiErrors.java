package org.childrenstrust.commissioning.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;
import org.childrenstrust.commissioning.shared.errors.NotFound;
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
    BadUserRequestException input = EngineRestInputErrors.badUserRequest(e);
    if (input == null) {
      return unexpected(e, request);
    }
    HttpStatus status = input instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return body(status, input.getMessage(), request);
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

  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noSuchPage(Exception e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, "There is nothing at " + request.getRequestURI() + ".", request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
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
