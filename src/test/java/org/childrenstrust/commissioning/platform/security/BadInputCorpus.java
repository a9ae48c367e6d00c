package org.childrenstrust.commissioning.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad input the tests send: whole bodies that are not what was asked for, and for each field
 * of a request a list of wrong values (wrong types, nulls, absurd sizes, impossible dates, markup
 * and script). Generated from the request's type, so a new field is covered without listing it.
 */
final class BadInputCorpus {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Markup that must come back as text wherever it is shown. */
  static final String MARKUP = "<script>alert(1)</script><b>x</b><img src=x onerror=alert(2)>";
  /** The size from the issue: a title of two million characters. */
  static final String ABSURD = "x".repeat(2_000_000);
  /** Longer than any text column (and than a Camunda String variable, 4,000 characters). */
  static final String TOO_LONG = "y".repeat(20_001);

  private BadInputCorpus() {}

  /** A bad value for a field, with a name for the report. */
  record Variant(String description, JsonNode value, boolean omit) {
    static Variant of(String description, JsonNode value) {
      return new Variant(description, value, false);
    }
  }

  /** Whole bodies that are not a JSON object of the right shape. */
  static List<String> malformedBodies() {
    return List.of("", "{", "[1,2", "not json", "null", "[]", "\"text\"", "42", "{\"a\":}", "{'single':'quotes'}",
        "[".repeat(5_000) + "]".repeat(5_000), "{\"x\":\"" + "\\u0000".repeat(3) + "\"}");
  }

  /** A valid-looking value of a type, for the fields not under test. */
  static JsonNode sample(Class<?> type, String name, int seed) {
    String lower = name.toLowerCase();
    if (type == String.class) {
      if (lower.contains("code")) {
        return NODES.textNode("ECG");
      }
      if (lower.contains("kind")) {
        return NODES.textNode("REPORT");
      }
      return NODES.textNode("Corpus " + name + " " + seed);
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return NODES.numberNode(lower.contains("number") ? 1 : 15);
    }
    if (type == Boolean.class || type == boolean.class) {
      return NODES.booleanNode(true);
    }
    if (type == LocalDate.class) {
      LocalDate date = LocalDate.of(2034, 1, 3).plusWeeks(seed % 400);
      return NODES.textNode((lower.equals("to") ? date.plusMonths(1) : date).toString());
    }
    if (type == LocalTime.class) {
      return NODES.textNode(lower.startsWith("end") ? "16:00" : "14:00");
    }
    if (type == YearMonth.class) {
      return NODES.textNode(YearMonth.of(2034, 1).plusMonths(seed % 100).toString());
    }
    if (type.isEnum()) {
      return NODES.textNode(((Enum<?>) type.getEnumConstants()[0]).name());
    }
    return NODES.nullNode();
  }

  /** Wrong values for a field of the given type. */
  static List<Variant> badValues(Class<?> type) {
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("missing", null, true));
    variants.add(Variant.of("null", NODES.nullNode()));
    variants.add(Variant.of("an object", NODES.objectNode().put("a", 1)));
    variants.add(Variant.of("a list", NODES.arrayNode().add(1).add("two")));
    if (type == String.class) {
      variants.add(Variant.of("empty", NODES.textNode("")));
      variants.add(Variant.of("blank", NODES.textNode("   \t ")));
      variants.add(Variant.of("2,000,000 characters", NODES.textNode(ABSURD)));
      variants.add(Variant.of("20,001 characters", NODES.textNode(TOO_LONG)));
      variants.add(Variant.of("markup and script", NODES.textNode(MARKUP)));
      variants.add(Variant.of("control characters", NODES.textNode("a\u0000b\u0007c\r\n")));
      variants.add(Variant.of("a number", NODES.numberNode(12345)));
      variants.add(Variant.of("a boolean", NODES.booleanNode(false)));
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      variants.add(Variant.of("text", NODES.textNode("abc")));
      variants.add(Variant.of("a fraction", NODES.numberNode(1.5)));
      variants.add(Variant.of("negative", NODES.numberNode(-1)));
      variants.add(Variant.of("zero", NODES.numberNode(0)));
      variants.add(Variant.of("huge", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
      variants.add(Variant.of("int max", NODES.numberNode(Integer.MAX_VALUE)));
    } else if (type == Boolean.class || type == boolean.class) {
      variants.add(Variant.of("text", NODES.textNode("maybe")));
      variants.add(Variant.of("a number", NODES.numberNode(2)));
    } else if (type == LocalDate.class) {
      variants.add(Variant.of("30 February", NODES.textNode("2027-02-30")));
      variants.add(Variant.of("31/02/2027", NODES.textNode("31/02/2027")));
      variants.add(Variant.of("month 13", NODES.textNode("2027-13-01")));
      variants.add(Variant.of("year 0", NODES.textNode("0000-01-01")));
      variants.add(Variant.of("far future", NODES.textNode("+999999999-12-31")));
      variants.add(Variant.of("words", NODES.textNode("next Tuesday")));
      variants.add(Variant.of("markup", NODES.textNode(MARKUP)));
      variants.add(Variant.of("a number", NODES.numberNode(20270230)));
    } else if (type == LocalTime.class) {
      variants.add(Variant.of("25:61", NODES.textNode("25:61")));
      variants.add(Variant.of("2pm", NODES.textNode("2pm")));
      variants.add(Variant.of("markup", NODES.textNode(MARKUP)));
    } else if (type == YearMonth.class) {
      variants.add(Variant.of("month 13", NODES.textNode("2027-13")));
      variants.add(Variant.of("a date", NODES.textNode("31/02/2027")));
    } else if (type.isEnum()) {
      variants.add(Variant.of("not a value", NODES.textNode("NOT_A_VALUE")));
      variants.add(Variant.of("empty", NODES.textNode("")));
      variants.add(Variant.of("markup", NODES.textNode(MARKUP)));
    }
    return variants;
  }

  /** Bodies for a request record: for each component each bad value, the others valid. */
  static Map<String, String> recordBodies(Class<?> recordType, int seed) {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (String malformed : malformedBodies()) {
      bodies.put("malformed body " + abbreviate(malformed), malformed);
    }
    if (!recordType.isRecord()) {
      return bodies;
    }
    RecordComponent[] components = recordType.getRecordComponents();
    for (RecordComponent component : components) {
      for (Variant variant : badValues(component.getType())) {
        ObjectNode body = NODES.objectNode();
        for (RecordComponent other : components) {
          if (other != component) {
            body.set(other.getName(), sample(other.getType(), other.getName(), seed + bodies.size()));
          } else if (!variant.omit()) {
            body.set(other.getName(), variant.value());
          }
        }
        bodies.put(component.getName() + ": " + variant.description(), body.toString());
      }
    }
    return bodies;
  }

  /** Bad values for a path variable or request parameter (text in the URL). */
  static Map<String, String> badTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("markup", MARKUP);
    texts.put("2,000 characters", "z".repeat(2_000));
    texts.put("negative", "-1");
    texts.put("huge number", "99999999999999999999");
    texts.put("30 February", "2027-02-30");
    texts.put("31/02/2027", "31/02/2027");
    texts.put("quote", "' OR '1'='1");
    texts.put("expression", "${1+1}");
    texts.put("unicode", "\u00e9\u4e2d\ud83d\ude00");
    texts.put("dot dot", "..");
    return texts;
  }

  static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 24 ? "'" + flat + "'" : "'" + flat.substring(0, 20) + "...' (" + flat.length() + " chars)";
  }
}
