package org.childrenstrust.commissioning.platform.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.InvalidProcessInput;

/**
 * Reads and writes Camunda Forms data: dynamic lists travel as JSON variables, dates as
 * "2010-03-11", times as "14:00". Unreadable input is the person's error, not the system's.
 */
public final class FormData {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private FormData() {}

  /** Sets a task-local JSON variable a form's dynamic list shows. */
  public static void putList(VariableScope scope, String name, List<?> rows) {
    try {
      scope.setVariableLocal(name, SpinValues.jsonValue(JSON.writeValueAsString(rows)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write form data " + name, e);
    }
  }

  public static <T> List<T> list(VariableScope scope, String name, Class<T> rowType) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    try {
      String json = value instanceof SpinJsonNode node ? node.toString()
          : value instanceof String text ? text
          : JSON.writeValueAsString(value);
      if (json.isBlank() || json.equals("null")) {
        return List.of();
      }
      return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, rowType));
    } catch (JsonProcessingException e) {
      throw new InvalidProcessInput("The list '" + name + "' could not be read: " + e.getOriginalMessage());
    }
  }

  /** The id of a domain row the process carries (a {@code Long} variable such as {@code meetingId}). */
  public static Long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new InvalidProcessInput("The process has no " + name + ": it was started without the record it works on.");
    }
    return ((Number) value).longValue();
  }

  /** The user completing a task (null when the engine or a test completes it without a login). */
  public static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().strip();
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A date variable given as a date, or as text such as "2010-05-18". */
  public static LocalDate date(VariableScope scope, String name, String what) {
    Object value = scope.getVariable(name);
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(BusinessClock.ZONE).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    return date(value == null ? null : value.toString(), what);
  }

  public static LocalDate date(String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String text = value.strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidProcessInput(what + " must be a date such as 2010-05-18, not '" + value + "'.");
    }
  }

  public static LocalTime time(String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidProcessInput(what + " must be a time such as 14:00, not '" + value + "'.");
    }
  }

  public static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase().replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidProcessInput(what + ": '" + value + "' is not one of " + List.of(type.getEnumConstants()) + ".");
    }
  }
}
