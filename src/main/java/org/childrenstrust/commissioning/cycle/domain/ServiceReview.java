package org.childrenstrust.commissioning.cycle.domain;

import java.time.LocalDate;
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
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * The Commissioner's service review: delivery against the outcomes, and the recommendation to
 * continue, re-commission or decommission (with the reason: inefficient, ineffective, inequitable
 * or unsustainable).
 */
@Entity
@Table(name = "cycle_service_review")
public class ServiceReview {

  public enum Recommendation { CONTINUE, RECOMMISSION, DECOMMISSION }

  /** Herefordshire §4: the services that are decommissioned. */
  public enum Reason { INEFFICIENT, INEFFECTIVE, INEQUITABLE, UNSUSTAINABLE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;
  private String findings;
  private String indicators;
  private String usersViews;
  private String valueForMoney;
  @Enumerated(EnumType.STRING)
  private Recommendation recommendation;
  @Enumerated(EnumType.STRING)
  private Reason reason;
  private boolean needRemains;
  private LocalDate nextReviewOn;
  private String decisionOutcome;
  private String decisionMeeting;
  private String reviewedBy;
  private LocalDateTime reviewedAt;

  protected ServiceReview() {}

  public ServiceReview(CycleRecord cycle, Contract contract, String findings, String indicators, String usersViews, String valueForMoney,
      Recommendation recommendation, Reason reason, Boolean needRemains, LocalDate nextReviewOn, String reviewedBy, LocalDateTime at) {
    if (cycle.getStage() != CycleRecord.Stage.REVIEW) {
      throw BusinessRuleViolation.conflict(cycle.getReference() + " is at " + cycle.getStage().name().toLowerCase()
          + ": a service review belongs to the review stage.");
    }
    if (recommendation == null) {
      throw new BusinessRuleViolation("Recommend continue, re-commission or decommission.");
    }
    if (recommendation == Recommendation.DECOMMISSION && reason == null) {
      throw new BusinessRuleViolation("Give the reason for decommissioning: inefficient, ineffective, inequitable or unsustainable.");
    }
    if (recommendation == Recommendation.CONTINUE && reason != null) {
      throw new BusinessRuleViolation("A service that continues has no reason for decommissioning: clear the reason, or recommend otherwise.");
    }
    if (recommendation == Recommendation.CONTINUE) {
      if (nextReviewOn == null) {
        throw new BusinessRuleViolation("A service that continues needs its next review date.");
      }
      if (contract != null && (!nextReviewOn.isAfter(contract.getReviewOn()) || nextReviewOn.isAfter(contract.getEndsOn()))) {
        throw new BusinessRuleViolation("The next review date falls after this review (" + contract.getReviewOn()
            + ") and by the end of the contract (" + contract.getEndsOn() + ").");
      }
    }
    if (recommendation == Recommendation.DECOMMISSION && needRemains == null) {
      throw new BusinessRuleViolation("Say whether the need remains once the service is decommissioned (then the next cycle starts).");
    }
    this.cycle = cycle;
    this.contract = contract;
    this.findings = Texts.required(findings, "the review's findings", 4000);
    this.indicators = Texts.required(indicators, "how the service did against its indicators", 2000);
    this.usersViews = Texts.required(usersViews, "what service users said", 2000);
    this.valueForMoney = Texts.required(valueForMoney, "the value for money", 2000);
    this.recommendation = recommendation;
    this.reason = reason;
    this.needRemains = recommendation == Recommendation.RECOMMISSION || (recommendation == Recommendation.DECOMMISSION && needRemains);
    this.nextReviewOn = recommendation == Recommendation.CONTINUE ? nextReviewOn : null;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = at;
  }

  public void decided(String outcome, String meeting) {
    this.decisionOutcome = outcome;
    this.decisionMeeting = meeting;
  }

  /** Whether a next cycle starts at Understand with this review's findings as evidence. */
  public boolean startsNextCycle() {
    return recommendation != Recommendation.CONTINUE && needRemains;
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public Contract getContract() { return contract; }
  public String getFindings() { return findings; }
  public String getIndicators() { return indicators; }
  public String getUsersViews() { return usersViews; }
  public String getValueForMoney() { return valueForMoney; }
  public Recommendation getRecommendation() { return recommendation; }
  public Reason getReason() { return reason; }
  public boolean isNeedRemains() { return needRemains; }
  public LocalDate getNextReviewOn() { return nextReviewOn; }
  public String getDecisionOutcome() { return decisionOutcome; }
  public String getDecisionMeeting() { return decisionMeeting; }
  public LocalDateTime getReviewedAt() { return reviewedAt; }
}
