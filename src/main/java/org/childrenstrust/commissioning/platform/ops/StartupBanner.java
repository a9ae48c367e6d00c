package org.childrenstrust.commissioning.platform.ops;

import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go and how to log in. */
@Component
public class StartupBanner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

  private final CommissioningProperties properties;
  private final boolean embeddedMail;

  public StartupBanner(CommissioningProperties properties,
      @org.springframework.beans.factory.annotation.Value("${commissioning.mail.embedded:false}") boolean embeddedMail) {
    this.properties = properties;
    this.embeddedMail = embeddedMail;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Integer.MAX_VALUE)
  public void announce() {
    String base = properties.publicBaseUrl();
    StringBuilder text = new StringBuilder("\n\n  Children's Trust joint commissioning is running\n")
        .append("  Tasklist:        ").append(base).append("/camunda/app/tasklist/\n")
        .append("  Cockpit, Admin:  ").append(base).append("/camunda/app/cockpit/  (administrators only)\n")
        .append("  REST API:        ").append(base).append("/engine-rest  (HTTP Basic)\n")
        .append("  Public papers:   ").append(base).append("/public/meetings\n")
        .append("  Health:          ").append(base).append("/actuator/health\n");
    if (embeddedMail) {
      text.append("  Outbox:          ").append(base).append("/outbox  (e-mails sent, kept by the embedded mail server; clerks and administrators)\n");
    }
    if (properties.demo().enabled()) {
      text.append("\n  Demo users (password '").append(DemoUsers.PASSWORD).append("'; administrator: admin):\n");
      for (DemoUsers.DemoUser user : DemoUsers.ALL) {
        text.append(String.format("    %-16s %s%n", user.id(), user.role()));
      }
    }
    LOG.info(text.toString());
  }
}
