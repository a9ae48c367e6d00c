package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One item of the approved list in a reallocation: what the walk proposed (or why not) and what was approved. */
@Entity
@Table(name = "abg_reallocation_item")
public class ReallocationItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "reallocation_id")
  private Reallocation reallocation;
  @ManyToOne(optional = false)
  @JoinColumn(name = "entry_id")
  private PriorityEntry entry;
  private int position;
  private BigDecimal proposedAmount;
  private BigDecimal approvedAmount;
  private String reason;

  protected ReallocationItem() {}

  ReallocationItem(Reallocation reallocation, PriorityEntry entry, int position, BigDecimal proposedAmount, String reason) {
    this.reallocation = reallocation;
    this.entry = entry;
    this.position = position;
    this.proposedAmount = proposedAmount;
    this.reason = reason;
  }

  void approve(BigDecimal amount) {
    this.approvedAmount = amount;
  }

  public Long getId() { return id; }
  public PriorityEntry getEntry() { return entry; }
  public int getPosition() { return position; }
  public BigDecimal getProposedAmount() { return proposedAmount; }
  public BigDecimal getApprovedAmount() { return approvedAmount; }
  public String getReason() { return reason; }
}
