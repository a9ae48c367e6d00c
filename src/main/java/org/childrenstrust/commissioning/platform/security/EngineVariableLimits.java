package org.childrenstrust.commissioning.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Variables sent to the engine ({@code {"name": {"value": ..., "type": ...}}}) that the engine
 * would fail on after the fact with a 500: text longer than a String variable holds
 * ({@value #MAX_STRING_VARIABLE} characters, the engine's TEXT_ columns) and a JSON variable whose
 * value is not JSON. Found anywhere in the body (start, complete, submit-form, modifications).
 */
final class EngineVariableLimits {

  /** The engine stores String variables in a column of this many characters (H2 and PostgreSQL). */
  static final int MAX_STRING_VARIABLE = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineVariableLimits() {}

  /** A sentence for the person, or null when every variable is acceptable. */
  static String problem(byte[] body) {
    try {
      return problem(null, JSON.readTree(body));
    } catch (IOException e) {
      return null; // the expression scan has already refused malformed JSON
    }
  }

  private static String problem(String name, JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      if (name != null && node.has("value") && node.path("value").isTextual()) {
        String type = node.path("type").asText("String").toLowerCase(Locale.ROOT);
        String value = node.path("value").asText();
        if ((type.isEmpty() || type.equals("string")) && value.length() > MAX_STRING_VARIABLE) {
          return String.format(Locale.UK, "'%s' is too long: at most %,d characters are allowed, this one has %,d. "
              + "Shorten it and try again.", name, MAX_STRING_VARIABLE, value.length());
        }
        if (type.equals("json") && !value.isBlank() && !isJson(value)) {
          return "'" + name + "' is not valid JSON: check brackets, quotes and commas.";
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String problem = problem(field.getKey(), field.getValue());
        if (problem != null) {
          return problem;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        String problem = problem(name, element);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
