package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/** A lead officer's quarterly monitoring return: spend to date and forecast outturn (one per activity and quarter). */
@Entity
@Table(name = "abg_quarterly_return")
public class QuarterlyReturn {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;
  private int quarter;
  private BigDecimal spendToDate;
  private BigDecimal forecastOutturn;
  private String monthlyForecast;
  private String commentary;
  private String submittedBy;
  private LocalDateTime submittedAt;

  protected QuarterlyReturn() {}

  public QuarterlyReturn(Activity activity, int quarter, BigDecimal spendToDate, BigDecimal forecastOutturn,
      String monthlyForecast, String commentary, String submittedBy, LocalDateTime submittedAt) {
    if (quarter < 1 || quarter > 4) {
      throw new BusinessRuleViolation("A quarter is 1 to 4, not " + quarter + ".");
    }
    if (submittedBy == null || !submittedBy.equals(activity.getLeadOfficer())) {
      throw BusinessRuleViolation.forbidden("Only the lead officer of " + activity.getName() + " can submit its return.");
    }
    this.activity = activity;
    this.quarter = quarter;
    this.spendToDate = amount(spendToDate, "Spend to date");
    this.forecastOutturn = amount(forecastOutturn, "The forecast outturn");
    this.monthlyForecast = monthlyForecast;
    if (commentary != null && commentary.length() > 2000) {
      throw new BusinessRuleViolation("Shorten the commentary to 2000 characters.");
    }
    this.commentary = commentary;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  private static BigDecimal amount(BigDecimal value, String what) {
    if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation(what + " must be an amount of pounds and pence, £0.00 or more.");
    }
    return Money.pounds(value);
  }

  public Long getId() { return id; }
  public Activity getActivity() { return activity; }
  public int getQuarter() { return quarter; }
  public BigDecimal getSpendToDate() { return spendToDate; }
  public BigDecimal getForecastOutturn() { return forecastOutturn; }
  public String getMonthlyForecast() { return monthlyForecast; }
  public String getCommentary() { return commentary; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
}
