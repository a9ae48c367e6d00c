package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk.Candidate;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk.Funded;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk.NotFunded;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk.Plan;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk.Policy;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Walking the approved priority list for an underspend: SKIP and STOP, reasons in pounds. */
class ReallocationWalkTest {

  private static final List<Candidate> LIST = List.of(
      new Candidate("P1", new BigDecimal("15000")),
      new Candidate("P2", new BigDecimal("25000")),
      new Candidate("P3", new BigDecimal("5000")));

  @Nested
  class Skip {
    @Test
    void fundsWhatStillFitsAndSaysWhyTheRestIsNot() {
      Plan plan = ReallocationWalk.walk(new BigDecimal("35000"), Policy.SKIP, LIST);
      assertThat(plan.funded()).containsExactly(new Funded("P1", new BigDecimal("15000.00")),
          new Funded("P3", new BigDecimal("5000.00")));
      assertThat(plan.notFunded()).containsExactly(new NotFunded("P2", "costs £25,000.00, £20,000.00 left"));
      assertThat(plan.remaining()).isEqualTo(new BigDecimal("15000.00"));
    }
  }

  @Nested
  class Stop {
    @Test
    void stopsAtTheFirstItemThatDoesNotFit() {
      Plan plan = ReallocationWalk.walk(new BigDecimal("35000"), Policy.STOP, LIST);
      assertThat(plan.funded()).containsExactly(new Funded("P1", new BigDecimal("15000.00")));
      assertThat(plan.notFunded()).containsExactly(new NotFunded("P2", "costs £25,000.00, £20,000.00 left"),
          new NotFunded("P3", "not reached: the walk stopped at P2 (policy STOP)"));
      assertThat(plan.remaining()).isEqualTo(new BigDecimal("20000.00"));
    }
  }

  @Nested
  class Leftover {
    @Test
    void whatNothingFitsStaysUnallocated() {
      Plan plan = ReallocationWalk.walk(new BigDecimal("4999.99"), Policy.SKIP, LIST);
      assertThat(plan.funded()).isEmpty();
      assertThat(plan.remaining()).isEqualTo(new BigDecimal("4999.99"));
      assertThat(plan.notFunded()).extracting(NotFunded::reason).containsExactly(
          "costs £15,000.00, £4,999.99 left", "costs £25,000.00, £4,999.99 left", "costs £5,000.00, £4,999.99 left");
    }

    @Test
    void anExactFitLeavesNothing() {
      Plan plan = ReallocationWalk.walk(new BigDecimal("45000.00"), Policy.STOP, LIST);
      assertThat(plan.funded()).hasSize(3);
      assertThat(plan.remaining()).isEqualTo(new BigDecimal("0.00"));
    }
  }

  @Nested
  class BadInput {
    @Test
    void negativeAmountIsRefused() {
      assertThatThrownBy(() -> ReallocationWalk.walk(new BigDecimal("-1"), Policy.SKIP, LIST))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cannot be negative");
    }

    @Test
    void aZeroCostIsRefused() {
      assertThatThrownBy(() -> ReallocationWalk.walk(BigDecimal.TEN, Policy.SKIP, List.of(new Candidate("X", BigDecimal.ZERO))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("more than £0.00");
    }
  }
}
