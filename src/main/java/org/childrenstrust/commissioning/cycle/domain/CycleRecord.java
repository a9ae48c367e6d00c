package org.childrenstrust.commissioning.cycle.domain;

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
import jakarta.persistence.Version;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * One round of the commissioning cycle for a service area: Understand, Plan, Do, Review, and then
 * closed (the next round, if any, is a new record linked to this one). Holds the needs assessment
 * (what the Understand stage produces) and the plan's narrative; the stage moves only through the
 * methods below, each refusing a step the stage does not allow.
 */
@Entity
@Table(name = "cycle_record")
public class CycleRecord {

  public enum Stage { UNDERSTAND, PLAN, DO, REVIEW, CLOSED }

  /** Contract standing orders' kinds of service. */
  public enum KindOfService { SERVICES, GOODS, WORKS, GRANT_FUNDED, IN_HOUSE }

  /** How many providers could do it. */
  public enum Market { COMPETITIVE, LIMITED, FRAMEWORK, IN_HOUSE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String reference;
  @ManyToOne(optional = false)
  @JoinColumn(name = "service_area_id")
  private ServiceArea serviceArea;
  private String financialYear;
  private int round;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_cycle_id")
  private CycleRecord previous;
  @Enumerated(EnumType.STRING)
  private Stage stage;
  private String processInstanceId;
  private String needsSummary;
  private String currentProvision;
  private String partnerSpend;
  private String outcomesWanted;
  private String needsAcceptedBy;
  private String needsFeedback;
  private String workforce;
  private String facilities;
  private String providerConsultation;
  private String userConsultation;
  @Enumerated(EnumType.STRING)
  private KindOfService kindOfService;
  @Enumerated(EnumType.STRING)
  private Market market;
  private String planEndorsedBy;
  private String planFeedback;
  private String decidingBody;
  private String planDecisionMeeting;
  private String planDecisionRationale;
  private String closedReason;
  @Version
  private long version;

  protected CycleRecord() {}

  /** The first round of a service area in a year, or the next round after {@code previous}. */
  public CycleRecord(ServiceArea serviceArea, String financialYear, CycleRecord previous) {
    if (serviceArea == null) {
      throw new BusinessRuleViolation("A cycle belongs to a service area.");
    }
    String year = Texts.required(financialYear, "the financial year", 7);
    if (!year.matches("\\d{4}/\\d{2}") || (Integer.parseInt(year.substring(0, 4)) + 1) % 100 != Integer.parseInt(year.substring(5))) {
      throw new BusinessRuleViolation("The financial year is written like 2010/11, not '" + year + "'.");
    }
    if (previous != null) {
      if (!previous.serviceArea.getId().equals(serviceArea.getId())) {
        throw new BusinessRuleViolation("The next cycle follows a cycle of the same service area.");
      }
      if (previous.stage != Stage.REVIEW && previous.stage != Stage.CLOSED) {
        throw BusinessRuleViolation.conflict("The next cycle starts from a review; " + previous.reference + " is at "
            + previous.stage.name().toLowerCase() + ".");
      }
    }
    this.serviceArea = serviceArea;
    this.financialYear = year;
    this.previous = previous;
    this.round = previous == null ? 1 : previous.round + 1;
    this.reference = serviceArea.getCode() + "-" + year.replace('/', '-') + (round == 1 ? "" : "-R" + round);
    this.stage = Stage.UNDERSTAND;
  }

  /** The business key of the round's process instance: the area and the year. */
  public String businessKey() {
    return reference;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  private void requireStage(Stage expected, String what) {
    if (stage != expected) {
      throw BusinessRuleViolation.conflict(reference + " is at " + stage.name().toLowerCase() + ": " + what + " belongs to the "
          + expected.name().toLowerCase() + " stage.");
    }
  }

  /**
   * The Commissioner's needs assessment. Leaving Understand needs at least one record of the
   * involvement of children, young people or families ({@code familyInvolvements}).
   */
  public void assessNeeds(String needsSummary, String currentProvision, String partnerSpend, String outcomesWanted,
      long evidenceCount, long familyInvolvements) {
    requireStage(Stage.UNDERSTAND, "the needs assessment");
    String summary = Texts.required(needsSummary, "the needs assessment (what the evidence says)", 4000);
    String provision = Texts.required(currentProvision, "the current provision", 4000);
    String spend = Texts.required(partnerSpend, "each partner's spend on the service area", 4000);
    String outcomes = Texts.required(outcomesWanted, "the outcomes wanted", 4000);
    if (evidenceCount < 1) {
      throw new BusinessRuleViolation("Add at least one piece of evidence (JSNA, local survey, CYPP, performance digest or the previous review).");
    }
    if (familyInvolvements < 1) {
      throw new BusinessRuleViolation("Record how children, young people or their families were involved before leaving Understand:"
          + " at least one involvement record of children, young people, parents or carers is required.");
    }
    this.needsSummary = summary;
    this.currentProvision = provision;
    this.partnerSpend = spend;
    this.outcomesWanted = outcomes;
    this.needsFeedback = null;
  }

  public boolean needsAssessed() {
    return needsSummary != null;
  }

  /** The host outcome group's scrutiny: accepted (on to Plan) or more asked for (stays in Understand). */
  public void scrutinise(boolean accepted, String feedback, String by) {
    requireStage(Stage.UNDERSTAND, "the outcome group's scrutiny");
    if (!needsAssessed()) {
      throw BusinessRuleViolation.conflict("The needs assessment of " + reference + " is not written yet.");
    }
    if (accepted) {
      this.needsAcceptedBy = by;
      this.needsFeedback = Texts.optional(feedback, "the comments", 2000);
      this.stage = Stage.PLAN;
    } else {
      this.needsFeedback = Texts.required(feedback, "what more the outcome group needs", 2000);
      this.needsSummary = null;
    }
  }

  public void plan(String workforce, String facilities, String providerConsultation, String userConsultation,
      KindOfService kindOfService, Market market) {
    requireStage(Stage.PLAN, "the plan");
    String w = Texts.required(workforce, "the workforce the plan needs (shape, skills, training)", 2000);
    String f = Texts.required(facilities, "the facilities the plan needs", 2000);
    String pc = Texts.required(providerConsultation, "the consultation with providers", 2000);
    String uc = Texts.required(userConsultation, "the consultation with service users", 2000);
    if (kindOfService == null || market == null) {
      throw new BusinessRuleViolation("Choose the kind of service and the market: the procurement route depends on them.");
    }
    this.workforce = w;
    this.facilities = f;
    this.providerConsultation = pc;
    this.userConsultation = uc;
    this.kindOfService = kindOfService;
    this.market = market;
    this.planEndorsedBy = null;
  }

  public boolean planned() {
    return workforce != null && kindOfService != null;
  }

  public void endorsePlan(boolean endorsed, String feedback, String by) {
    requireStage(Stage.PLAN, "the outcome group's endorsement");
    if (!planned()) {
      throw BusinessRuleViolation.conflict("The plan of " + reference + " is not written yet.");
    }
    if (endorsed) {
      this.planEndorsedBy = by;
      this.planFeedback = Texts.optional(feedback, "the comments", 2000);
    } else {
      this.planFeedback = Texts.required(feedback, "what the Commissioner should change", 2000);
      this.planEndorsedBy = null;
    }
  }

  public void decidedBy(String bodyCode) {
    this.decidingBody = Texts.required(bodyCode, "the deciding body", 40);
  }

  /** The decision on the plan (through GovernanceDecision): approved moves on to Do; rejected is reworked. */
  public void planDecided(boolean approved, String meeting, String rationale) {
    requireStage(Stage.PLAN, "the decision on the plan");
    if (planEndorsedBy == null) {
      throw BusinessRuleViolation.conflict("The host outcome group has not endorsed the plan of " + reference + ".");
    }
    this.planDecisionMeeting = Texts.optional(meeting, "the meeting", 60);
    this.planDecisionRationale = Texts.optional(rationale, "the rationale", 2000);
    if (approved) {
      this.stage = Stage.DO;
    }
  }

  /** The contract is awarded: delivery is monitored and reviewed. */
  public void contractAwarded() {
    requireStage(Stage.DO, "the award");
    this.stage = Stage.REVIEW;
  }

  public void close(String reason) {
    if (stage == Stage.CLOSED) {
      return;
    }
    this.closedReason = Texts.required(reason, "why the cycle closes", 200);
    this.stage = Stage.CLOSED;
  }

  public Long getId() { return id; }
  public String getReference() { return reference; }
  public ServiceArea getServiceArea() { return serviceArea; }
  public String getFinancialYear() { return financialYear; }
  public int getRound() { return round; }
  public CycleRecord getPrevious() { return previous; }
  public Stage getStage() { return stage; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getNeedsSummary() { return needsSummary; }
  public String getCurrentProvision() { return currentProvision; }
  public String getPartnerSpend() { return partnerSpend; }
  public String getOutcomesWanted() { return outcomesWanted; }
  public String getNeedsFeedback() { return needsFeedback; }
  public String getWorkforce() { return workforce; }
  public String getFacilities() { return facilities; }
  public String getProviderConsultation() { return providerConsultation; }
  public String getUserConsultation() { return userConsultation; }
  public KindOfService getKindOfService() { return kindOfService; }
  public Market getMarket() { return market; }
  public String getPlanFeedback() { return planFeedback; }
  public String getPlanEndorsedBy() { return planEndorsedBy; }
  public String getDecidingBody() { return decidingBody; }
  public String getPlanDecisionMeeting() { return planDecisionMeeting; }
  public String getPlanDecisionRationale() { return planDecisionRationale; }
  public String getClosedReason() { return closedReason; }
}
