package org.childrenstrust.commissioning.grants.prg.domain;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * A Performance Reward Grant round: its rules (total, percentages, the partnerships invited, their
 * shares, the deadline) are set when it opens and never change afterwards; only its progress does.
 */
@Entity
@Table(name = "ct_prg_round")
public class PrgRound {

  /** Where a round is. */
  public enum Status {
    /** Receiving proposals. */
    OPEN,
    /** Closed for proposals: the PMG assesses them and recommends. */
    RECOMMENDING,
    /** The PMG's recommendation is with the SSP Board. */
    RECOMMENDED,
    /** The SSP Board has awarded the grant. */
    AWARDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;
  private String name;
  private String financialYear;
  private BigDecimal total;
  private BigDecimal sspSharePercent;
  private BigDecimal innovationFundPercent;
  private BigDecimal variancePercent;
  private BigDecimal sspShare;
  private BigDecimal lspShare;
  private BigDecimal innovationFund;
  private LocalDate deadline;
  @Enumerated(EnumType.STRING)
  private Status status = Status.OPEN;
  private String openedBy;
  private LocalDate openedOn;
  private boolean useInnovationFund;
  private String recommendedBy;
  private String awardProcessInstanceId;
  private String boardOutcome;
  private String boardRationale;
  private String boardMeeting;
  @Version
  private long version;
  @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PrgPartnership> partnerships = new ArrayList<>();

  protected PrgRound() {}

  /** The amounts as computed by the grant's sharing rules; the round only keeps them. */
  public record Amounts(BigDecimal total, BigDecimal sspSharePercent, BigDecimal innovationFundPercent,
      BigDecimal variancePercent, BigDecimal sspShare, BigDecimal lspShare, BigDecimal innovationFund) {}

  public PrgRound(String reference, String name, String financialYear, Amounts amounts, LocalDate deadline,
      String openedBy, LocalDate openedOn) {
    this.reference = reference;
    this.name = name;
    this.financialYear = financialYear;
    this.total = amounts.total();
    this.sspSharePercent = amounts.sspSharePercent();
    this.innovationFundPercent = amounts.innovationFundPercent();
    this.variancePercent = amounts.variancePercent();
    this.sspShare = amounts.sspShare();
    this.lspShare = amounts.lspShare();
    this.innovationFund = amounts.innovationFund();
    this.deadline = deadline;
    this.openedBy = openedBy;
    this.openedOn = openedOn;
  }

  public void invite(String partnershipName, BigDecimal share, BigDecimal less, BigDecimal more) {
    if (status != Status.OPEN || id != null) {
      throw BusinessRuleViolation.conflict("The rules of round " + reference + " are frozen: it is open.");
    }
    partnerships.add(new PrgPartnership(this, partnerships.size() + 1, partnershipName, share, less, more));
  }

  public PrgPartnership partnership(String partnershipName) {
    return partnerships.stream().filter(p -> p.getName().equalsIgnoreCase(partnershipName == null ? "" : partnershipName.strip()))
        .findFirst()
        .orElseThrow(() -> new BusinessRuleViolation("'" + partnershipName + "' is not a delivery partnership invited to round "
            + reference + ": one of " + partnerships.stream().map(PrgPartnership::getName).toList() + "."));
  }

  public boolean isPastDeadline(LocalDate today) {
    return today.isAfter(deadline);
  }

  /** The PMG starts its recommendation, once per round, after the deadline: no more proposals come in. */
  public void closeForRecommendation(String processInstanceId, LocalDate today) {
    if (awardProcessInstanceId != null || status != Status.OPEN) {
      throw BusinessRuleViolation.conflict("The PMG's recommendation for round " + reference + " has already started.");
    }
    if (!isPastDeadline(today)) {
      throw new BusinessRuleViolation("Round " + reference + " takes proposals until " + deadline
          + ": the PMG recommends after the deadline.");
    }
    this.awardProcessInstanceId = processInstanceId;
    this.status = Status.RECOMMENDING;
  }

  /** The PMG's recommendation is recorded: it may use the innovation fund. */
  public void recommended(boolean withInnovationFund, String by) {
    if (status != Status.RECOMMENDING) {
      throw BusinessRuleViolation.conflict("Round " + reference + " is " + status + ": it takes no recommendation now.");
    }
    this.useInnovationFund = withInnovationFund;
    this.recommendedBy = by;
    this.status = Status.RECOMMENDED;
  }

  /** The SSP Board's minuted decision: awarded, or back to the PMG with the Board's reasons. */
  public void decided(boolean approved, String outcome, String rationale, String meeting) {
    if (status != Status.RECOMMENDED) {
      throw BusinessRuleViolation.conflict("Round " + reference + " has no recommendation for the SSP Board to decide.");
    }
    this.boardOutcome = outcome;
    this.boardRationale = rationale;
    this.boardMeeting = meeting;
    this.status = approved ? Status.AWARDED : Status.RECOMMENDING;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public String getName() { return name; }
  public String getFinancialYear() { return financialYear; }
  public BigDecimal getTotal() { return total; }
  public BigDecimal getSspSharePercent() { return sspSharePercent; }
  public BigDecimal getInnovationFundPercent() { return innovationFundPercent; }
  public BigDecimal getVariancePercent() { return variancePercent; }
  public BigDecimal getSspShare() { return sspShare; }
  public BigDecimal getLspShare() { return lspShare; }
  public BigDecimal getInnovationFund() { return innovationFund; }
  public LocalDate getDeadline() { return deadline; }
  public Status getStatus() { return status; }
  public String getOpenedBy() { return openedBy; }
  public LocalDate getOpenedOn() { return openedOn; }
  public boolean isUseInnovationFund() { return useInnovationFund; }
  public String getBoardOutcome() { return boardOutcome; }
  public String getBoardRationale() { return boardRationale; }
  public String getBoardMeeting() { return boardMeeting; }
  public String getRecommendedBy() { return recommendedBy; }
  public String getAwardProcessInstanceId() { return awardProcessInstanceId; }
  public List<PrgPartnership> getPartnerships() { return List.copyOf(partnerships); }
}
