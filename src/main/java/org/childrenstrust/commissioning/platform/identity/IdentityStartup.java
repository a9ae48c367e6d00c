package org.childrenstrust.commissioning.platform.identity;

import org.springframework.modulith.NamedInterface;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start: groups, grants and Tasklist filters; demo users on the embedded default only. */
@Component
@NamedInterface("identity")
public class IdentityStartup {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IdentityStartup.class);

  /** Order of start-up listeners: identity first, then feature demo data. */
  public static final int ORDER = 0;

  private final IdentityProvisioning identityProvisioning;
  private final TasklistFilters tasklistFilters;
  private final IdentityService identityService;
  private final CommissioningProperties properties;

  public IdentityStartup(IdentityProvisioning identityProvisioning, TasklistFilters tasklistFilters,
      IdentityService identityService, CommissioningProperties properties) {
    this.identityProvisioning = identityProvisioning;
    this.tasklistFilters = tasklistFilters;
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  public void provision() {
    try {
      provisionOnce();
    } catch (RuntimeException e) {
      // another node starting on the same database created the same group or grant first
      LOG.info("Identity provisioning raced another node ({}); checking again", e.getMessage());
      provisionOnce();
    }
  }

  private void provisionOnce() {
    identityProvisioning.provision();
    tasklistFilters.provision();
    if (properties.demo().enabled()) {
      DemoUsers.create(identityService);
    }
  }
}
