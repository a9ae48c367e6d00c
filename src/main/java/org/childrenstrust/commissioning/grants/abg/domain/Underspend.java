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
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/** A lead officer's declaration of a potential underspend, confirmed (or not) by the Head of Children's Trust Development. */
@Entity
@Table(name = "abg_underspend")
public class Underspend {

  public enum Status { DECLARED, CONFIRMED, NOT_CONFIRMED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  @ManyToOne(optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;
  private BigDecimal amount;
  private String reason;
  private String declaredBy;
  private LocalDateTime declaredAt;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String confirmedBy;
  private LocalDateTime confirmedAt;
  private String confirmationComment;
  private LocalDateTime managementGroupNotifiedAt;

  protected Underspend() {}

  public Underspend(Allocation allocation, BigDecimal amount, String reason, String declaredBy, LocalDateTime declaredAt) {
    if (allocation.getYear().getStatus() != AbgYear.Status.APPROVED) {
      throw BusinessRuleViolation.conflict("Underspends are declared against approved allocations.");
    }
    if (declaredBy == null || !declaredBy.equals(allocation.getActivity().getLeadOfficer())) {
      throw BusinessRuleViolation.forbidden("Only the lead officer of " + allocation.getActivity().getName() + " can declare its underspend.");
    }
    if (amount == null || amount.signum() <= 0) {
      throw new BusinessRuleViolation("The potential underspend must be more than £0.00.");
    }
    if (amount.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation("The potential underspend has more than pounds and pence: " + amount.toPlainString() + ".");
    }
    if (amount.compareTo(allocation.getAmount()) > 0) {
      throw new BusinessRuleViolation("The potential underspend (" + Money.format(amount) + ") is more than the allocation ("
          + Money.format(allocation.getAmount()) + ").");
    }
    this.year = allocation.getYear();
    this.activity = allocation.getActivity();
    this.amount = Money.pounds(amount);
    this.reason = Activity.required(reason, "the reason for the underspend", 1000);
    this.declaredBy = declaredBy;
    this.declaredAt = declaredAt;
    this.status = Status.DECLARED;
  }

  public void confirm(String by, LocalDateTime at, String comment) {
    decide(Status.CONFIRMED, by, at, comment);
  }

  public void notConfirmed(String by, LocalDateTime at, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new BusinessRuleViolation("Say why the underspend is not confirmed: the lead officer reads it.");
    }
    decide(Status.NOT_CONFIRMED, by, at, comment);
  }

  private void decide(Status outcome, String by, LocalDateTime at, String comment) {
    if (status != Status.DECLARED) {
      throw BusinessRuleViolation.conflict("This underspend is already " + status.name().toLowerCase().replace('_', ' ') + ".");
    }
    if (comment != null && comment.length() > 1000) {
      throw new BusinessRuleViolation("Shorten the comment to 1000 characters.");
    }
    this.status = outcome;
    this.confirmedBy = by;
    this.confirmedAt = at;
    this.confirmationComment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /** Records that the Management Group was told; returns whether this call is the one that records it. */
  public boolean markManagementGroupNotified(LocalDateTime at) {
    if (managementGroupNotifiedAt != null) {
      return false;
    }
    managementGroupNotifiedAt = at;
    return true;
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public Activity getActivity() { return activity; }
  public BigDecimal getAmount() { return amount; }
  public String getReason() { return reason; }
  public String getDeclaredBy() { return declaredBy; }
  public LocalDateTime getDeclaredAt() { return declaredAt; }
  public Status getStatus() { return status; }
  public String getConfirmedBy() { return confirmedBy; }
  public String getConfirmationComment() { return confirmationComment; }
  public LocalDateTime getManagementGroupNotifiedAt() { return managementGroupNotifiedAt; }
}
