package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * Reads grant lines as a finance officer exports them (CSV, comma-separated, a header line, fields
 * with commas in double quotes), checking every line; all errors come back at once, each with its
 * line number, so the person can fix the file. Nothing is loaded unless every line is right.
 */
final class GrantLinesCsv {

  static final List<String> HEADER = List.of("reference", "grant name", "grant this year", "previous allocation",
      "actual spend two years ago", "actual spend last year", "activity", "lead officer", "host outcome group", "LAA target",
      "CYPP priority");
  static final int MAX_LINES = 500;

  private GrantLinesCsv() {}

  static List<GrantLineInput> parse(String text, Predicate<String> knownUser, Predicate<String> knownOutcomeGroup) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleViolation("Paste the grant lines (CSV with a header line: " + String.join(", ", HEADER) + ").");
    }
    String[] lines = text.strip().split("\\r?\\n");
    if (lines.length - 1 > MAX_LINES) {
      throw new BusinessRuleViolation("At most " + MAX_LINES + " grant lines at once.");
    }
    List<String> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int number = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        rows.add(new Row(number, fields(lines[i])));
      } catch (IllegalArgumentException e) {
        errors.add("Line " + number + ": " + e.getMessage());
      }
    }
    return check("Line", rows, errors, knownUser, knownOutcomeGroup);
  }

  /** A line of a CSV file or a row of a spreadsheet: its number as the person sees it, and its fields as text. */
  record Row(int number, List<String> fields) {}

  /**
   * Checks every row (below the header) the same way, whatever the file: {@code where} is how the
   * person finds it ("Line 4" in a CSV file, "Row 4" in a spreadsheet). All errors at once; nothing
   * is returned unless every row is right.
   */
  static List<GrantLineInput> check(String where, List<Row> rows, List<String> earlierErrors, Predicate<String> knownUser,
      Predicate<String> knownOutcomeGroup) {
    List<String> errors = new ArrayList<>(earlierErrors);
    List<GrantLineInput> inputs = new ArrayList<>();
    Set<String> references = new HashSet<>();
    for (Row row : rows) {
      int number = row.number();
      List<String> fields = row.fields();
      if (fields.size() != HEADER.size()) {
        errors.add(where + " " + number + ": " + fields.size() + " fields, expected " + HEADER.size() + " (" + String.join(", ", HEADER) + ").");
        continue;
      }
      List<String> lineErrors = new ArrayList<>();
      String reference = text(fields.get(0), "reference", 40, true, lineErrors);
      if (reference != null && !references.add(reference)) {
        lineErrors.add("the reference " + reference + " appears twice");
      }
      String grantName = text(fields.get(1), "grant name", 200, true, lineErrors);
      BigDecimal grant = amount(fields.get(2), "grant this year", true, lineErrors);
      BigDecimal previous = amount(fields.get(3), "previous allocation", false, lineErrors);
      BigDecimal spend2 = amount(fields.get(4), "actual spend two years ago", false, lineErrors);
      BigDecimal spend1 = amount(fields.get(5), "actual spend last year", false, lineErrors);
      String activity = text(fields.get(6), "activity", 200, true, lineErrors);
      String lead = text(fields.get(7), "lead officer", 64, true, lineErrors);
      if (lead != null && !knownUser.test(lead)) {
        lineErrors.add("no user '" + lead + "' (give the lead officer's user id, e.g. nadia.karim)");
      }
      String group = text(fields.get(8), "host outcome group", 64, true, lineErrors);
      if (group != null && !knownOutcomeGroup.test(group)) {
        lineErrors.add("'" + group + "' is not an outcome group (e.g. outcome-stay-safe)");
      }
      String laa = text(fields.get(9), "LAA target", 200, true, lineErrors);
      String cypp = text(fields.get(10), "CYPP priority", 200, true, lineErrors);
      if (lineErrors.isEmpty()) {
        inputs.add(new GrantLineInput(reference, grantName, grant, previous, spend2, spend1, activity, lead, group, laa, cypp, false));
      } else {
        errors.add(where + " " + number + ": " + String.join("; ", lineErrors) + ".");
      }
    }
    if (!errors.isEmpty()) {
      throw new BusinessRuleViolation("Nothing was loaded. Please correct the grant lines:\n" + String.join("\n", errors));
    }
    if (inputs.isEmpty()) {
      throw new BusinessRuleViolation("There are no grant lines under the header line.");
    }
    return inputs;
  }

  private static String text(String value, String what, int max, boolean required, List<String> errors) {
    String v = value.strip();
    if (v.isEmpty()) {
      if (required) {
        errors.add(what + " is empty");
      }
      return null;
    }
    if (v.length() > max) {
      errors.add(what + " is longer than " + max + " characters");
      return null;
    }
    return v;
  }

  private static BigDecimal amount(String value, String what, boolean required, List<String> errors) {
    String v = value.strip().replace("£", "").replace(",", "");
    if (v.isEmpty()) {
      if (required) {
        errors.add(what + " is empty");
      }
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(v);
      if (amount.signum() < 0) {
        errors.add(what + " is negative (" + value.strip() + ")");
        return null;
      }
      if (amount.stripTrailingZeros().scale() > Money.SCALE) {
        errors.add(what + " has more than pounds and pence (" + value.strip() + ")");
        return null;
      }
      return Money.pounds(amount.setScale(Money.SCALE));
    } catch (NumberFormatException e) {
      errors.add("'" + value.strip() + "' is not an amount for " + what);
      return null;
    }
  }

  /** One CSV line: fields separated by commas, a field in double quotes may hold commas and "" for a quote. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
