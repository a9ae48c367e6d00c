package org.childrenstrust.commissioning.cycle.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * Splits an amount between partners in proportion to their weights (contributions to a pooled
 * budget), exactly to the penny: each partner first gets its proportional share rounded down to
 * the penny; the pennies left over go one each to the partners with the largest remainders (ties:
 * the larger contribution, then the order given). The shares always add up to the amount.
 */
public final class RiskShare {

  private RiskShare() {}

  public static Map<String, BigDecimal> inProportion(BigDecimal amount, Map<String, BigDecimal> weights) {
    BigInteger pennies = Money.pounds(amount).movePointRight(Money.SCALE).toBigIntegerExact();
    BigInteger totalWeight = weights.values().stream().map(w -> Money.pounds(w).movePointRight(Money.SCALE).toBigIntegerExact())
        .reduce(BigInteger.ZERO, BigInteger::add);
    if (totalWeight.signum() <= 0) {
      throw new IllegalArgumentException("Shares in proportion need contributions above £0.00");
    }
    record Part(int order, String partner, BigInteger weight, BigInteger floor, BigInteger remainder) {}
    List<Part> parts = new ArrayList<>();
    int order = 0;
    BigInteger given = BigInteger.ZERO;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      BigInteger weight = Money.pounds(e.getValue()).movePointRight(Money.SCALE).toBigIntegerExact();
      BigInteger[] division = pennies.multiply(weight).divideAndRemainder(totalWeight);
      parts.add(new Part(order++, e.getKey(), weight, division[0], division[1]));
      given = given.add(division[0]);
    }
    int leftover = pennies.subtract(given).intValueExact();
    List<Part> byRemainder = new ArrayList<>(parts);
    byRemainder.sort(Comparator.comparing(Part::remainder).reversed()
        .thenComparing(Comparator.comparing(Part::weight).reversed())
        .thenComparing(Part::order));
    Map<String, BigInteger> extra = new LinkedHashMap<>();
    for (int i = 0; i < leftover; i++) {
      extra.put(byRemainder.get(i).partner(), BigInteger.ONE);
    }
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    for (Part part : parts) {
      shares.put(part.partner(), new BigDecimal(part.floor().add(extra.getOrDefault(part.partner(), BigInteger.ZERO)), Money.SCALE));
    }
    return shares;
  }
}
