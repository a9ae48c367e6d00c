package org.childrenstrust.commissioning.platform.identity;

import org.springframework.modulith.NamedInterface;
import java.util.Arrays;
import java.util.List;

/**
 * The Children's Trust's governance bodies and teams, as Camunda groups.
 * Group ids are what BPMN candidate groups and authorizations name.
 */
@NamedInterface("identity")
public enum GovernanceGroup {
  TRUST_BOARD("trust-board", "Children's Trust Board"),
  MANAGEMENT_GROUP("management-group", "Management Group / Executive Commissioning Group"),
  BE_HEALTHY("outcome-be-healthy", "Outcome group: Be Healthy"),
  STAY_SAFE("outcome-stay-safe", "Outcome group: Stay Safe"),
  ENJOY_AND_ACHIEVE("outcome-enjoy-achieve", "Outcome group: Enjoy and Achieve"),
  POSITIVE_CONTRIBUTION("outcome-positive-contribution", "Outcome group: Make a Positive Contribution"),
  ECONOMIC_WELLBEING("outcome-economic-wellbeing", "Outcome group: Achieve Economic Well-being"),
  SSP_PMG("ssp-pmg", "SSP Performance Management Group"),
  PARTNERSHIPS_TEAM("partnerships-team", "SSP Partnerships Team"),
  COMMISSIONING_OFFICERS("commissioning-officers", "Commissioning Officers"),
  CLERKS("clerks", "Clerks and secretaries"),
  LEAD_OFFICERS("lead-officers", "Lead officers of ABG-funded activities"),
  CT_DEVELOPMENT("ct-development", "Head of Children's Trust Development"),
  SSP_BOARD("ssp-board", "SSP Board"),
  ADMINISTRATORS("camunda-admin", "Administrators");

  public static final String TRUST_BOARD_ID = "trust-board";
  public static final String MANAGEMENT_GROUP_ID = "management-group";
  public static final String CLERKS_ID = "clerks";
  public static final String LEAD_OFFICERS_ID = "lead-officers";
  public static final String CT_DEVELOPMENT_ID = "ct-development";
  public static final String ADMINISTRATORS_ID = "camunda-admin";

  private final String id;
  private final String displayName;

  GovernanceGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Every group whose members use Tasklist (administrators included). */
  public static List<GovernanceGroup> all() {
    return Arrays.asList(values());
  }
}
