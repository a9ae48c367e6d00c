package org.childrenstrust.commissioning.platform;

import org.childrenstrust.commissioning.platform.web.DomainApiProbe;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Base of the platform's HTTP tests: the whole application on a random port (in-memory H2, demo
 * users, no job executor). The test processes deployed by these tests may be started by the clerks,
 * like AgendaToMinutes; every subclass shares one Spring context. Metrics export (Prometheus) is on
 * as in production: Spring Boot's tests switch it off unless asked. {@link DomainApiProbe} adds a
 * test endpoint under /api. {@link CurrentProcessEngine} keeps HTTP calls on this context's engine
 * when the test JVM holds other Spring contexts too.
 */
@AutoConfigureObservability(tracing = false)
@Import(DomainApiProbe.class)
@TestExecutionListeners(listeners = CurrentProcessEngine.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "commissioning.process-starters." + TestProcesses.REQUIRED_INPUT + "[0]=clerks",
    "commissioning.process-starters." + TestProcesses.CLERKS_ONLY + "[0]=clerks"
})
public abstract class PlatformWebTest {

  @LocalServerPort
  protected int port;

  /** An HTTP client on this application, without credentials. */
  protected HttpTestClient http() {
    return new HttpTestClient(port);
  }

  /** An HTTP client on this application that sends a user's credentials (HTTP Basic). */
  protected HttpTestClient as(String user, String password) {
    return new HttpTestClient(port).basic(user, password);
  }
}
