package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * Walks the Management Group's approved priority list in rank order and funds what fits. No
 * bidding: only the candidates given (the list) can receive money. What is left stays unallocated.
 */
public final class ReallocationWalk {

  /** Recorded per pot. */
  public enum Policy {
    /** Fund each item that still fits, skip one that does not (the default). */
    SKIP,
    /** Stop at the first item that does not fit. */
    STOP
  }

  public record Candidate(String reference, BigDecimal cost) {}

  public record Funded(String reference, BigDecimal amount) {}

  public record NotFunded(String reference, String reason) {}

  public record Plan(List<Funded> funded, List<NotFunded> notFunded, BigDecimal remaining) {}

  private ReallocationWalk() {}

  public static Plan walk(BigDecimal amount, Policy policy, List<Candidate> candidates) {
    BigDecimal left = AllocationRule.amount(amount, "the amount to reallocate", "the reallocation", true);
    if (policy == null) {
      throw new BusinessRuleViolation("Say how the list is walked: SKIP or STOP.");
    }
    List<Candidate> list = candidates == null ? List.of() : candidates;
    Set<String> seen = new HashSet<>();
    List<Funded> funded = new ArrayList<>();
    List<NotFunded> notFunded = new ArrayList<>();
    String stoppedAt = null;
    for (Candidate candidate : list) {
      if (candidate == null || candidate.reference() == null || candidate.reference().isBlank()) {
        throw new BusinessRuleViolation("Every item on the priority list needs a reference.");
      }
      if (!seen.add(candidate.reference())) {
        throw new BusinessRuleViolation("The item " + candidate.reference() + " appears twice on the list.");
      }
      BigDecimal cost = AllocationRule.amount(candidate.cost(), "the cost", candidate.reference(), true);
      if (cost.signum() == 0) {
        throw new BusinessRuleViolation("The cost of " + candidate.reference() + " must be more than £0.00.");
      }
      if (stoppedAt != null) {
        notFunded.add(new NotFunded(candidate.reference(), "not reached: the walk stopped at " + stoppedAt + " (policy STOP)"));
      } else if (cost.compareTo(left) <= 0) {
        funded.add(new Funded(candidate.reference(), cost));
        left = left.subtract(cost);
      } else {
        notFunded.add(new NotFunded(candidate.reference(), "costs " + Money.format(cost) + ", " + Money.format(left) + " left"));
        if (policy == Policy.STOP) {
          stoppedAt = candidate.reference();
        }
      }
    }
    return new Plan(List.copyOf(funded), List.copyOf(notFunded), left);
  }
}
