package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
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
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * The Do stage's procurement: the route the contract standing orders give (the
 * CycleProcurementRoute decision), the panel's evaluation, the preferred provider, its
 * safeguarding check and the award. No award without a passed safeguarding check of the provider
 * awarded.
 */
@Entity
@Table(name = "cycle_procurement")
public class Procurement {

  /** Routes in Herefordshire's contract standing orders (the DMN's outputs). */
  public enum Route { ONE_QUOTE, THREE_QUOTES, OPEN_TENDER, RESTRICTED_TENDER, FRAMEWORK_CALL_OFF, GRANT_AGREEMENT, IN_HOUSE_SLA }

  public enum Status { PANEL, EVALUATED, SAFEGUARDING_FAILED, CLEARED, AWARDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  private BigDecimal estimatedValue;
  @Enumerated(EnumType.STRING)
  private Route route;
  private String routeRationale;
  @Enumerated(EnumType.STRING)
  private Status status;
  private String preferredProvider;
  @Version
  private long version;

  protected Procurement() {}

  public Procurement(CycleRecord cycle, BigDecimal estimatedValue, Route route, String routeRationale) {
    if (cycle.getStage() != CycleRecord.Stage.DO) {
      throw BusinessRuleViolation.conflict("Procurement starts when the plan is approved; " + cycle.getReference() + " is at "
          + cycle.getStage().name().toLowerCase() + ".");
    }
    if (route == null) {
      throw new BusinessRuleViolation("The contract standing orders gave no procurement route.");
    }
    this.cycle = cycle;
    this.estimatedValue = Texts.amount(estimatedValue, "the estimated value", false);
    this.route = route;
    this.routeRationale = Texts.required(routeRationale, "why the route applies", 1000);
    this.status = Status.PANEL;
  }

  /** The panel's evaluation is recorded and the preferred provider named. */
  public void evaluated(String preferredProvider) {
    if (status == Status.AWARDED) {
      throw BusinessRuleViolation.conflict("The contract of " + cycle.getReference() + " is already awarded.");
    }
    this.preferredProvider = Texts.required(preferredProvider, "the preferred provider", 200);
    this.status = Status.EVALUATED;
  }

  public void safeguardingChecked(SafeguardingCheck check) {
    if (status != Status.EVALUATED) {
      throw BusinessRuleViolation.conflict("The safeguarding check follows the evaluation (the preferred provider is named there).");
    }
    if (!check.getProvider().equals(preferredProvider)) {
      throw new BusinessRuleViolation("The safeguarding check is of the preferred provider, " + preferredProvider + ".");
    }
    this.status = check.isPassed() ? Status.CLEARED : Status.SAFEGUARDING_FAILED;
  }

  /** The award: only to the preferred provider, once its safeguarding check has passed. */
  public void award(String provider) {
    if (status == Status.AWARDED) {
      throw BusinessRuleViolation.conflict("The contract of " + cycle.getReference() + " is already awarded.");
    }
    if (status != Status.CLEARED || !preferredProvider.equals(provider)) {
      throw BusinessRuleViolation.conflict("No award without a passed safeguarding check: " + provider
          + " has not passed the check against the Safeguarding Children Board's policies.");
    }
    this.status = Status.AWARDED;
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public BigDecimal getEstimatedValue() { return estimatedValue; }
  public Route getRoute() { return route; }
  public String getRouteRationale() { return routeRationale; }
  public Status getStatus() { return status; }
  public String getPreferredProvider() { return preferredProvider; }
}
