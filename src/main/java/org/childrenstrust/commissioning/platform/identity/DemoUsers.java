package org.childrenstrust.commissioning.platform.identity;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo users with invented names, one or more per governance group, all with the password
 * {@value #PASSWORD}. Created only on the embedded default ({@code commissioning.demo.enabled}).
 */
@NamedInterface("identity")
public final class DemoUsers {

  public static final String PASSWORD = "demo";

  /** A demo person and the groups they belong to. */
  @NamedInterface("identity")
  public record DemoUser(String id, String firstName, String lastName, String role, List<String> groups) {
    public String email() {
      return id + "@childrens-trust.example";
    }

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  public static final DemoUser BOARD_CHAIR = new DemoUser("hannah.wells", "Hannah", "Wells",
      "Chair, Children's Trust Board", List.of(GovernanceGroup.TRUST_BOARD.id()));
  public static final DemoUser BOARD_MEMBER = new DemoUser("marcus.reid", "Marcus", "Reid",
      "Board member (NHS)", List.of(GovernanceGroup.TRUST_BOARD.id()));
  public static final DemoUser ECG_CHAIR = new DemoUser("priya.shah", "Priya", "Shah",
      "Chair, Executive Commissioning Group", List.of(GovernanceGroup.MANAGEMENT_GROUP.id()));
  public static final DemoUser ECG_MEMBER = new DemoUser("tom.hadley", "Tom", "Hadley",
      "ECG member (Constabulary)", List.of(GovernanceGroup.MANAGEMENT_GROUP.id()));
  public static final DemoUser BE_HEALTHY_LEAD = new DemoUser("grace.okafor", "Grace", "Okafor",
      "Outcome lead, Be Healthy", List.of(GovernanceGroup.BE_HEALTHY.id()));
  public static final DemoUser STAY_SAFE_LEAD = new DemoUser("daniel.price", "Daniel", "Price",
      "Outcome lead, Stay Safe", List.of(GovernanceGroup.STAY_SAFE.id()));
  public static final DemoUser ENJOY_ACHIEVE_LEAD = new DemoUser("sophie.marsh", "Sophie", "Marsh",
      "Outcome lead, Enjoy and Achieve", List.of(GovernanceGroup.ENJOY_AND_ACHIEVE.id()));
  public static final DemoUser POSITIVE_CONTRIBUTION_LEAD = new DemoUser("kwame.mensah", "Kwame", "Mensah",
      "Outcome lead, Make a Positive Contribution", List.of(GovernanceGroup.POSITIVE_CONTRIBUTION.id()));
  public static final DemoUser ECONOMIC_WELLBEING_LEAD = new DemoUser("leah.fraser", "Leah", "Fraser",
      "Outcome lead, Achieve Economic Well-being", List.of(GovernanceGroup.ECONOMIC_WELLBEING.id()));
  public static final DemoUser PMG_MEMBER = new DemoUser("owen.hughes", "Owen", "Hughes",
      "SSP Performance Management Group", List.of(GovernanceGroup.SSP_PMG.id()));
  public static final DemoUser PARTNERSHIPS_OFFICER = new DemoUser("ruth.adeyemi", "Ruth", "Adeyemi",
      "SSP Partnerships Team", List.of(GovernanceGroup.PARTNERSHIPS_TEAM.id()));
  public static final DemoUser COMMISSIONING_OFFICER = new DemoUser("imran.qureshi", "Imran", "Qureshi",
      "Commissioning officer", List.of(GovernanceGroup.COMMISSIONING_OFFICERS.id()));
  public static final DemoUser CLERK = new DemoUser("clara.jones", "Clara", "Jones",
      "Clerk to the ECG and the Board", List.of(GovernanceGroup.CLERKS.id()));
  public static final DemoUser SSP_BOARD_MEMBER = new DemoUser("alan.brooks", "Alan", "Brooks",
      "SSP Board member", List.of(GovernanceGroup.SSP_BOARD.id()));

  public static final DemoUser ABG_LEAD_OFFICER = new DemoUser("nadia.karim", "Nadia", "Karim",
      "Lead officer of ABG activities (Connexions, targeted family support)", List.of(GovernanceGroup.LEAD_OFFICERS.id()));
  public static final DemoUser ABG_LEAD_OFFICER_2 = new DemoUser("peter.walsh", "Peter", "Walsh",
      "Lead officer of ABG activities (child death review, social care workforce)", List.of(GovernanceGroup.LEAD_OFFICERS.id()));
  public static final DemoUser HEAD_OF_CT_DEVELOPMENT = new DemoUser("helen.barnes", "Helen", "Barnes",
      "Head of Children's Trust Development", List.of(GovernanceGroup.CT_DEVELOPMENT.id()));

  public static final List<DemoUser> ALL = List.of(BOARD_CHAIR, BOARD_MEMBER, ECG_CHAIR, ECG_MEMBER,
      BE_HEALTHY_LEAD, STAY_SAFE_LEAD, ENJOY_ACHIEVE_LEAD, POSITIVE_CONTRIBUTION_LEAD,
      ECONOMIC_WELLBEING_LEAD, PMG_MEMBER, PARTNERSHIPS_OFFICER, COMMISSIONING_OFFICER, CLERK,
      ABG_LEAD_OFFICER, ABG_LEAD_OFFICER_2, HEAD_OF_CT_DEVELOPMENT, SSP_BOARD_MEMBER);

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private DemoUsers() {}

  /** Creates the demo users and their memberships that do not exist yet. */
  public static void create(IdentityService identityService) {
    for (DemoUser demo : ALL) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.email());
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        LOG.info("Created demo user {} ({})", demo.id(), demo.role());
      }
      for (String groupId : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
          identityService.createMembership(demo.id(), groupId);
        }
      }
    }
  }
}
