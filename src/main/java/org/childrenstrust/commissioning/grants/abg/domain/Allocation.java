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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.AllocationBasis;
import org.childrenstrust.commissioning.grants.abg.ExceptionKind;
import org.childrenstrust.commissioning.shared.money.Money;

/** An activity's allocation this year; its amount changes only through {@link AbgYear}, each change kept. */
@Entity
@Table(name = "abg_allocation")
public class Allocation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  @OneToOne(optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;
  private BigDecimal amount;
  @Enumerated(EnumType.STRING)
  private AllocationBasis basis;
  @Enumerated(EnumType.STRING)
  private ExceptionKind exceptionKind;
  private String exceptionReason;
  private int monitoredFromQuarter;
  private LocalDateTime notifiedAt;
  @Version
  private Long version;
  @OneToMany(mappedBy = "allocation", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<AllocationChange> changes = new ArrayList<>();

  protected Allocation() {}

  Allocation(AbgYear year, Activity activity, int monitoredFromQuarter) {
    this.year = year;
    this.activity = activity;
    this.amount = Money.pounds("0");
    this.basis = AllocationBasis.FUNDING_PERCENT;
    this.monitoredFromQuarter = monitoredFromQuarter;
  }

  void change(AllocationChange.Kind kind, BigDecimal newAmount, AllocationBasis newBasis, ExceptionKind newExceptionKind,
      String newExceptionReason, String reason, String by, LocalDateTime at, String decisionReference) {
    changes.add(new AllocationChange(this, year, kind, amount, newAmount, newBasis, reason, by, at, decisionReference));
    this.amount = newAmount;
    this.basis = newBasis;
    this.exceptionKind = newExceptionKind;
    this.exceptionReason = newExceptionReason == null ? null : newExceptionReason.strip();
  }

  /** The lead officer has had the funding letter; returns whether this call is the one that records it. */
  public boolean markNotified(LocalDateTime at) {
    if (notifiedAt != null) {
      return false;
    }
    notifiedAt = at;
    return true;
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public Activity getActivity() { return activity; }
  public BigDecimal getAmount() { return amount; }
  public AllocationBasis getBasis() { return basis; }
  public ExceptionKind getExceptionKind() { return exceptionKind; }
  public String getExceptionReason() { return exceptionReason; }
  public int getMonitoredFromQuarter() { return monitoredFromQuarter; }
  public LocalDateTime getNotifiedAt() { return notifiedAt; }
  public List<AllocationChange> getChanges() { return List.copyOf(changes); }
}
