package org.childrenstrust.commissioning.cycle.domain;

import java.math.BigDecimal;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/** The entities' checks on what people type: present, not too long, pounds and pence. */
final class Texts {

  private Texts() {}

  static String required(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleViolation("Fill in " + what + ".");
    }
    return optional(value, what, max);
  }

  static String optional(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new BusinessRuleViolation("Shorten " + what + " to " + max + " characters (it has " + text.length() + ").");
    }
    return text;
  }

  static BigDecimal amount(BigDecimal value, String what, boolean zeroAllowed) {
    if (value == null) {
      throw new BusinessRuleViolation("Fill in " + what + " (pounds and pence).");
    }
    if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
      throw new BusinessRuleViolation(what.substring(0, 1).toUpperCase() + what.substring(1) + " must be more than £0.00.");
    }
    if (value.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation(what.substring(0, 1).toUpperCase() + what.substring(1) + " has more than pounds and pence: "
          + value.toPlainString() + ".");
    }
    return Money.pounds(value);
  }
}
