package org.childrenstrust.commissioning.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With the postgres profile there are no demo users; the administrator comes from the environment. */
class PostgresProfileIdentityTest extends PostgresProfileTest {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired CommissioningProperties properties;

  @Test
  void demoDataIsOff() {
    assertThat(properties.demo().enabled()).isFalse();
  }

  @Test
  void noDemoUserExists() {
    for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
      assertThat(identityService.createUserQuery().userId(demo.id()).count()).as(demo.id()).isZero();
    }
    assertThat(identityService.createUserQuery().userId("admin").count()).as("the demo administrator").isZero();
  }

  @Test
  void theAdministratorComesFromTheGivenSettings() {
    assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).containsExactly(ADMIN_ID);
    assertThat(identityService.checkPassword(ADMIN_ID, ADMIN_PASSWORD)).isTrue();
    assertThat(identityService.checkPassword(ADMIN_ID, DemoUsers.PASSWORD)).isFalse();
    assertThat(identityService.createUserQuery().userId(ADMIN_ID).memberOfGroup(GovernanceGroup.ADMINISTRATORS_ID).count())
        .isEqualTo(1);
    assertThat(identityService.createUserQuery().userId(ADMIN_ID).singleResult().getEmail())
        .isEqualTo("ops@childrens-trust.example");
  }

  @Test
  void theGroupsAndFiltersAreProvisionedAnyway() {
    for (GovernanceGroup group : GovernanceGroup.all()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).count()).as(group.id()).isEqualTo(1);
    }
    assertThat(filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
  }
}
