package org.childrenstrust.commissioning.meetings.domain;

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
import java.time.LocalDate;
import java.time.YearMonth;

/** An item in a body's forward work plan, grouped by outcome, waiting for a meeting. */
@Entity
@Table(name = "ct_forward_plan_item")
public class ForwardPlanItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id")
  private GovernanceBody body;
  @Enumerated(EnumType.STRING)
  private CommissioningOutcome outcome;
  private String title;
  private String sponsor;
  private String leadOfficer;
  private int durationMinutes = 15;
  private Integer targetYear;
  private Integer targetMonth;
  @Enumerated(EnumType.STRING)
  private ForwardPlanStatus status = ForwardPlanStatus.PROPOSED;
  private Long decisionRequestId;
  private Long carriedFromItemId;
  private LocalDate createdOn;

  protected ForwardPlanItem() {}

  public ForwardPlanItem(GovernanceBody body, CommissioningOutcome outcome, String title, String sponsor,
      String leadOfficer, int durationMinutes, YearMonth target, LocalDate createdOn) {
    this.body = body;
    this.outcome = outcome;
    this.title = title;
    this.sponsor = sponsor;
    this.leadOfficer = leadOfficer;
    this.durationMinutes = durationMinutes;
    this.targetYear = target == null ? null : target.getYear();
    this.targetMonth = target == null ? null : target.getMonthValue();
    this.createdOn = createdOn;
  }

  /** Put on a meeting's agenda. */
  public void schedule() {
    status = ForwardPlanStatus.SCHEDULED;
  }

  /** Taken off the agenda before it was published: back to the plan. */
  public void release() {
    status = ForwardPlanStatus.PROPOSED;
  }

  /** The meeting took the item. */
  public void take() {
    status = ForwardPlanStatus.TAKEN;
  }

  /** Due for a meeting in {@code month}: no target month, or a target on or before it. */
  public boolean isDueBy(YearMonth month) {
    return targetYear == null || !YearMonth.of(targetYear, targetMonth).isAfter(month);
  }

  public YearMonth getTarget() { return targetYear == null ? null : YearMonth.of(targetYear, targetMonth); }
  public Long getId() { return id; }
  public GovernanceBody getBody() { return body; }
  public CommissioningOutcome getOutcome() { return outcome; }
  public String getTitle() { return title; }
  public String getSponsor() { return sponsor; }
  public String getLeadOfficer() { return leadOfficer; }
  public int getDurationMinutes() { return durationMinutes; }
  public ForwardPlanStatus getStatus() { return status; }
  public Long getDecisionRequestId() { return decisionRequestId; }
  public void setDecisionRequestId(Long id) { this.decisionRequestId = id; }
  public Long getCarriedFromItemId() { return carriedFromItemId; }
  public void setCarriedFromItemId(Long id) { this.carriedFromItemId = id; }
  public LocalDate getCreatedOn() { return createdOn; }
}
