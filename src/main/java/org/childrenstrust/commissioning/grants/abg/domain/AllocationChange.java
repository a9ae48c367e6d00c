package org.childrenstrust.commissioning.grants.abg.domain;

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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.childrenstrust.commissioning.grants.abg.AllocationBasis;
import org.hibernate.annotations.Immutable;

/** One change of an allocation: appended, never updated or deleted. */
@Entity
@Immutable
@Table(name = "abg_allocation_change")
public class AllocationChange {

  public enum Kind { PROPOSED, REVISED, APPROVED, UNDERSPEND_RELEASED, REALLOCATED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "allocation_id")
  private Allocation allocation;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private BigDecimal previousAmount;
  private BigDecimal newAmount;
  @Enumerated(EnumType.STRING)
  private AllocationBasis basis;
  private String reason;
  private String changedBy;
  private LocalDateTime changedAt;
  private String decisionReference;

  protected AllocationChange() {}

  AllocationChange(Allocation allocation, AbgYear year, Kind kind, BigDecimal previousAmount, BigDecimal newAmount,
      AllocationBasis basis, String reason, String changedBy, LocalDateTime changedAt, String decisionReference) {
    this.allocation = allocation;
    this.year = year;
    this.kind = kind;
    this.previousAmount = previousAmount;
    this.newAmount = newAmount;
    this.basis = basis;
    this.reason = reason == null || reason.isBlank() ? kind.name().toLowerCase().replace('_', ' ') : reason.strip();
    this.changedBy = changedBy == null ? "system" : changedBy;
    this.changedAt = changedAt;
    this.decisionReference = decisionReference == null || decisionReference.isBlank() ? "none" : decisionReference;
  }

  public Long getId() { return id; }
  public Allocation getAllocation() { return allocation; }
  public Kind getKind() { return kind; }
  public BigDecimal getPreviousAmount() { return previousAmount; }
  public BigDecimal getNewAmount() { return newAmount; }
  public AllocationBasis getBasis() { return basis; }
  public String getReason() { return reason; }
  public String getChangedBy() { return changedBy; }
  public LocalDateTime getChangedAt() { return changedAt; }
  public String getDecisionReference() { return decisionReference; }
}
