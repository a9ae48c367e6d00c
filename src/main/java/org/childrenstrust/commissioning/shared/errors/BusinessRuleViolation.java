package org.childrenstrust.commissioning.shared.errors;

/**
 * A request that breaks a rule of the domain (a meeting that ends before it starts, approving
 * minutes without being a member...). Thrown before anything is written, or inside the
 * transaction that it rolls back. The domain says which {@link Kind} of refusal it is; the web
 * layer ({@code platform.web}) turns the kind into a status: the domain API answers 422, 403 or
 * 409, the engine's REST API and Tasklist 400 (it is an {@link InvalidProcessInput}, so a task
 * form or start form that breaks a rule is refused whole).
 */
public class BusinessRuleViolation extends InvalidProcessInput {

  /** What kind of refusal this is. */
  public enum Kind {
    /** The input breaks a rule (a missing reason, an overcommitted pot). */
    INVALID,
    /** The caller may not do this (not a member, not the chair). */
    FORBIDDEN,
    /** The thing is in a state that does not allow it (minutes already approved). */
    CONFLICT
  }

  private final Kind kind;

  public BusinessRuleViolation(String message) {
    this(Kind.INVALID, message);
  }

  public BusinessRuleViolation(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static BusinessRuleViolation forbidden(String message) {
    return new BusinessRuleViolation(Kind.FORBIDDEN, message);
  }

  public static BusinessRuleViolation conflict(String message) {
    return new BusinessRuleViolation(Kind.CONFLICT, message);
  }
}
