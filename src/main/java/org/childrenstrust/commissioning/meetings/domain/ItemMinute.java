package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What the minutes say of one item: business considered, facts noted, decision and rationale, leads. */
@Embeddable
public class ItemMinute {
  @Column(name = "minute_business") private String business;
  @Column(name = "minute_facts_noted") private String factsNoted;
  @Column(name = "minute_decision") private String decision;
  @Enumerated(EnumType.STRING)
  @Column(name = "minute_outcome") private ItemOutcome outcome;
  @Column(name = "minute_rationale") private String rationale;
  @Column(name = "minute_leads") private String leads;

  public ItemMinute() {}

  public ItemMinute(String business, String factsNoted, ItemOutcome outcome, String decision,
      String rationale, String leads) {
    this.business = business;
    this.factsNoted = factsNoted;
    this.outcome = outcome;
    this.decision = decision;
    this.rationale = rationale;
    this.leads = leads;
  }

  public boolean isRecorded() { return outcome != null; }
  public String getBusiness() { return business; }
  public String getFactsNoted() { return factsNoted; }
  public String getDecision() { return decision; }
  public ItemOutcome getOutcome() { return outcome; }
  public String getRationale() { return rationale; }
  public String getLeads() { return leads; }
}
