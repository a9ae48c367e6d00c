package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A partner's figures for one activity in one year: budget, change made to support priorities, outturn. */
@Entity
@Table(name = "ov_budget_return")
public class BudgetReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long roundId;
  private String partnerCode;
  private String activityCode;
  private BigDecimal budget;
  private BigDecimal priorityChange;
  private String changeNote;
  private BigDecimal outturn;
  private String returnedBy;
  private String outturnBy;

  protected BudgetReturn() {}

  public BudgetReturn(Long roundId, String partnerCode, String activityCode) {
    this.roundId = roundId;
    this.partnerCode = partnerCode;
    this.activityCode = activityCode;
  }

  private static BigDecimal pennies(BigDecimal amount, String what) {
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new BusinessRuleViolation(what + " is in pounds and pence: " + amount.toPlainString() + " has more than two decimal places.");
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The budget (zero or more) and the change made to it to support priorities (may be negative; a note says what). */
  public void budget(BigDecimal amount, BigDecimal change, String note, String by, String activityName) {
    if (amount == null || amount.signum() < 0) {
      throw new BusinessRuleViolation(activityName + ": give the budget in pounds and pence (0.00 if the partner spends nothing on it).");
    }
    BigDecimal changed = change == null ? BigDecimal.ZERO : change;
    if (changed.signum() != 0 && (note == null || note.isBlank())) {
      throw new BusinessRuleViolation(activityName + ": say what the change of " + changed.toPlainString() + " supports.");
    }
    budget = pennies(amount, activityName + "'s budget");
    priorityChange = pennies(changed, activityName + "'s change");
    changeNote = note == null || note.isBlank() ? null : Texts.limit(note.strip(), 1000, activityName + ": what the change supports");
    returnedBy = by;
  }

  public void outturn(BigDecimal amount, String by, String activityName) {
    if (amount == null || amount.signum() < 0) {
      throw new BusinessRuleViolation(activityName + ": give the outturn in pounds and pence (0.00 if nothing was spent).");
    }
    outturn = pennies(amount, activityName + "'s outturn");
    outturnBy = by;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public String getPartnerCode() { return partnerCode; }
  public String getActivityCode() { return activityCode; }
  public BigDecimal getBudget() { return budget; }
  public BigDecimal getPriorityChange() { return priorityChange; }
  public String getChangeNote() { return changeNote; }
  public BigDecimal getOutturn() { return outturn; }
  public String getReturnedBy() { return returnedBy; }
  public String getOutturnBy() { return outturnBy; }
}
