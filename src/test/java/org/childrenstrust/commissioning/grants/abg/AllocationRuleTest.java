package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.AllocationRule.Line;
import org.childrenstrust.commissioning.grants.abg.AllocationRule.LineException;
import org.childrenstrust.commissioning.grants.abg.AllocationRule.Preview;
import org.childrenstrust.commissioning.grants.abg.AllocationRule.Proposal;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The allocation rule (Herefordshire Appendix C, 2010/11): the seed's figures to the penny. */
class AllocationRuleTest {

  static final BigDecimal PERCENT = new BigDecimal("94");
  private final AllocationRule rule = PlainDmn.rule();

  static BigDecimal gbp(String amount) {
    return new BigDecimal(amount);
  }

  private Proposal propose(Line line) {
    return rule.propose(PERCENT, line);
  }

  @Nested
  class ExistingActivities {
    @Test
    void getLastYearsAllocationWhenItIsLower() {
      Proposal p = propose(new Line("CSC-WORKFORCE", gbp("180000"), gbp("200000"), null, null));
      assertThat(p.allocation()).isEqualTo(gbp("180000.00"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.PREVIOUS_ALLOCATION);
      assertThat(p.explanation()).contains("£180,000.00", "94%", "£188,000.00");
    }

    @Test
    void getTheFundingPercentageWhenThatIsLower() {
      Proposal p = propose(new Line("TEENAGE-PREGNANCY", gbp("120000"), gbp("125000"), null, null));
      assertThat(p.allocation()).isEqualTo(gbp("117500.00"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.FUNDING_PERCENT);
    }
  }

  @Nested
  class NewActivities {
    @Test
    void getTheFundingPercentageRoundedHalfUpToThePenny() {
      // 94% of £1,234.25 is £1,160.195
      Proposal p = propose(new Line("NEW-1", null, gbp("1234.25"), null, null));
      assertThat(p.allocation()).isEqualTo(gbp("1160.20"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.FUNDING_PERCENT);
    }
  }

  @Nested
  class Exceptions {
    @Test
    void connexionsGetsTheFullGrant() {
      Proposal p = propose(new Line("CONNEXIONS", gbp("1512000"), gbp("1394246"), null,
          new LineException(ExceptionKind.FULL_GRANT, null, "The grant has already fallen significantly from 09/10")));
      assertThat(p.allocation()).isEqualTo(gbp("1394246.00"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.FULL_GRANT);
    }

    @Test
    void targetedFamilySupportGetsTheFixedAmountUnderTender() {
      Proposal p = propose(new Line("TARGETED-FAMILY-SUPPORT", gbp("352000"), gbp("358000"), null,
          new LineException(ExceptionKind.FIXED_AMOUNT, gbp("337006"), "Under a tender exercise")));
      assertThat(p.allocation()).isEqualTo(gbp("337006.00"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.FIXED_AMOUNT);
    }

    @Test
    void childDeathReviewGetsItsActualSpendBelowTheAllocation() {
      Proposal p = propose(new Line("CHILD-DEATH-REVIEW", gbp("45000"), gbp("48000"), gbp("31250.50"),
          new LineException(ExceptionKind.ACTUAL_SPEND, null, "Spend in 08/09 and 09/10 below the allocation")));
      assertThat(p.allocation()).isEqualTo(gbp("31250.50"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.ACTUAL_SPEND);
    }

    @Test
    void theShadowBoardGetsItsEarmark() {
      Proposal p = propose(new Line("SHADOW-BOARD", null, gbp("0"), null,
          new LineException(ExceptionKind.EARMARK, gbp("10000"), "Participatory budgeting by young people")));
      assertThat(p.allocation()).isEqualTo(gbp("10000.00"));
      assertThat(p.basis()).isEqualTo(AllocationBasis.EARMARK);
    }

    @Test
    void anExceptionWithoutAReasonIsRefused() {
      assertThatThrownBy(() -> propose(new Line("CONNEXIONS", gbp("1512000"), gbp("1394246"), null,
          new LineException(ExceptionKind.FULL_GRANT, null, "  "))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("CONNEXIONS (FULL_GRANT) needs a recorded reason");
    }

    @Test
    void actualSpendNotBelowTheAllocationIsRefused() {
      assertThatThrownBy(() -> propose(new Line("CDR", gbp("45000"), gbp("48000"), gbp("45000"),
          new LineException(ExceptionKind.ACTUAL_SPEND, null, "spend"))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("only where spend (£45,000.00) was below");
    }

    @Test
    void aFixedAmountNeedsItsAmount() {
      assertThatThrownBy(() -> propose(new Line("TFS", gbp("1"), gbp("2"), null,
          new LineException(ExceptionKind.FIXED_AMOUNT, null, "tender"))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs an amount");
    }
  }

  @Nested
  class ThePot {
    @Test
    void isThePercentageOfTheSumOfTheGrantsRoundedOnce() {
      // per line 94% of £0.25 would be £0.24 (0.235) twice = £0.48; of the sum £0.50 it is £0.47
      Preview preview = rule.preview(PERCENT, List.of(new Line("A", null, gbp("0.25"), null, null),
          new Line("B", null, gbp("0.25"), null, null)));
      assertThat(preview.pot()).isEqualTo(gbp("0.47"));
      assertThat(preview.allocated()).isEqualTo(gbp("0.48"));
      assertThat(preview.headroom()).isEqualTo(gbp("-0.01"));
      assertThat(preview.overcommitted()).isTrue();
    }

    @Test
    void connexionsAtOneHundredPercentIsPaidForByTheHeadroomOfTheOthers() {
      Preview preview = rule.preview(PERCENT, List.of(
          new Line("CONNEXIONS", gbp("1512000"), gbp("1394246"), null,
              new LineException(ExceptionKind.FULL_GRANT, null, "Grant already fell")),
          new Line("CSC-WORKFORCE", gbp("180000"), gbp("200000"), null, null)));
      // pot: 94% of £1,594,246 = £1,498,591.24; allocated £1,394,246 + £180,000
      assertThat(preview.pot()).isEqualTo(gbp("1498591.24"));
      assertThat(preview.allocated()).isEqualTo(gbp("1574246.00"));
      assertThat(preview.headroom()).isEqualTo(gbp("-75654.76"));
    }
  }

  @Nested
  class BadInput {
    @Test
    void aNegativeAmountIsRefused() {
      assertThatThrownBy(() -> propose(new Line("X", null, gbp("-1"), null, null)))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cannot be negative");
    }

    @Test
    void fractionsOfAPennyAreRefused() {
      assertThatThrownBy(() -> propose(new Line("X", null, gbp("10.001"), null, null)))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("more than pounds and pence");
    }

    @Test
    void aPercentageAboveOneHundredIsRefused() {
      assertThatThrownBy(() -> rule.preview(gbp("101"), List.of(new Line("X", null, gbp("1"), null, null))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 100");
    }

    @Test
    void aReferenceTwiceIsRefused() {
      assertThatThrownBy(() -> rule.preview(PERCENT, List.of(new Line("X", null, gbp("1"), null, null),
          new Line("X", null, gbp("2"), null, null))))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("appears twice");
    }
  }
}
