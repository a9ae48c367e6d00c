package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** An activity the ABG funds: its lead officer, host outcome group, and the LAA target and CYPP priority it serves. */
@Entity
@Table(name = "abg_activity")
public class Activity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  private String reference;
  private String name;
  private String leadOfficer;
  private String hostOutcomeGroup;
  private String laaTarget;
  private String cyppPriority;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "grant_line_id")
  private GrantLine grantLine;
  private boolean illustrative;

  protected Activity() {}

  public Activity(AbgYear year, String reference, String name, String leadOfficer, String hostOutcomeGroup, String laaTarget,
      String cyppPriority, GrantLine grantLine, boolean illustrative) {
    this.year = year;
    this.reference = required(reference, "a reference", 40);
    this.name = required(name, "a name", 200);
    this.leadOfficer = required(leadOfficer, "a lead officer", 64);
    this.hostOutcomeGroup = required(hostOutcomeGroup, "a host outcome group", 64);
    this.laaTarget = required(laaTarget, "the LAA target it serves", 200);
    this.cyppPriority = required(cyppPriority, "the CYPP priority it serves", 200);
    this.grantLine = grantLine;
    this.illustrative = illustrative;
  }

  static String required(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleViolation("Give " + what + ".");
    }
    if (value.strip().length() > max) {
      throw new BusinessRuleViolation("Shorten " + what + " to " + max + " characters.");
    }
    return value.strip();
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public String getReference() { return reference; }
  public String getName() { return name; }
  public String getLeadOfficer() { return leadOfficer; }
  public String getHostOutcomeGroup() { return hostOutcomeGroup; }
  public String getLaaTarget() { return laaTarget; }
  public String getCyppPriority() { return cyppPriority; }
  public GrantLine getGrantLine() { return grantLine; }
  public boolean isIllustrative() { return illustrative; }
}
