package org.childrenstrust.commissioning.cycle.domain;

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

/** The preferred provider checked against the Safeguarding Children Board's policies and procedures. */
@Entity
@Table(name = "cycle_safeguarding_check")
public class SafeguardingCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "procurement_id")
  private Procurement procurement;
  private String provider;
  private boolean passed;
  private String note;
  private String checkedBy;
  private LocalDateTime checkedAt;

  protected SafeguardingCheck() {}

  public SafeguardingCheck(Procurement procurement, boolean passed, String note, String checkedBy, LocalDateTime at) {
    this.procurement = procurement;
    this.provider = procurement.getPreferredProvider();
    this.passed = passed;
    this.note = Texts.required(note, passed ? "what was checked (policies, DBS checks, training)" : "why the provider failed the check", 1000);
    this.checkedBy = checkedBy;
    this.checkedAt = at;
  }

  public String getProvider() { return provider; }
  public boolean isPassed() { return passed; }
  public String getNote() { return note; }
  public LocalDateTime getCheckedAt() { return checkedAt; }
}
