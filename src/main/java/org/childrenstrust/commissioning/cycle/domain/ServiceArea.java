package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * A service area the Children's Trust commissions (teenage parents, CAMHS...): its level, the CYPP
 * priority it serves, its Lead (the champion, accountable for outcomes), its Commissioner (who does
 * the cycle's work) and the host outcome group it reports to.
 */
@Entity
@Table(name = "cycle_service_area")
public class ServiceArea {

  /** Herefordshire §5 "Levels of commissioning". */
  public enum Level { INDIVIDUAL, LOCAL, STRATEGIC, REGIONAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String code;
  private String name;
  @Enumerated(EnumType.STRING)
  private Level level;
  private String cyppPriority;
  private String leadName;
  private String commissioner;
  private String hostOutcomeGroup;

  protected ServiceArea() {}

  public ServiceArea(String code, String name, Level level, String cyppPriority, String leadName, String commissioner,
      String hostOutcomeGroup) {
    String c = Texts.required(code, "the service area's code", 40);
    if (!c.matches("[A-Z0-9-]+")) {
      throw new BusinessRuleViolation("A service area's code has capital letters, digits and hyphens only (TEENAGE-PARENTS), not '" + c + "'.");
    }
    if (level == null) {
      throw new BusinessRuleViolation("Choose the level of commissioning: individual, local, strategic or regional.");
    }
    this.code = c;
    this.name = Texts.required(name, "the service area's name", 200);
    this.level = level;
    this.cyppPriority = Texts.required(cyppPriority, "the CYPP priority the service area serves", 200);
    this.leadName = Texts.required(leadName, "the Lead", 120);
    this.commissioner = Texts.required(commissioner, "the Commissioner", 64);
    String group = Texts.required(hostOutcomeGroup, "the host outcome group", 64);
    if (!group.startsWith("outcome-")) {
      throw new BusinessRuleViolation("The host outcome group is one of the five outcome groups, not '" + group + "'.");
    }
    this.hostOutcomeGroup = group;
  }

  /** The governance body code of the host outcome group: outcome-stay-safe -> STAY-SAFE. */
  public String hostBodyCode() {
    return hostOutcomeGroup.substring("outcome-".length()).toUpperCase();
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public Level getLevel() { return level; }
  public String getCyppPriority() { return cyppPriority; }
  public String getLeadName() { return leadName; }
  public String getCommissioner() { return commissioner; }
  public String getHostOutcomeGroup() { return hostOutcomeGroup; }
}
