package org.childrenstrust.commissioning.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Pounds and pence: exact {@link BigDecimal} arithmetic at two decimal places. */
public final class Money {

  public static final int SCALE = 2;

  private Money() {}

  /** Parses an amount of pounds such as "145034.60"; more than two decimals is an error. */
  public static BigDecimal pounds(String amount) {
    return pounds(new BigDecimal(amount));
  }

  public static BigDecimal pounds(BigDecimal amount) {
    try {
      return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("An amount of money has at most two decimal places (pence): " + amount, e);
    }
  }

  /** {@code percent} per cent of an amount, rounded half-up to the penny. */
  public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Splits a total into {@code parts} shares that differ by at most a penny and add up to the
   * total exactly; the first shares take the spare pennies.
   */
  public static List<BigDecimal> splitEvenly(BigDecimal total, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("A total is split into one share or more, not " + parts);
    }
    long pennies = pounds(total).movePointRight(SCALE).longValueExact();
    long base = Math.floorDiv(pennies, parts);
    long spare = pennies - base * parts;
    List<BigDecimal> shares = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      shares.add(BigDecimal.valueOf(base + (i < spare ? 1 : 0), SCALE));
    }
    return shares;
  }

  /** "£1,450,346.00" */
  public static String format(BigDecimal amount) {
    return String.format("£%,.2f", pounds(amount));
  }
}
