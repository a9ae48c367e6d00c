package org.childrenstrust.commissioning.cycle.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A quarterly contract monitoring return, due a number of working days after the quarter's end. */
@Entity
@Table(name = "cycle_monitoring_return")
public class MonitoringReturn {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private Contract contract;
  private LocalDate quarterEnd;
  private LocalDate dueOn;
  private LocalDateTime submittedAt;
  private LocalDateTime chasedAt;
  private BigDecimal spendToDate;
  private String outcomesCommentary;

  protected MonitoringReturn() {}

  public MonitoringReturn(Contract contract, LocalDate quarterEnd, LocalDate dueOn) {
    this.contract = contract;
    this.quarterEnd = quarterEnd;
    this.dueOn = dueOn;
  }

  public void submit(BigDecimal spendToDate, String outcomesCommentary, LocalDateTime at) {
    if (submittedAt != null) {
      throw BusinessRuleViolation.conflict("The return for the quarter ending " + quarterEnd + " is already in.");
    }
    BigDecimal spend = Texts.amount(spendToDate, "the spend to date", true);
    if (spend.compareTo(contract.getContractValue()) > 0) {
      throw new BusinessRuleViolation("The spend to date is more than the contract's value: say so in the commentary and give the spend"
          + " within the contract.");
    }
    this.outcomesCommentary = Texts.required(outcomesCommentary, "how delivery is going against the outcomes", 2000);
    this.spendToDate = spend;
    this.submittedAt = at;
  }

  /** Marks the return chased; false when it was already chased or is in (a retry sends nothing twice). */
  public boolean markChased(LocalDateTime at) {
    if (submittedAt != null || chasedAt != null) {
      return false;
    }
    chasedAt = at;
    return true;
  }

  public Contract getContract() { return contract; }
  public LocalDate getQuarterEnd() { return quarterEnd; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public BigDecimal getSpendToDate() { return spendToDate; }
  public String getOutcomesCommentary() { return outcomesCommentary; }
}
