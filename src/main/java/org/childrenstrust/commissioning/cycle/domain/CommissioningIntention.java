package org.childrenstrust.commissioning.cycle.domain;

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

/** What the Trust intends to commission, linked to the CYPP priority it serves. */
@Entity
@Table(name = "cycle_intention")
public class CommissioningIntention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  private String intention;
  private String cyppPriority;

  protected CommissioningIntention() {}

  public CommissioningIntention(CycleRecord cycle, String intention, String cyppPriority) {
    this.cycle = cycle;
    this.intention = Texts.required(intention, "each commissioning intention", 2000);
    this.cyppPriority = Texts.required(cyppPriority, "the CYPP priority of the intention '" + this.intention + "'", 200);
  }

  public String getIntention() { return intention; }
  public String getCyppPriority() { return cyppPriority; }
}
