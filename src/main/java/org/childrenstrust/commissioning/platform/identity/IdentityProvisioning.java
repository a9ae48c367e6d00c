package org.childrenstrust.commissioning.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the governance groups and what each may do: Tasklist for every group, Cockpit and
 * Admin for administrators only (they hold every permission through the admin user set-up), and
 * starting a process only for the groups named in {@code commissioning.process-starters}. Runs on
 * every start and on every node; each grant is created once.
 */
@Component
public class IdentityProvisioning {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityProvisioning.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final CommissioningProperties properties;

  public IdentityProvisioning(
      IdentityService identityService,
      AuthorizationService authorizationService,
      CommissioningProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.properties = properties;
  }

  public void provision() {
    for (GovernanceGroup group : GovernanceGroup.all()) {
      ensureGroup(group);
      if (group == GovernanceGroup.ADMINISTRATORS) {
        continue;
      }
      grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // process names and diagrams in Tasklist; tasks themselves are granted per candidate group
      grant(group.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }
    for (Map.Entry<String, List<String>> starters : properties.processStarters().entrySet()) {
      for (String groupId : starters.getValue()) {
        grant(groupId, Resources.PROCESS_DEFINITION, starters.getKey(),
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      }
    }
  }

  private void ensureGroup(GovernanceGroup governanceGroup) {
    if (identityService.createGroupQuery().groupId(governanceGroup.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(governanceGroup.id());
    group.setName(governanceGroup.displayName());
    group.setType(governanceGroup == GovernanceGroup.ADMINISTRATORS ? "SYSTEM" : "WORKFLOW");
    identityService.saveGroup(group);
    LOG.info("Created group {} ({})", governanceGroup.id(), governanceGroup.displayName());
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
