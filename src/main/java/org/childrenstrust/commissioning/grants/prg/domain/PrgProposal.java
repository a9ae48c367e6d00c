package org.childrenstrust.commissioning.grants.prg.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * The Children's Trust's proposal for a round (Appendix 1 of the PRG report): drafted by the lead
 * officer, signed off by the ECG chair or returned with comments, submitted to the Partnerships
 * Team once, and told its outcome.
 */
@Entity
@Table(name = "ct_prg_proposal")
public class PrgProposal {

  /** Where the proposal is. */
  public enum Status { AWAITING_ECG, NOT_RECOMMENDED, DRAFTING, AWAITING_SIGN_OFF, SIGNED_OFF, SUBMITTED, DECIDED }

  /** What the lead officer writes, following Appendix 1. */
  public record Content(String projectTitle, String outline, String additionality, String innovationEvidence,
      String matchFunding, String communityOutcomes, String laaTargets, String crossCuttingPrinciples,
      List<String> partners, String lessPlan, String moreValue) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private PrgRound round;
  private String reference;
  private String partnershipName;
  private String projectTitle;
  private String outline;
  private String additionality;
  private String innovationEvidence;
  private String matchFunding;
  private String communityOutcomes;
  private String laaTargets;
  private String crossCuttingPrinciples;
  @ElementCollection
  @CollectionTable(name = "ct_prg_proposal_partner", joinColumns = @JoinColumn(name = "proposal_id"))
  @OrderColumn(name = "position")
  @Column(name = "organisation")
  private List<String> partners = new ArrayList<>();
  private String lessPlan;
  private String moreValue;
  @Enumerated(EnumType.STRING)
  private Status status = Status.AWAITING_ECG;
  private String ecgOutcome;
  private String ecgRecommendation;
  private String ecgMeeting;
  private String draftedBy;
  private String chairComments;
  private String signedOffBy;
  private String lateReason;
  private LocalDateTime submittedAt;
  private String receiptReference;
  private LocalDate remindedOn;
  private LocalDate escalatedOn;
  private String outcomeLevel;
  private BigDecimal outcomeAmount;
  private String processInstanceId;
  @Version
  private long version;

  protected PrgProposal() {}

  public PrgProposal(PrgRound round, String reference, String partnershipName, String processInstanceId) {
    this.round = round;
    this.reference = reference;
    this.partnershipName = partnershipName;
    this.processInstanceId = processInstanceId;
  }

  /** The process instance that carries the proposal (when it was created before the instance). */
  public void runBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The ECG's minuted answer to "note the round and recommend innovative projects". */
  public void ecgDecided(boolean recommends, String outcome, String recommendation, String meeting) {
    require(Status.AWAITING_ECG, "record the ECG's recommendation");
    this.ecgOutcome = outcome;
    this.ecgRecommendation = recommendation;
    this.ecgMeeting = meeting;
    this.status = recommends ? Status.DRAFTING : Status.NOT_RECOMMENDED;
  }

  public void draft(Content content, String by) {
    require(Status.DRAFTING, "change the draft");
    this.projectTitle = content.projectTitle();
    this.outline = content.outline();
    this.additionality = content.additionality();
    this.innovationEvidence = content.innovationEvidence();
    this.matchFunding = content.matchFunding();
    this.communityOutcomes = content.communityOutcomes();
    this.laaTargets = content.laaTargets();
    this.crossCuttingPrinciples = content.crossCuttingPrinciples();
    this.partners.clear();
    this.partners.addAll(content.partners());
    this.lessPlan = content.lessPlan();
    this.moreValue = content.moreValue();
    this.draftedBy = by;
    this.status = Status.AWAITING_SIGN_OFF;
  }

  public void returnedByChair(String comments) {
    require(Status.AWAITING_SIGN_OFF, "return it");
    this.chairComments = comments;
    this.status = Status.DRAFTING;
  }

  /** Signed off; after the deadline only with the chair's reason for submitting late. */
  public void signedOff(String by, String lateReason, LocalDate today) {
    require(Status.AWAITING_SIGN_OFF, "sign it off");
    if (round.isPastDeadline(today) && (lateReason == null || lateReason.isBlank())) {
      throw new BusinessRuleViolation("The deadline (" + round.getDeadline() + ") has passed: record the chair's reason"
          + " for submitting the proposal late.");
    }
    this.signedOffBy = by;
    this.lateReason = lateReason == null || lateReason.isBlank() ? null : lateReason.strip();
    this.status = Status.SIGNED_OFF;
  }

  /** The Partnerships Team acknowledged the submission with its reference. */
  public void submitted(String receipt, LocalDateTime at) {
    require(Status.SIGNED_OFF, "record its submission");
    this.receiptReference = receipt;
    this.submittedAt = at;
    this.status = Status.SUBMITTED;
  }

  public boolean remind(LocalDate today) {
    if (remindedOn != null) {
      return false;
    }
    remindedOn = today;
    return true;
  }

  public boolean escalate(LocalDate today) {
    if (escalatedOn != null) {
      return false;
    }
    escalatedOn = today;
    return true;
  }

  /** The SSP Board's award for this proposal. */
  public void decided(String level, BigDecimal amount) {
    require(Status.SUBMITTED, "record its outcome");
    this.outcomeLevel = level;
    this.outcomeAmount = amount;
    this.status = Status.DECIDED;
  }

  private void require(Status expected, String what) {
    if (status != expected) {
      throw BusinessRuleViolation.conflict("Proposal " + reference + " is " + status.name().toLowerCase().replace('_', ' ')
          + ": it is too late or too early to " + what + ".");
    }
  }

  public Long getId() { return id; }
  public PrgRound getRound() { return round; }
  public String getReference() { return reference; }
  public String getPartnershipName() { return partnershipName; }
  public String getProjectTitle() { return projectTitle; }
  public String getOutline() { return outline; }
  public String getAdditionality() { return additionality; }
  public String getInnovationEvidence() { return innovationEvidence; }
  public String getMatchFunding() { return matchFunding; }
  public String getCommunityOutcomes() { return communityOutcomes; }
  public String getLaaTargets() { return laaTargets; }
  public String getCrossCuttingPrinciples() { return crossCuttingPrinciples; }
  public List<String> getPartners() { return List.copyOf(partners); }
  public String getLessPlan() { return lessPlan; }
  public String getMoreValue() { return moreValue; }
  public Status getStatus() { return status; }
  public String getEcgOutcome() { return ecgOutcome; }
  public String getEcgRecommendation() { return ecgRecommendation; }
  public String getEcgMeeting() { return ecgMeeting; }
  public String getDraftedBy() { return draftedBy; }
  public String getChairComments() { return chairComments; }
  public String getSignedOffBy() { return signedOffBy; }
  public String getLateReason() { return lateReason; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public String getReceiptReference() { return receiptReference; }
  public LocalDate getRemindedOn() { return remindedOn; }
  public LocalDate getEscalatedOn() { return escalatedOn; }
  public String getOutcomeLevel() { return outcomeLevel; }
  public BigDecimal getOutcomeAmount() { return outcomeAmount; }
  public String getProcessInstanceId() { return processInstanceId; }
}
