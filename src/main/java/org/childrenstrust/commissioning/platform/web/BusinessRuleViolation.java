package org.childrenstrust.commissioning.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain (a meeting that ends before it starts, approving
 * minutes without being a member...). Thrown before anything is written, or inside the
 * transaction that it rolls back; shown to the person as a 4xx with its message: the domain API
 * answers with {@link #status()}, the engine's REST API and Tasklist with 400 (it is an
 * {@link InvalidProcessInput}, so a task form or start form that breaks a rule is refused whole).
 */
public class BusinessRuleViolation extends InvalidProcessInput {

  private final HttpStatus status;

  public BusinessRuleViolation(String message) {
    this(HttpStatus.UNPROCESSABLE_ENTITY, message);
  }

  public BusinessRuleViolation(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** The caller may not do this (not a member, not the chair). */
  public static BusinessRuleViolation forbidden(String message) {
    return new BusinessRuleViolation(HttpStatus.FORBIDDEN, message);
  }

  /** The thing is in a state that does not allow it (minutes already approved). */
  public static BusinessRuleViolation conflict(String message) {
    return new BusinessRuleViolation(HttpStatus.CONFLICT, message);
  }
}
