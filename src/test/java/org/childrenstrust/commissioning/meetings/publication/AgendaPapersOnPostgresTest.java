package org.childrenstrust.commissioning.meetings.publication;

import org.childrenstrust.commissioning.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The uploads and agenda packs again on real PostgreSQL (embedded): the reports in a bytea column. */
class AgendaPapersOnPostgresTest extends AgendaPapersHttpTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresDatabase.newDatabaseUrl();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
