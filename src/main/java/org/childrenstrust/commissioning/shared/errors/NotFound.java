package org.childrenstrust.commissioning.shared.errors;

/** Something the request names does not exist. */
public class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
