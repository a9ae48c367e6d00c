package org.childrenstrust.commissioning.platform.postgres;

import org.childrenstrust.commissioning.support.EmbeddedPostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.childrenstrust.commissioning.platform.CurrentProcessEngine;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The application as deployed for real: the {@code postgres} profile (no demo users, the first
 * administrator from ADMIN_USER_ID / ADMIN_PASSWORD) on a real PostgreSQL server. The subclasses
 * share one Spring context and one database.
 */
@SpringBootTest(properties = {
    "ADMIN_USER_ID=" + PostgresProfileTest.ADMIN_ID,
    "ADMIN_PASSWORD=" + PostgresProfileTest.ADMIN_PASSWORD,
    "ADMIN_EMAIL=ops@childrens-trust.example"
})
@ActiveProfiles("postgres")
@TestExecutionListeners(listeners = CurrentProcessEngine.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class PostgresProfileTest extends EmbeddedPostgresTest {

  public static final String ADMIN_ID = "ops.admin";
  public static final String ADMIN_PASSWORD = "Correct-Horse-Battery-7";
}
