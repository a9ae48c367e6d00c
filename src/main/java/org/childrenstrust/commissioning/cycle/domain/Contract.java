package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/** A contract in the register: provider, value, start, end and the date it is next reviewed. */
@Entity
@Table(name = "cycle_contract")
public class Contract {

  public enum Status { LIVE, ENDING, ENDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  private String reference;
  private String provider;
  private BigDecimal contractValue;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate reviewOn;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDate reviewAlertedFor;
  private LocalDate endAlertedFor;
  @Version
  private long version;

  protected Contract() {}

  public Contract(CycleRecord cycle, String reference, String provider, BigDecimal value, LocalDate startsOn, LocalDate endsOn,
      LocalDate reviewOn) {
    String ref = Texts.required(reference, "the contract reference", 80);
    if (startsOn == null || endsOn == null || reviewOn == null) {
      throw new BusinessRuleViolation("Give the contract's start, end and review dates.");
    }
    if (!endsOn.isAfter(startsOn)) {
      throw new BusinessRuleViolation("The contract ends (" + endsOn + ") after it starts (" + startsOn + ").");
    }
    if (reviewOn.isBefore(startsOn) || reviewOn.isAfter(endsOn)) {
      throw new BusinessRuleViolation("The review date (" + reviewOn + ") falls within the contract, " + startsOn + " to " + endsOn + ".");
    }
    this.cycle = cycle;
    this.reference = ref;
    this.provider = Texts.required(provider, "the provider", 200);
    this.contractValue = Texts.amount(value, "the contract's value", false);
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.reviewOn = reviewOn;
    this.status = Status.LIVE;
  }

  /** Continue: the next review date, after the last one and no later than the end. */
  public void nextReviewOn(LocalDate date) {
    if (status != Status.LIVE) {
      throw BusinessRuleViolation.conflict(reference + " is " + status.name().toLowerCase() + ": it has no next review.");
    }
    if (date == null || !date.isAfter(reviewOn) || date.isAfter(endsOn)) {
      throw new BusinessRuleViolation("The next review date falls after the last review (" + reviewOn + ") and by the end of the contract ("
          + endsOn + ").");
    }
    this.reviewOn = date;
  }

  /** Decommissioned or re-commissioned: the contract runs to its end (or the notice) and is not renewed. */
  public void ending() {
    if (status == Status.LIVE) {
      status = Status.ENDING;
    }
  }

  /** Marks the review alert as sent for the current review date; false when it was already sent (idempotent under retry). */
  public boolean markReviewAlerted() {
    if (reviewOn.equals(reviewAlertedFor)) {
      return false;
    }
    reviewAlertedFor = reviewOn;
    return true;
  }

  public boolean markEndAlerted() {
    if (endsOn.equals(endAlertedFor)) {
      return false;
    }
    endAlertedFor = endsOn;
    return true;
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public String getReference() { return reference; }
  public String getProvider() { return provider; }
  public BigDecimal getContractValue() { return contractValue; }
  public LocalDate getStartsOn() { return startsOn; }
  public LocalDate getEndsOn() { return endsOn; }
  public LocalDate getReviewOn() { return reviewOn; }
  public Status getStatus() { return status; }
}
