package org.childrenstrust.commissioning.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from Debian's packages ({@code apt-get install postgresql}), created by
 * the benchmark in a scratch folder with {@code initdb} and started with {@code pg_ctl} on the first
 * free port of 55432–55439 (loopback only), once per benchmark JVM, stopped when the JVM ends. The
 * application's engine and {@code pgbench} use the same server.
 */
public final class DebianPostgres {

  public static final String APP_DATABASE = "bench_app";
  public static final String PGBENCH_DATABASE = "bench_pgbench";

  private static DebianPostgres instance;

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String version;

  private DebianPostgres(Path bin, Path dir, int port, String version) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.version = version;
  }

  public static synchronized DebianPostgres server() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  public int port() {
    return port;
  }

  public String version() {
    return version;
  }

  public Path logFile() {
    return dir.resolve("postgres.log");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
  }

  public void sql(String database, String... statements) {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + String.join("; ", statements), e);
    }
  }

  /** Runs one of the server's programs (pgbench, psql) as the postgres user; returns its output. */
  public String run(String program, String... args) {
    List<String> command = new ArrayList<>(asPostgres());
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    return exec(command, dir, TimeUnit.MINUTES.toSeconds(20));
  }

  private static DebianPostgres start() {
    Path bin = findBin();
    try {
      Path dir = Files.createTempDirectory(Path.of("/tmp"), "bench-pg-");
      int port = freePort();
      List<String> chown = List.of("chown", "-R", "postgres:postgres", dir.toString());
      if (isRoot()) {
        exec(chown, dir, 30);
      }
      Path data = dir.resolve("data");
      List<String> initdb = new ArrayList<>(asPostgres());
      initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
          "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"));
      exec(initdb, dir, 120);
      // the settings of a small real deployment; the server is this run's only and is thrown away after it
      Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
          "listen_addresses = '127.0.0.1'",
          "port = " + port,
          "unix_socket_directories = '" + dir + "'",
          "max_connections = 100",
          "shared_buffers = 256MB",
          "work_mem = 8MB",
          "shared_preload_libraries = 'auto_explain'",
          "auto_explain.log_min_duration = -1",
          "auto_explain.log_analyze = on",
          "auto_explain.log_buffers = on",
          "auto_explain.log_nested_statements = on",
          "log_min_messages = warning",
          ""), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      List<String> pgctl = new ArrayList<>(asPostgres());
      pgctl.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
          dir.resolve("postgres.log").toString(), "-w", "-t", "60", "start"));
      exec(pgctl, dir, 90);
      String version = exec(List.of(bin.resolve("postgres").toString(), "--version"), dir, 30).trim();
      DebianPostgres server = new DebianPostgres(bin, dir, port, version);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stopAfterTheApplications, "debian-postgres-stop"));
      server.sql("postgres", "CREATE DATABASE " + APP_DATABASE, "CREATE DATABASE " + PGBENCH_DATABASE);
      Bench.progress("PostgreSQL started: " + version + " on 127.0.0.1:" + port + " in " + dir);
      BenchmarkResults.environment("postgresql", version + " (Debian package, initdb in a scratch folder)");
      return server;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("The Debian PostgreSQL server could not be started (apt-get install postgresql)", e);
    }
  }

  /** Waits for Spring's shutdown hook (the contexts use the server) before stopping it. */
  private void stopAfterTheApplications() {
    Thread spring = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> "SpringApplicationShutdownHook".equals(t.getName())).findFirst().orElse(null);
    try {
      if (spring != null) {
        spring.join(TimeUnit.SECONDS.toMillis(30));
      }
    } catch (InterruptedException ignored) {
      Thread.currentThread().interrupt();
    }
    List<String> stop = new ArrayList<>(asPostgres());
    stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    try {
      exec(stop, dir, 60);
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (RuntimeException | IOException e) {
      System.err.println("PostgreSQL in " + dir + " did not stop cleanly: " + e.getMessage());
    }
  }

  private static Path findBin() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
              && Files.isExecutable(b.resolve("pgbench")))
          .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString().replaceAll("\\D", "0"))))
          .orElseThrow(() -> new IllegalStateException("no initdb/pgbench under /usr/lib/postgresql/*/bin"));
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql postgresql-contrib", e);
    }
  }

  private static int freePort() {
    for (int port = 55432; port <= 55439; port++) {
      try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException busy) {
        // next
      }
    }
    throw new IllegalStateException("ports 55432-55439 are all in use");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** initdb refuses to run as root: as root, the server's programs run as the postgres user. */
  private static List<String> asPostgres() {
    return isRoot() ? List.of("runuser", "-u", "postgres", "--") : List.of();
  }

  static String exec(List<String> command, Path dir, long timeoutSeconds) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + text);
      }
      return text;
    } catch (IOException e) {
      throw new IllegalStateException(command + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
