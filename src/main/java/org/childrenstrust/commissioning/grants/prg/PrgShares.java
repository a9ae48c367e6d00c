package org.childrenstrust.commissioning.grants.prg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * How a Performance Reward Grant is shared, to the penny: the SSP's share is its percentage of the
 * total (half up), the LSPs' share the rest; the innovation fund is its percentage of the SSP share
 * (half up); the rest of the SSP share goes in equal shares to the delivery partnerships, the
 * leftover pennies one each to the first ones, so that the shares add up exactly; each share's
 * smaller and larger variants are the share × (1 ∓ variance), half up.
 */
record PrgShares(BigDecimal total, BigDecimal sspSharePercent, BigDecimal innovationFundPercent,
    BigDecimal variancePercent, BigDecimal sspShare, BigDecimal lspShare, BigDecimal innovationFund,
    List<PartnershipShare> partnershipShares) {

  static final BigDecimal DEFAULT_SSP_SHARE_PERCENT = BigDecimal.valueOf(50);
  static final BigDecimal DEFAULT_INNOVATION_FUND_PERCENT = BigDecimal.TEN;
  static final BigDecimal DEFAULT_VARIANCE_PERCENT = BigDecimal.valueOf(20);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One delivery partnership's equal share and its smaller and larger variants. */
  record PartnershipShare(BigDecimal share, BigDecimal less, BigDecimal more) {

    /** The amount for a funding level. */
    BigDecimal at(ReceivedProposal.Level level) {
      return switch (level) {
        case NONE -> BigDecimal.ZERO.setScale(Money.SCALE);
        case LESS -> less;
        case EQUAL -> share;
        case MORE -> more;
      };
    }
  }

  /** Computes the shares, refusing a total or percentages that make no sense. Null percentages take the defaults. */
  static PrgShares of(BigDecimal total, int partnerships, BigDecimal sspSharePercent,
      BigDecimal innovationFundPercent, BigDecimal variancePercent) {
    BigDecimal ssp = percentage(sspSharePercent, DEFAULT_SSP_SHARE_PERCENT, "The SSP's share");
    BigDecimal innovation = percentage(innovationFundPercent, DEFAULT_INNOVATION_FUND_PERCENT, "The innovation fund");
    BigDecimal variance = percentage(variancePercent, DEFAULT_VARIANCE_PERCENT, "The variance");
    if (total == null) {
      throw new BusinessRuleViolation("Give the total grant in pounds, such as 2900692 or 2900692.00.");
    }
    if (total.signum() <= 0) {
      throw new BusinessRuleViolation("The total grant must be more than £0.00, not " + total.toPlainString() + ".");
    }
    if (total.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation("The total grant is in pounds and pence: at most two decimal places, not "
          + total.toPlainString() + ".");
    }
    if (partnerships < 1) {
      throw new BusinessRuleViolation("A round shares the grant between one delivery partnership or more, not " + partnerships + ".");
    }
    BigDecimal pounds = Money.pounds(total);
    BigDecimal sspShare = Money.percentOf(pounds, ssp);
    BigDecimal lspShare = pounds.subtract(sspShare);
    BigDecimal innovationFund = Money.percentOf(sspShare, innovation);
    List<BigDecimal> equal = Money.splitEvenly(sspShare.subtract(innovationFund), partnerships);
    List<PartnershipShare> shares = new ArrayList<>(partnerships);
    for (BigDecimal share : equal) {
      shares.add(new PartnershipShare(share, Money.percentOf(share, HUNDRED.subtract(variance)),
          Money.percentOf(share, HUNDRED.add(variance))));
    }
    return new PrgShares(pounds, ssp, innovation, variance, sspShare, lspShare, innovationFund, List.copyOf(shares));
  }

  /** The money the PMG may recommend: the partnerships' shares, and the innovation fund if it chooses. */
  BigDecimal available(boolean withInnovationFund) {
    BigDecimal shares = partnershipShares.stream().map(PartnershipShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    return withInnovationFund ? shares.add(innovationFund) : shares;
  }

  private static BigDecimal percentage(BigDecimal value, BigDecimal fallback, String what) {
    if (value == null) {
      return fallback;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new BusinessRuleViolation(what + " is a percentage from 0 to 100, not " + value.toPlainString() + ".");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new BusinessRuleViolation(what + " has at most two decimal places, not " + value.toPlainString() + ".");
    }
    return value.setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros();
  }
}
