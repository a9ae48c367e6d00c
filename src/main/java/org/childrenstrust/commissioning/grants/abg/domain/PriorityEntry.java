package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * An additional or new activity on an outcome group's priority list, with a clear link to the LAA
 * and the CYPP (both required). The Management Group's approved ranking puts it on the one list
 * underspends are reallocated from; nothing else can receive reallocated money.
 */
@Entity
@Table(name = "abg_priority_entry")
public class PriorityEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  private String reference;
  private String outcomeGroup;
  private int groupRank;
  private String title;
  private BigDecimal cost;
  private String laaTarget;
  private String cyppPriority;
  private String leadOfficer;
  private Integer proposedRank;
  private Integer approvedRank;
  private String approvedMeeting;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "funded_activity_id")
  private Activity fundedActivity;

  protected PriorityEntry() {}

  public PriorityEntry(AbgYear year, String reference, String outcomeGroup, int groupRank, String title, BigDecimal cost,
      String laaTarget, String cyppPriority, String leadOfficer) {
    this.year = year;
    this.reference = Activity.required(reference, "a reference", 40);
    this.outcomeGroup = Activity.required(outcomeGroup, "the outcome group", 64);
    if (groupRank < 1) {
      throw new BusinessRuleViolation("Ranks start at 1.");
    }
    this.groupRank = groupRank;
    this.title = Activity.required(title, "a title", 200);
    if (cost == null || cost.signum() <= 0 || cost.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessRuleViolation("The cost of " + title + " must be an amount of pounds and pence above £0.00.");
    }
    this.cost = Money.pounds(cost);
    this.laaTarget = Activity.required(laaTarget, "the LAA target " + title + " serves (a clear link is required)", 200);
    this.cyppPriority = Activity.required(cyppPriority, "the CYPP priority " + title + " serves (a clear link is required)", 200);
    this.leadOfficer = Activity.required(leadOfficer, "the lead officer of " + title, 64);
  }

  /** The commissioning officer's proposed place in the one ranked list (null: not proposed). */
  public void propose(Integer rank) {
    if (approvedRank != null) {
      throw BusinessRuleViolation.conflict(title + " is already ranked by the Management Group.");
    }
    if (rank != null && rank < 1) {
      throw new BusinessRuleViolation("Ranks start at 1.");
    }
    this.proposedRank = rank;
  }

  /** The Management Group's prioritisation, as minuted. */
  public void rank(int rank, String meeting) {
    if (rank < 1) {
      throw new BusinessRuleViolation("Ranks start at 1.");
    }
    this.approvedRank = rank;
    this.approvedMeeting = meeting;
  }

  public void funded(Activity activity) {
    if (fundedActivity != null) {
      throw BusinessRuleViolation.conflict(title + " is already funded.");
    }
    this.fundedActivity = activity;
  }

  public boolean isOnApprovedList() {
    return approvedRank != null;
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public String getReference() { return reference; }
  public String getOutcomeGroup() { return outcomeGroup; }
  public int getGroupRank() { return groupRank; }
  public String getTitle() { return title; }
  public BigDecimal getCost() { return cost; }
  public String getLaaTarget() { return laaTarget; }
  public String getCyppPriority() { return cyppPriority; }
  public String getLeadOfficer() { return leadOfficer; }
  public Integer getProposedRank() { return proposedRank; }
  public Integer getApprovedRank() { return approvedRank; }
  public String getApprovedMeeting() { return approvedMeeting; }
  public Activity getFundedActivity() { return fundedActivity; }
}
