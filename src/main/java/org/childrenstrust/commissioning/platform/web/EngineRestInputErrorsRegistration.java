package org.childrenstrust.commissioning.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Adds {@link EngineRestInputErrors}, {@link EngineRestDatabaseFaults} and {@link VanishedTaskAnswers} to every Jersey application of this server: the engine REST
 * API that the REST starter serves at {@code /engine-rest}, and the "Engine Api" servlet that the
 * webapp starter registers for Tasklist, Cockpit and Admin at {@code /camunda/api/engine}. Neither
 * starter offers another hook for the webapps' application; Jersey finds this class through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class EngineRestInputErrorsRegistration implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineRestInputErrors.class)) {
      context.register(EngineRestInputErrors.class);
    }
    if (!context.getConfiguration().isRegistered(EngineRestDatabaseFaults.OfAny.class)) {
      context.register(EngineRestDatabaseFaults.OfAny.class);
      context.register(EngineRestDatabaseFaults.OfEngine.class);
    }
    if (!context.getConfiguration().isRegistered(VanishedTaskAnswers.class)) {
      context.register(VanishedTaskAnswers.class);
    }
  }
}
