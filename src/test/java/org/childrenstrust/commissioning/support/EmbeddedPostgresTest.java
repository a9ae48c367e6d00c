package org.childrenstrust.commissioning.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for {@code @SpringBootTest}s that run the engine and the domain schema (Flyway) on a
 * real PostgreSQL server: a fresh database on the embedded server per Spring context.
 */
public abstract class EmbeddedPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgresDatabase.newDatabaseUrl();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
