package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.childrenstrust.commissioning.grants.prg.PrgShares.PartnershipShare;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The sharing rules of a PRG round, with the figures of the ECG report of 10 March 2009. */
class PrgSharesTest {

  private static BigDecimal pounds(String amount) {
    return Money.pounds(amount);
  }

  private static PrgShares seed() {
    return PrgShares.of(pounds("2900692"), 9, null, null, null);
  }

  @Nested
  class TheSeedsFigures {
    @Test
    void sspAndLspShareTheTotalHalfEach() {
      assertThat(seed().sspShare()).isEqualTo(pounds("1450346.00"));
      assertThat(seed().lspShare()).isEqualTo(pounds("1450346.00"));
    }

    @Test
    void theInnovationFundIsTenPerCentOfTheSspShare() {
      assertThat(seed().innovationFund()).isEqualTo(pounds("145034.60"));
    }

    @Test
    void eachOfTheNinePartnershipsGetsTheSameShareAndItsVariants() {
      assertThat(seed().partnershipShares()).hasSize(9)
          .containsOnly(new PartnershipShare(pounds("145034.60"), pounds("116027.68"), pounds("174041.52")));
    }

    @Test
    void everyPennyIsAccountedFor() {
      PrgShares shares = seed();
      assertThat(shares.lspShare().add(shares.innovationFund()).add(shares.available(false))).isEqualTo(pounds("2900692.00"));
      assertThat(shares.available(true)).isEqualTo(pounds("1450346.00"));
    }
  }

  @Nested
  class LeftoverPennies {
    @Test
    void goOneEachToTheFirstPartnerships() {
      // 1000.00 → SSP 500.00, innovation 50.00, 450.00 between 7 = 64.28 × 7 = 449.96, 4 pennies left
      PrgShares shares = PrgShares.of(pounds("1000"), 7, null, null, null);
      assertThat(shares.partnershipShares()).extracting(PartnershipShare::share).containsExactly(
          pounds("64.29"), pounds("64.29"), pounds("64.29"), pounds("64.29"), pounds("64.28"), pounds("64.28"), pounds("64.28"));
      assertThat(shares.available(false)).isEqualTo(pounds("450.00"));
    }

    @Test
    void theSspShareRoundsHalfUpAndTheLspsGetTheRest() {
      PrgShares shares = PrgShares.of(pounds("0.05"), 1, null, null, null);
      assertThat(shares.sspShare()).isEqualTo(pounds("0.03"));
      assertThat(shares.lspShare()).isEqualTo(pounds("0.02"));
    }
  }

  @Nested
  class Variants {
    @Test
    void areTheShareLessAndMoreTheVarianceRoundedHalfUp() {
      // 64.29 × 0.8 = 51.432 → 51.43; × 1.2 = 77.148 → 77.15
      PartnershipShare first = PrgShares.of(pounds("1000"), 7, null, null, null).partnershipShares().get(0);
      assertThat(first.less()).isEqualTo(pounds("51.43"));
      assertThat(first.more()).isEqualTo(pounds("77.15"));
    }

    @Test
    void followTheRoundsOwnPercentages() {
      PrgShares shares = PrgShares.of(pounds("2900692"), 9, BigDecimal.valueOf(60), BigDecimal.ZERO, BigDecimal.valueOf(25));
      assertThat(shares.sspShare()).isEqualTo(pounds("1740415.20"));
      assertThat(shares.innovationFund()).isEqualTo(pounds("0.00"));
      assertThat(shares.partnershipShares().get(0)).isEqualTo(
          new PartnershipShare(pounds("193379.47"), pounds("145034.60"), pounds("241724.34")));
    }
  }

  @Nested
  class BadInput {
    @Test
    void aNegativeTotalIsRefused() {
      assertThatThrownBy(() -> PrgShares.of(pounds("-1"), 9, null, null, null))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("must be more than £0.00");
    }

    @Test
    void zeroPartnershipsIsRefused() {
      assertThatThrownBy(() -> PrgShares.of(pounds("2900692"), 0, null, null, null))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("one delivery partnership or more, not 0");
    }

    @Test
    void aPercentageOverAHundredIsRefused() {
      assertThatThrownBy(() -> PrgShares.of(pounds("2900692"), 9, BigDecimal.valueOf(101), null, null))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("The SSP's share is a percentage from 0 to 100, not 101");
    }

    @Test
    void fractionsOfAPennyAreRefused() {
      assertThatThrownBy(() -> PrgShares.of(new BigDecimal("10.001"), 9, null, null, null))
          .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most two decimal places");
    }
  }

  @Nested
  class Deadline {
    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void theSeedsSaturdayDeadlineIsRefusedNamingTheFriday() {
      assertThatThrownBy(() -> SubmissionDeadline.require(LocalDate.of(2009, 5, 23), workingDays))
          .isInstanceOf(BusinessRuleViolation.class)
          .hasMessage("The deadline Saturday 23 May 2009 is not a working day; the previous working day is Friday 22 May 2009.");
    }

    @Test
    void aBankHolidayIsRefusedNamingTheWorkingDayBefore() {
      assertThatThrownBy(() -> SubmissionDeadline.require(LocalDate.of(2009, 5, 25), workingDays))
          .hasMessage("The deadline Monday 25 May 2009 is a bank holiday; the previous working day is Friday 22 May 2009.");
    }

    @Test
    void aWorkingDayIsAccepted() {
      assertThat(SubmissionDeadline.require(LocalDate.of(2009, 5, 22), workingDays)).isEqualTo(LocalDate.of(2009, 5, 22));
    }
  }
}
