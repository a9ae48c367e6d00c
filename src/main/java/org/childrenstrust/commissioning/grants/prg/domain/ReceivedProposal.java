package org.childrenstrust.commissioning.grants.prg.domain;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * A delivery partnership's proposal as the Partnerships Team received it (once per sender's
 * reference), late or on time, and what the PMG and the SSP Board made of it.
 */
@Entity
@Table(name = "ct_prg_received_proposal")
public class ReceivedProposal {

  /** The levels of funding, as the PMG recommends and the Board awards them. */
  public enum Level { NONE, LESS, EQUAL, MORE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private PrgRound round;
  private String reference;
  private String receiptReference;
  private String partnershipName;
  private String projectTitle;
  private String outline;
  private String additionality;
  private String innovationEvidence;
  private String matchFunding;
  private String communityOutcomes;
  private String laaTargets;
  private String crossCuttingPrinciples;
  private String partners;
  private String lessPlan;
  private String moreValue;
  private String submittedBy;
  private LocalDateTime receivedAt;
  private boolean late;
  private String lateReason;
  private Integer scoreAdditionality;
  private Integer scoreInnovation;
  private Integer scoreOutcomes;
  private Integer scoreJointWorking;
  private String laaPerformance;
  private String otherFunding;
  @Enumerated(EnumType.STRING)
  private Level recommendedLevel;
  private BigDecimal recommendedAmount;
  @Enumerated(EnumType.STRING)
  private Level awardedLevel;
  private BigDecimal awardedAmount;
  private LocalDate letterSentOn;

  protected ReceivedProposal() {}

  public ReceivedProposal(PrgRound round, String reference, String receiptReference, String partnershipName,
      PrgProposal.Content content, String submittedBy, LocalDateTime receivedAt, String lateReason) {
    this.round = round;
    this.reference = reference;
    this.receiptReference = receiptReference;
    this.partnershipName = partnershipName;
    this.projectTitle = content.projectTitle();
    this.outline = content.outline();
    this.additionality = content.additionality();
    this.innovationEvidence = content.innovationEvidence();
    this.matchFunding = content.matchFunding();
    this.communityOutcomes = content.communityOutcomes();
    this.laaTargets = content.laaTargets();
    this.crossCuttingPrinciples = content.crossCuttingPrinciples();
    this.partners = String.join("\n", content.partners());
    this.lessPlan = content.lessPlan();
    this.moreValue = content.moreValue();
    this.submittedBy = submittedBy;
    this.receivedAt = receivedAt;
    this.late = round.isPastDeadline(receivedAt.toLocalDate());
    if (late && (lateReason == null || lateReason.isBlank())) {
      throw new BusinessRuleViolation("The deadline (" + round.getDeadline() + ") has passed: a late proposal needs the"
          + " reason its partnership's chair recorded for submitting it late.");
    }
    this.lateReason = late ? lateReason.strip() : null;
  }

  /** The PMG's assessment: scores against the principles (1 to 5), performance, other funding, level. */
  public void recommend(int additionality, int innovation, int outcomes, int jointWorking, String laaPerformance,
      String otherFunding, Level level, BigDecimal amount) {
    if (round.getStatus() != PrgRound.Status.RECOMMENDING) {
      throw BusinessRuleViolation.conflict("Round " + round.getReference() + " is " + round.getStatus()
          + ": the PMG recommends only while the round is being assessed.");
    }
    this.scoreAdditionality = additionality;
    this.scoreInnovation = innovation;
    this.scoreOutcomes = outcomes;
    this.scoreJointWorking = jointWorking;
    this.laaPerformance = laaPerformance;
    this.otherFunding = otherFunding;
    this.recommendedLevel = level;
    this.recommendedAmount = amount;
  }

  /** The SSP Board's minuted award: the recommendation, or nothing if the Board rejected it. */
  public void awarded(Level level, BigDecimal amount) {
    this.awardedLevel = level;
    this.awardedAmount = amount;
  }

  public boolean letterSent(LocalDate today) {
    if (letterSentOn != null) {
      return false;
    }
    letterSentOn = today;
    return true;
  }

  public Long getId() { return id; }
  public PrgRound getRound() { return round; }
  public String getReference() { return reference; }
  public String getReceiptReference() { return receiptReference; }
  public String getPartnershipName() { return partnershipName; }
  public String getProjectTitle() { return projectTitle; }
  public String getOutline() { return outline; }
  public String getAdditionality() { return additionality; }
  public String getInnovationEvidence() { return innovationEvidence; }
  public String getMatchFunding() { return matchFunding; }
  public String getCommunityOutcomes() { return communityOutcomes; }
  public String getLaaTargets() { return laaTargets; }
  public String getCrossCuttingPrinciples() { return crossCuttingPrinciples; }
  public List<String> getPartners() { return partners == null || partners.isBlank() ? List.of() : List.of(partners.split("\n")); }
  public String getLessPlan() { return lessPlan; }
  public String getMoreValue() { return moreValue; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getReceivedAt() { return receivedAt; }
  public boolean isLate() { return late; }
  public String getLateReason() { return lateReason; }
  public Integer getScoreAdditionality() { return scoreAdditionality; }
  public Integer getScoreInnovation() { return scoreInnovation; }
  public Integer getScoreOutcomes() { return scoreOutcomes; }
  public Integer getScoreJointWorking() { return scoreJointWorking; }
  public String getLaaPerformance() { return laaPerformance; }
  public String getOtherFunding() { return otherFunding; }
  public Level getRecommendedLevel() { return recommendedLevel; }
  public BigDecimal getRecommendedAmount() { return recommendedAmount; }
  public Level getAwardedLevel() { return awardedLevel; }
  public BigDecimal getAwardedAmount() { return awardedAmount; }
  public LocalDate getLetterSentOn() { return letterSentOn; }
}
