package org.childrenstrust.commissioning.meetings;

import org.childrenstrust.commissioning.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The AgendaToMinutes paths again, engine and domain schema on real PostgreSQL (embedded): a
 * meeting from scheduling to published, locked minutes approved at the next meeting.
 */
class AgendaToMinutesOnPostgresTest extends AgendaToMinutesProcessTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresDatabase.newDatabaseUrl();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
