package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A year's partnership budget monitoring: when the budgets and the outturn are due. */
@Entity
@Table(name = "ov_budget_round")
public class BudgetRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String financialYear;
  private String openedBy;
  private LocalDate returnsDue;
  private LocalDate outturnDue;
  private String status = "BUDGETS";

  protected BudgetRound() {}

  public BudgetRound(String financialYear, String openedBy, LocalDate returnsDue, LocalDate outturnDue) {
    this.financialYear = financialYear;
    this.openedBy = openedBy;
    this.returnsDue = returnsDue;
    this.outturnDue = outturnDue;
  }

  public void outturnRequested() {
    status = "OUTTURN";
  }

  public void closed() {
    status = "CLOSED";
  }

  public Long getId() { return id; }
  public String getFinancialYear() { return financialYear; }
  public String getOpenedBy() { return openedBy; }
  public LocalDate getReturnsDue() { return returnsDue; }
  public LocalDate getOutturnDue() { return outturnDue; }
  public String getStatus() { return status; }
}
