package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childrenstrust.commissioning.grants.abg.ReallocationWalk;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * A proposed reallocation of the unallocated money to the Management Group's approved priority
 * list, walked in rank order under the pot's policy; what the Management Group decided about it.
 */
@Entity
@Table(name = "abg_reallocation")
public class Reallocation {

  public enum Status { PROPOSED, APPROVED, APPROVED_WITH_AMENDMENTS, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "underspend_id")
  private Underspend underspend;
  private BigDecimal available;
  @Enumerated(EnumType.STRING)
  private ReallocationWalk.Policy policy;
  private BigDecimal remaining;
  @Enumerated(EnumType.STRING)
  private Status status;
  private LocalDateTime proposedAt;
  private String decisionMeeting;
  private String decisionRationale;
  private String amendmentReason;
  @OneToMany(mappedBy = "reallocation", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ReallocationItem> items = new ArrayList<>();

  protected Reallocation() {}

  /** Walks the approved list (entries not funded yet, in approved rank order) with all that is unallocated. */
  public static Reallocation propose(AbgYear year, Underspend underspend, List<PriorityEntry> entries, LocalDateTime at) {
    List<PriorityEntry> list = entries.stream().filter(PriorityEntry::isOnApprovedList)
        .filter(e -> e.getFundedActivity() == null)
        .sorted(Comparator.comparing(PriorityEntry::getApprovedRank)).toList();
    ReallocationWalk.Plan plan = ReallocationWalk.walk(year.getUnallocated(), year.getReallocationPolicy(),
        list.stream().map(e -> new ReallocationWalk.Candidate(e.getReference(), e.getCost())).toList());
    Reallocation reallocation = new Reallocation();
    reallocation.year = year;
    reallocation.underspend = underspend;
    reallocation.available = year.getUnallocated();
    reallocation.policy = year.getReallocationPolicy();
    reallocation.remaining = plan.remaining();
    reallocation.status = Status.PROPOSED;
    reallocation.proposedAt = at;
    int position = 1;
    for (PriorityEntry entry : list) {
      Optional<ReallocationWalk.Funded> funded = plan.funded().stream().filter(f -> f.reference().equals(entry.getReference())).findFirst();
      String reason = plan.notFunded().stream().filter(n -> n.reference().equals(entry.getReference()))
          .map(ReallocationWalk.NotFunded::reason).findFirst().orElse(null);
      reallocation.items.add(new ReallocationItem(reallocation, entry, position++,
          funded.map(ReallocationWalk.Funded::amount).orElse(Money.pounds("0")), reason));
    }
    return reallocation;
  }

  public boolean fundsAnything() {
    return items.stream().anyMatch(i -> i.getProposedAmount().signum() > 0);
  }

  public void approve(String meeting, String rationale) {
    requireProposed();
    for (ReallocationItem item : items) {
      item.approve(item.getProposedAmount());
    }
    decided(Status.APPROVED, meeting, rationale);
  }

  /**
   * The Management Group approved it amended (e.g. part-funding an item): the amounts by item
   * reference, with the recorded reason. Only items on the approved list can receive money.
   */
  public void amend(Map<String, BigDecimal> amounts, String reason, String meeting, String rationale) {
    requireProposed();
    if (reason == null || reason.isBlank()) {
      throw new BusinessRuleViolation("An amendment needs a recorded reason.");
    }
    if (reason.length() > 1000) {
      throw new BusinessRuleViolation("Shorten the amendment's reason to 1000 characters.");
    }
    for (String reference : amounts.keySet()) {
      if (items.stream().noneMatch(i -> i.getEntry().getReference().equals(reference))) {
        throw new BusinessRuleViolation(reference + " is not on the approved priority list: reallocated money goes only to the list (no bidding).");
      }
    }
    BigDecimal total = Money.pounds("0");
    for (ReallocationItem item : items) {
      BigDecimal amount = amounts.getOrDefault(item.getEntry().getReference(), Money.pounds("0"));
      if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > Money.SCALE) {
        throw new BusinessRuleViolation("The amount for " + item.getEntry().getTitle() + " must be pounds and pence, £0.00 or more.");
      }
      if (amount.compareTo(item.getEntry().getCost()) > 0) {
        throw new BusinessRuleViolation(item.getEntry().getTitle() + " costs " + Money.format(item.getEntry().getCost())
            + ": it cannot receive " + Money.format(amount) + ".");
      }
      total = total.add(amount);
    }
    if (total.compareTo(available) > 0) {
      throw new BusinessRuleViolation("The amended reallocation (" + Money.format(total) + ") is more than the "
          + Money.format(available) + " available.");
    }
    for (ReallocationItem item : items) {
      item.approve(Money.pounds(amounts.getOrDefault(item.getEntry().getReference(), Money.pounds("0"))));
    }
    this.remaining = available.subtract(total);
    this.amendmentReason = reason.strip();
    decided(Status.APPROVED_WITH_AMENDMENTS, meeting, rationale);
  }

  public void reject(String meeting, String rationale) {
    requireProposed();
    decided(Status.REJECTED, meeting, rationale);
  }

  private void decided(Status outcome, String meeting, String rationale) {
    this.status = outcome;
    this.decisionMeeting = meeting;
    this.decisionRationale = rationale;
  }

  private void requireProposed() {
    if (status != Status.PROPOSED) {
      throw BusinessRuleViolation.conflict("This reallocation is already decided (" + status + ").");
    }
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public Underspend getUnderspend() { return underspend; }
  public BigDecimal getAvailable() { return available; }
  public ReallocationWalk.Policy getPolicy() { return policy; }
  public BigDecimal getRemaining() { return remaining; }
  public Status getStatus() { return status; }
  public LocalDateTime getProposedAt() { return proposedAt; }
  public String getDecisionMeeting() { return decisionMeeting; }
  public String getDecisionRationale() { return decisionRationale; }
  public String getAmendmentReason() { return amendmentReason; }
  public List<ReallocationItem> getItems() { return List.copyOf(items); }
}
