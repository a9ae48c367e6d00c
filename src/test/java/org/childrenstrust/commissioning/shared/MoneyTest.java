package org.childrenstrust.commissioning.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.shared.money.Money;
import org.junit.jupiter.api.Test;

/** Pounds and pence with the PRG figures of the 2009/10 paper. */
class MoneyTest {

  @Test
  void prgSharesAddUpToThePenny() {
    BigDecimal total = Money.pounds("2900692");
    List<BigDecimal> halves = Money.splitEvenly(total, 2);
    assertThat(halves).containsExactly(Money.pounds("1450346.00"), Money.pounds("1450346.00"));
    BigDecimal innovationFund = Money.percentOf(halves.get(0), BigDecimal.TEN);
    assertThat(innovationFund).isEqualTo(Money.pounds("145034.60"));
    BigDecimal equalShare = Money.splitEvenly(halves.get(0).subtract(innovationFund), 9).get(0);
    assertThat(equalShare).isEqualTo(Money.pounds("145034.60"));
    assertThat(Money.percentOf(equalShare, BigDecimal.valueOf(80))).isEqualTo(Money.pounds("116027.68"));
    assertThat(Money.percentOf(equalShare, BigDecimal.valueOf(120))).isEqualTo(Money.pounds("174041.52"));
    assertThat(Money.format(total)).isEqualTo("£2,900,692.00");
  }

  @Test
  void unevenSplitsSpreadThePenniesAndKeepTheTotal() {
    List<BigDecimal> shares = Money.splitEvenly(Money.pounds("100.00"), 3);
    assertThat(shares).containsExactly(Money.pounds("33.34"), Money.pounds("33.33"), Money.pounds("33.33"));
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(Money.pounds("100.00"));
  }

  @Test
  void fractionsOfAPennyAreRefused() {
    assertThatThrownBy(() -> Money.pounds("10.005")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most two decimal places");
  }
}
