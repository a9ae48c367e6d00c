package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * The annual allocation rule: which basis each grant line gets is the {@code AbgAllocationRule} DMN
 * table (users may change it); the amounts are computed here, exactly, from the basis. The Trust's
 * pot is the funding percentage of the sum of this year's grants, rounded half up once.
 */
public final class AllocationRule {

  /** The decision table's key, in {@code processes/grants/abg/AbgAllocationRule.dmn}. */
  public static final String DECISION_KEY = "AbgAllocationRule";
  public static final String NO_EXCEPTION = "NONE";

  /** Evaluates the decision table: inputs by name, the {@code basis} output by name. */
  @FunctionalInterface
  public interface BasisTable {
    String basis(Map<String, Object> inputs);
  }

  public record LineException(ExceptionKind kind, BigDecimal amount, String reason) {}

  /** One grant line: {@code previousAllocation} is null for a new activity. */
  public record Line(String reference, BigDecimal previousAllocation, BigDecimal grantThisYear, BigDecimal actualSpend,
      LineException exception) {}

  public record Proposal(String reference, BigDecimal allocation, AllocationBasis basis, String explanation) {}

  public record Preview(BigDecimal pot, BigDecimal allocated, BigDecimal headroom, List<Proposal> lines) {
    public boolean overcommitted() {
      return headroom.signum() < 0;
    }
  }

  private final BasisTable table;

  public AllocationRule(BasisTable table) {
    this.table = table;
  }

  public Preview preview(BigDecimal fundingPercent, List<Line> lines) {
    BigDecimal percent = validPercent(fundingPercent);
    if (lines == null || lines.isEmpty()) {
      throw new BusinessRuleViolation("Give at least one grant line.");
    }
    Set<String> references = new HashSet<>();
    BigDecimal grants = BigDecimal.ZERO.setScale(Money.SCALE);
    List<Proposal> proposals = new ArrayList<>();
    for (Line line : lines) {
      if (line == null || line.reference() == null || line.reference().isBlank()) {
        throw new BusinessRuleViolation("Every grant line needs a reference.");
      }
      if (!references.add(line.reference().strip())) {
        throw new BusinessRuleViolation("The reference " + line.reference() + " appears twice: each grant line once.");
      }
      grants = grants.add(amount(line.grantThisYear(), "this year's grant", line.reference(), true));
      proposals.add(propose(percent, line));
    }
    BigDecimal pot = Money.percentOf(grants, percent);
    BigDecimal allocated = proposals.stream().map(Proposal::allocation).reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
    return new Preview(pot, allocated, pot.subtract(allocated), List.copyOf(proposals));
  }

  /** The proposal for one line, under the decision table's basis. */
  public Proposal propose(BigDecimal fundingPercent, Line line) {
    BigDecimal percent = validPercent(fundingPercent);
    String ref = line.reference();
    BigDecimal grant = amount(line.grantThisYear(), "this year's grant", ref, true);
    BigDecimal previous = amount(line.previousAllocation(), "last year's allocation", ref, false);
    BigDecimal actual = amount(line.actualSpend(), "the actual spend", ref, false);
    BigDecimal percentOfGrant = Money.percentOf(grant, percent);
    LineException exception = line.exception();
    if (exception != null) {
      validException(ref, exception, previous, actual);
    }
    AllocationBasis basis = AllocationBasis.valueOf(table.basis(Map.of(
        "exceptionKind", exception == null ? NO_EXCEPTION : exception.kind().name(),
        "existingActivity", previous != null,
        "previousAllocationIsLower", previous != null && previous.compareTo(percentOfGrant) < 0)));
    String pct = percent.stripTrailingZeros().toPlainString() + "%";
    return switch (basis) {
      case PREVIOUS_ALLOCATION -> new Proposal(ref, previous, basis,
          "last year's allocation " + Money.format(previous) + ", lower than " + pct + " of this year's grant (" + Money.format(percentOfGrant) + ")");
      case FUNDING_PERCENT -> new Proposal(ref, percentOfGrant, basis, previous == null
          ? "new activity: " + pct + " of this year's grant " + Money.format(grant)
          : pct + " of this year's grant " + Money.format(grant) + ", not more than last year's allocation " + Money.format(previous));
      case FULL_GRANT -> new Proposal(ref, grant, basis, "exception: the full grant (100%); " + exception.reason().strip());
      case FIXED_AMOUNT -> new Proposal(ref, Money.pounds(exception.amount()), basis, "exception: a fixed amount; " + exception.reason().strip());
      case ACTUAL_SPEND -> new Proposal(ref, actual, basis,
          "exception: actual spend " + Money.format(actual) + ", below last year's allocation; " + exception.reason().strip());
      case EARMARK -> new Proposal(ref, Money.pounds(exception.amount()), basis, "exception: earmarked; " + exception.reason().strip());
      case REALLOCATION -> throw new IllegalStateException("The allocation rule does not reallocate");
    };
  }

  private static void validException(String ref, LineException exception, BigDecimal previous, BigDecimal actual) {
    if (exception.kind() == null) {
      throw new BusinessRuleViolation("The exception for " + ref + " needs a kind: FULL_GRANT, FIXED_AMOUNT, ACTUAL_SPEND or EARMARK.");
    }
    if (exception.reason() == null || exception.reason().isBlank()) {
      throw new BusinessRuleViolation("The exception for " + ref + " (" + exception.kind() + ") needs a recorded reason.");
    }
    if (exception.kind().needsAmount()) {
      BigDecimal amount = amount(exception.amount(), "the exception's amount", ref, false);
      if (amount == null) {
        throw new BusinessRuleViolation("The exception for " + ref + " (" + exception.kind() + ") needs an amount.");
      }
    } else if (exception.amount() != null) {
      throw new BusinessRuleViolation("The exception for " + ref + " (" + exception.kind() + ") takes no amount: it is computed.");
    }
    if (exception.kind() == ExceptionKind.ACTUAL_SPEND) {
      if (actual == null || previous == null) {
        throw new BusinessRuleViolation("The actual-spend exception for " + ref + " needs last year's allocation and the actual spend.");
      }
      if (actual.compareTo(previous) >= 0) {
        throw new BusinessRuleViolation("The actual-spend exception for " + ref + " applies only where spend (" + Money.format(actual)
            + ") was below the allocation (" + Money.format(previous) + ").");
      }
    }
  }

  static BigDecimal validPercent(BigDecimal percent) {
    if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessRuleViolation("The funding percentage must be more than 0 and at most 100, not " + percent + ".");
    }
    return percent;
  }

  /** An amount of pounds and pence, not negative; null only when not required. */
  static BigDecimal amount(BigDecimal value, String what, String reference, boolean required) {
    if (value == null) {
      if (required) {
        throw new BusinessRuleViolation("Give " + what + " for " + reference + ".");
      }
      return null;
    }
    if (value.signum() < 0) {
      throw new BusinessRuleViolation(capitalised(what) + " for " + reference + " cannot be negative (" + value.toPlainString() + ").");
    }
    if (value.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation(capitalised(what) + " for " + reference + " has more than pounds and pence: " + value.toPlainString() + ".");
    }
    return Money.pounds(value.setScale(Money.SCALE, java.math.RoundingMode.UNNECESSARY));
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
