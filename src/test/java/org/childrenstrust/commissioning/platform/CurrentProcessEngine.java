package org.childrenstrust.commissioning.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own Spring context the one that the REST API and the webapps
 * find, before every test method.
 *
 * <p>The engine REST API, its authentication filter and the webapps look the engine up by name
 * ("default") in Camunda's static {@link ProcessEngines} registry, where the engine built last
 * wins. When one test JVM holds several Spring contexts (H2 and PostgreSQL tests, contexts with
 * other properties), every context's engine is called "default", and HTTP calls into an older
 * context would reach the newest context's engine and database: users are unknown there (401),
 * tasks missing (404). Registering the current context's engine again before each test fixes that.
 *
 * <p>Use with {@code @TestExecutionListeners(listeners = CurrentProcessEngine.class, mergeMode =
 * MERGE_WITH_DEFAULTS)}, or for every test by naming it under
 * {@code org.springframework.test.context.TestExecutionListener} in
 * {@code src/test/resources/META-INF/spring.factories}.
 */
public class CurrentProcessEngine extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }

  @Override
  public int getOrder() {
    // after dependency injection, before the test's own @BeforeEach methods
    return 5000;
  }
}
