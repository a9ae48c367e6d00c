package org.childrenstrust.commissioning.benchmark;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the benchmark's Debian PostgreSQL server (database {@value DebianPostgres#APP_DATABASE}),
 * web server on 8184. Every benchmark extending this shares one Spring context, so the task queries
 * run over what the earlier workloads left too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=8184")
public abstract class OnPostgres extends EngineBenchmarkSupport {

  public static final int POOL_SIZE = 40;

  @DynamicPropertySource
  static void debianPostgres(DynamicPropertyRegistry registry) {
    DebianPostgres server = DebianPostgres.server();
    registry.add("spring.datasource.url", () -> server.jdbcUrl(DebianPostgres.APP_DATABASE));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> POOL_SIZE);
    // as application-postgres.yaml: queries planned with their parameters
    registry.add("spring.datasource.hikari.data-source-properties.options", () -> "-c plan_cache_mode=force_custom_plan");
  }
}
