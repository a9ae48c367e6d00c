package org.childrenstrust.commissioning.cycle.domain;

import java.math.BigDecimal;
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

/** An option for meeting the need, appraised by cost, benefit and risk; one is the current service. */
@Entity
@Table(name = "cycle_option")
public class OptionAppraisal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  private String title;
  private boolean currentService;
  private BigDecimal cost;
  private String benefit;
  private String risk;
  private boolean preferred;

  protected OptionAppraisal() {}

  public OptionAppraisal(CycleRecord cycle, String title, boolean currentService, BigDecimal cost, String benefit, String risk,
      boolean preferred) {
    this.cycle = cycle;
    this.title = Texts.required(title, "the title of each option", 200);
    this.currentService = currentService;
    this.cost = Texts.amount(cost, "the cost of '" + this.title + "'", true);
    this.benefit = Texts.required(benefit, "the benefit of '" + this.title + "'", 2000);
    this.risk = Texts.required(risk, "the risk of '" + this.title + "'", 2000);
    this.preferred = preferred;
  }

  public String getTitle() { return title; }
  public boolean isCurrentService() { return currentService; }
  public BigDecimal getCost() { return cost; }
  public String getBenefit() { return benefit; }
  public String getRisk() { return risk; }
  public boolean isPreferred() { return preferred; }
}
