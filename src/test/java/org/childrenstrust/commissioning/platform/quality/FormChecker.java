package org.childrenstrust.commissioning.platform.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The house rules for Camunda Forms ({@code forms/**}/*.form), as Tasklist 7.24 (form-js 1.8.7)
 * renders them.
 *
 * <ul>
 *   <li>{@link Rule#PARSE}: the file is JSON with an {@code id} (the key a {@code camunda:formRef} names).
 *   <li>{@link Rule#FEATURE_FOLDER}: the form lives in its feature's folder ({@code forms/meetings/}).
 *   <li>{@link Rule#LIST_COLLAPSE}: every dynamic list has {@code "disableCollapse": true}: form-js
 *       1.8.7 collapses a list of more than five rows and then submits only the visible rows
 *       (form-js issue 1230), so a meeting with fifteen attendees would silently lose ten.
 * </ul>
 */
public final class FormChecker {

  public enum Rule { PARSE, FEATURE_FOLDER, LIST_COLLAPSE }

  public record Violation(String file, String field, Rule rule, String message) {
    @Override
    public String toString() {
      return file + ": " + field + ": " + rule + ": " + message;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks a form under the forms root. */
  public List<Violation> check(Path formsRoot, Path file) {
    List<Violation> violations = new ArrayList<>();
    String name = formsRoot.relativize(file).toString();
    if (formsRoot.relativize(file).getParent() == null) {
      violations.add(new Violation(name, "-", Rule.FEATURE_FOLDER, "move the form to forms/<feature>/"));
    }
    violations.addAll(check(name, file));
    return violations;
  }

  /** Checks one form file's content. */
  public List<Violation> check(String name, Path file) {
    JsonNode form;
    try {
      form = JSON.readTree(file.toFile());
    } catch (IOException e) {
      return List.of(new Violation(name, "-", Rule.PARSE, "not a JSON form: " + e.getMessage()));
    }
    List<Violation> violations = new ArrayList<>();
    if (form == null || form.path("id").asText("").isBlank()) {
      violations.add(new Violation(name, "-", Rule.PARSE, "a Camunda Form needs an id, the key camunda:formRef names"));
      return violations;
    }
    lists(name, form, violations);
    return violations;
  }

  private static void lists(String name, JsonNode container, List<Violation> violations) {
    for (JsonNode component : container.path("components")) {
      if ("dynamiclist".equals(component.path("type").asText()) && !component.path("disableCollapse").asBoolean(false)) {
        String field = component.path("path").asText(component.path("id").asText("?"));
        violations.add(new Violation(name, field, Rule.LIST_COLLAPSE, "set \"disableCollapse\": true: Tasklist's"
            + " form-js 1.8.7 submits only the visible rows of a collapsed list"));
      }
      lists(name, component, violations);
    }
  }
}
