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

/** A process asking a governance body for a decision: what, by when, with which report. */
@Entity
@Table(name = "ct_decision_request")
public class DecisionRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id")
  private GovernanceBody body;
  private String subject;
  private String question;
  private LocalDate decideBy;
  private String reportTitle;
  private String reportSummary;
  private String requestedBy;
  private String requestingProcessInstanceId;
  @Enumerated(EnumType.STRING)
  private DecisionRequestStatus status = DecisionRequestStatus.PENDING;
  @Enumerated(EnumType.STRING)
  private ItemOutcome outcome;
  private String rationale;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_at_meeting_id")
  private Meeting decidedAtMeeting;
  private int timesDeferred;
  private LocalDate createdOn;

  protected DecisionRequest() {}

  public DecisionRequest(GovernanceBody body, String subject, String question, LocalDate decideBy,
      String reportTitle, String reportSummary, String requestedBy, String processInstanceId, LocalDate createdOn) {
    this.body = body;
    this.subject = subject;
    this.question = question;
    this.decideBy = decideBy;
    this.reportTitle = reportTitle;
    this.reportSummary = reportSummary;
    this.requestedBy = requestedBy;
    this.requestingProcessInstanceId = processInstanceId;
    this.createdOn = createdOn;
  }

  public void decided(ItemOutcome outcome, String rationale, Meeting meeting) {
    this.status = DecisionRequestStatus.DECIDED;
    this.outcome = outcome;
    this.rationale = rationale;
    this.decidedAtMeeting = meeting;
  }

  /** The request's item is on a meeting's agenda. */
  public void schedule() {
    if (status == DecisionRequestStatus.PENDING) {
      status = DecisionRequestStatus.SCHEDULED;
    }
  }

  /** Its item was taken off the agenda before publication: waiting for an agenda again. */
  public void release() {
    if (status == DecisionRequestStatus.SCHEDULED) {
      status = DecisionRequestStatus.PENDING;
    }
  }

  public void deferred() {
    this.status = DecisionRequestStatus.PENDING;
    this.timesDeferred++;
  }

  public Long getId() { return id; }
  public GovernanceBody getBody() { return body; }
  public String getSubject() { return subject; }
  public String getQuestion() { return question; }
  public LocalDate getDecideBy() { return decideBy; }
  public String getReportTitle() { return reportTitle; }
  public String getReportSummary() { return reportSummary; }
  public String getRequestedBy() { return requestedBy; }
  public String getRequestingProcessInstanceId() { return requestingProcessInstanceId; }
  public DecisionRequestStatus getStatus() { return status; }
  public ItemOutcome getOutcome() { return outcome; }
  public String getRationale() { return rationale; }
  public Meeting getDecidedAtMeeting() { return decidedAtMeeting; }
  public int getTimesDeferred() { return timesDeferred; }
  public LocalDate getCreatedOn() { return createdOn; }
}
