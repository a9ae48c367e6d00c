package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.grants.abg.AllocationBasis;
import org.childrenstrust.commissioning.grants.abg.ExceptionKind;
import org.childrenstrust.commissioning.grants.abg.FinancialYearLabel;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * The Trust's share of the Area Based Grant for one financial year: the pot, the allocations to
 * activities and what is unallocated. Every move of money goes through this aggregate, so that at
 * every moment the allocations plus the unallocated amount equal the pot, and every change of an
 * allocation is appended to its history (who, when, why, which decision).
 */
@Entity
@Table(name = "abg_year")
public class AbgYear {

  public enum Status { DRAFT, APPROVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String label;
  private BigDecimal fundingPercent;
  private BigDecimal pot;
  private BigDecimal unallocated;
  @Enumerated(EnumType.STRING)
  private ReallocationWalk.Policy reallocationPolicy;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String openedBy;
  private String managementGroupMeeting;
  private String boardMeeting;
  @Version
  private Long version;
  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Allocation> allocations = new ArrayList<>();

  protected AbgYear() {}

  public AbgYear(String label, BigDecimal fundingPercent, ReallocationWalk.Policy policy, String openedBy) {
    this.label = FinancialYearLabel.parse(label).toString();
    if (fundingPercent == null || fundingPercent.signum() <= 0 || fundingPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new BusinessRuleViolation("The funding percentage must be more than 0 and at most 100, not " + fundingPercent + ".");
    }
    this.fundingPercent = fundingPercent;
    this.reallocationPolicy = policy == null ? ReallocationWalk.Policy.SKIP : policy;
    this.status = Status.DRAFT;
    this.openedBy = openedBy;
    this.pot = Money.pounds("0");
    this.unallocated = Money.pounds("0");
  }

  /** The pot: the funding percentage of the sum of this year's grants, rounded half up once. */
  public void setGrantTotal(BigDecimal sumOfGrants) {
    requireDraft("change the grant lines");
    BigDecimal newPot = Money.percentOf(sumOfGrants, fundingPercent);
    unallocated = unallocated.add(newPot.subtract(pot));
    pot = newPot;
  }

  /** Proposes (or changes, while the year is a draft) an activity's allocation. */
  public Allocation propose(Activity activity, BigDecimal amount, AllocationBasis basis, ExceptionKind exceptionKind,
      String exceptionReason, String reason, String by, LocalDateTime at) {
    requireDraft("change an allocation");
    if (exceptionKind != null && (exceptionReason == null || exceptionReason.isBlank())) {
      throw new BusinessRuleViolation("The exception for " + activity.getReference() + " (" + exceptionKind + ") needs a recorded reason.");
    }
    BigDecimal pounds = nonNegative(amount, activity.getReference());
    Optional<Allocation> existing = allocationOf(activity);
    Allocation allocation = existing.orElseGet(() -> {
      Allocation created = new Allocation(this, activity, 1);
      allocations.add(created);
      return created;
    });
    unallocated = unallocated.add(allocation.getAmount()).subtract(pounds);
    allocation.change(existing.isPresent() ? AllocationChange.Kind.REVISED : AllocationChange.Kind.PROPOSED, pounds, basis,
        exceptionKind, exceptionReason, reason, by, at, "proposal");
    return allocation;
  }

  /** Management Group and Board approved: an overcommitted pot cannot go forward. */
  public void approve(String managementGroupMeeting, String boardMeeting, String by, LocalDateTime at) {
    requireDraft("approve the allocations");
    requireNotOvercommitted();
    this.managementGroupMeeting = managementGroupMeeting;
    this.boardMeeting = boardMeeting;
    this.status = Status.APPROVED;
    for (Allocation allocation : allocations) {
      allocation.change(AllocationChange.Kind.APPROVED, allocation.getAmount(), allocation.getBasis(), allocation.getExceptionKind(),
          allocation.getExceptionReason(), "Approved by the Management Group (" + managementGroupMeeting + ") and the Board ("
              + boardMeeting + ")", by, at, boardMeeting);
    }
  }

  public void requireNotOvercommitted() {
    if (headroom().signum() < 0) {
      throw new BusinessRuleViolation("The pot is overcommitted: " + Money.format(allocated()) + " allocated from a pot of "
          + Money.format(pot) + " (" + Money.format(headroom().negate()) + " too much). Reduce allocations before it goes forward.");
    }
  }

  /** A confirmed underspend goes back to the unallocated amount, for the approved priority list. */
  public void releaseUnderspend(Allocation allocation, BigDecimal amount, String reason, String by, LocalDateTime at,
      String decisionReference) {
    requireApproved("release an underspend");
    BigDecimal pounds = nonNegative(amount, allocation.getActivity().getReference());
    if (pounds.signum() == 0 || pounds.compareTo(allocation.getAmount()) > 0) {
      throw new BusinessRuleViolation("An underspend of " + Money.format(pounds) + " must be more than £0.00 and not more than the allocation of "
          + allocation.getActivity().getName() + " (" + Money.format(allocation.getAmount()) + ").");
    }
    unallocated = unallocated.add(pounds);
    allocation.change(AllocationChange.Kind.UNDERSPEND_RELEASED, allocation.getAmount().subtract(pounds), allocation.getBasis(),
        allocation.getExceptionKind(), allocation.getExceptionReason(), reason, by, at, decisionReference);
  }

  /** The Management Group's approved reallocation funds an activity from the unallocated amount. */
  public Allocation reallocate(Activity activity, BigDecimal amount, int monitoredFromQuarter, String reason, String by,
      LocalDateTime at, String decisionReference) {
    requireApproved("reallocate money");
    BigDecimal pounds = nonNegative(amount, activity.getReference());
    if (pounds.signum() == 0 || pounds.compareTo(unallocated) > 0) {
      throw new BusinessRuleViolation("Cannot reallocate " + Money.format(pounds) + " to " + activity.getName() + ": "
          + Money.format(unallocated) + " is unallocated.");
    }
    if (allocationOf(activity).isPresent()) {
      throw BusinessRuleViolation.conflict(activity.getName() + " is already funded this year.");
    }
    Allocation allocation = new Allocation(this, activity, monitoredFromQuarter);
    allocations.add(allocation);
    unallocated = unallocated.subtract(pounds);
    allocation.change(AllocationChange.Kind.REALLOCATED, pounds, AllocationBasis.REALLOCATION, null, null, reason, by, at,
        decisionReference);
    return allocation;
  }

  public Optional<Allocation> allocationOf(Activity activity) {
    return allocations.stream().filter(a -> a.getActivity().equals(activity)).findFirst();
  }

  public BigDecimal allocated() {
    return allocations.stream().map(Allocation::getAmount).reduce(Money.pounds("0"), BigDecimal::add);
  }

  public BigDecimal headroom() {
    return pot.subtract(allocated());
  }

  /** Allocations plus the unallocated amount equal the pot. */
  public boolean balances() {
    return allocated().add(unallocated).compareTo(pot) == 0;
  }

  private void requireDraft(String what) {
    if (status != Status.DRAFT) {
      throw BusinessRuleViolation.conflict("The " + label + " allocations are approved: you cannot " + what + " now.");
    }
  }

  private void requireApproved(String what) {
    if (status != Status.APPROVED) {
      throw BusinessRuleViolation.conflict("The " + label + " allocations are not approved yet: you cannot " + what + ".");
    }
  }

  private static BigDecimal nonNegative(BigDecimal amount, String reference) {
    if (amount == null || amount.signum() < 0) {
      throw new BusinessRuleViolation("The amount for " + reference + " must be £0.00 or more, not " + amount + ".");
    }
    try {
      return Money.pounds(amount);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleViolation("The amount for " + reference + " has more than pounds and pence: " + amount.toPlainString() + ".");
    }
  }

  public Long getId() { return id; }
  public String getLabel() { return label; }
  public BigDecimal getFundingPercent() { return fundingPercent; }
  public BigDecimal getPot() { return pot; }
  public BigDecimal getUnallocated() { return unallocated; }
  public ReallocationWalk.Policy getReallocationPolicy() { return reallocationPolicy; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public String getManagementGroupMeeting() { return managementGroupMeeting; }
  public String getBoardMeeting() { return boardMeeting; }
  public List<Allocation> getAllocations() { return List.copyOf(allocations); }
  public FinancialYearLabel financialYear() { return FinancialYearLabel.parse(label); }
}
