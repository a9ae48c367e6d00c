package org.childrenstrust.commissioning.oversight.domain;

import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** Text a person entered, refused before it reaches the database when longer than its column. */
final class Texts {

  private Texts() {}

  static String limit(String value, int max, String what) {
    if (value != null && value.length() > max) {
      throw new BusinessRuleViolation(what + " is " + value.length() + " characters long; at most " + max + " fit.");
    }
    return value;
  }
}
