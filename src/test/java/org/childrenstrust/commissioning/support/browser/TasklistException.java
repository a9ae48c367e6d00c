package org.childrenstrust.commissioning.support.browser;

import java.util.List;
import java.util.Map;

/**
 * Tasklist refused what the test asked for: a failed log-in, claim, completion or process start.
 * Carries the notifications Tasklist showed (the engine's message for a 400 or 500 is in
 * {@link Notification#message()}) and, after a refused form, form-js's field messages.
 */
public class TasklistException extends RuntimeException {

  private final List<Notification> notifications;
  private final Map<String, String> fieldErrors;

  public TasklistException(String what, List<Notification> notifications, Map<String, String> fieldErrors) {
    super(what + ": " + (notifications.isEmpty() ? "(no notification)" : notifications)
        + (fieldErrors.isEmpty() ? "" : "; field errors: " + fieldErrors));
    this.notifications = List.copyOf(notifications);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public List<Notification> notifications() {
    return notifications;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /**
   * One notification box: {@code type} is Bootstrap's alert kind (danger, info, success,
   * warning), {@code status} the bold headline, {@code message} the text under it (for a refused
   * completion, the engine's message, e.g. "Cannot submit task form &lt;id&gt;: ...").
   */
  public record Notification(String type, String status, String message) {
    public boolean isError() {
      return "danger".equals(type);
    }

    /** Headline and message as one line. */
    public String text() {
      return message.isEmpty() ? status : status + ": " + message;
    }

    @Override
    public String toString() {
      return "[" + type + "] " + text();
    }
  }
}
