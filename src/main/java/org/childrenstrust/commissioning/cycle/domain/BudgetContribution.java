package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A partner's contribution to a budget (pooled) or what it aligns (aligned). */
@Entity
@Table(name = "cycle_budget_contribution")
public class BudgetContribution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_id")
  private Budget budget;
  private int position;
  private String partner;
  private BigDecimal amount;

  protected BudgetContribution() {}

  BudgetContribution(Budget budget, int position, String partner, BigDecimal amount) {
    this.budget = budget;
    this.position = position;
    this.partner = partner;
    this.amount = amount;
  }

  public String getPartner() { return partner; }
  public BigDecimal getAmount() { return amount; }
}
