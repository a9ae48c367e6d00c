package org.childrenstrust.commissioning.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P4: the application's start-up, from launching its jar until Tasklist answers, against a bare
 * Camunda 7.24 Spring Boot starter application (webapp + REST, H2) that this benchmark generates as
 * a tiny Maven project under target/benchmark/bare-starter and builds from Maven Central artifacts
 * only. Both start on a new, empty H2 file each time, alternately. Also the application's heap after
 * start-up and, started on the PostgreSQL database that P3 left with 100,000 open tasks, after
 * Tasklist's "My group's tasks" has been asked there.
 */
class P4StartupBenchmark {

  private static final int APP_PORT = 8186;
  private static final int BARE_PORT = 8187;
  private static final int APP_ON_POSTGRES_PORT = 8188;
  private static final Duration LIMIT = Duration.ofMinutes(4);

  @Test
  void startUpAgainstTheBareStarter() throws Exception {
    Path dir = Bench.outputDir().resolve("bare-starter");
    Path bareJar = buildBareStarter(dir);
    Path appJar = Path.of(System.getProperty("benchmark.jar", "target/joint-commissioning-0.1.0-SNAPSHOT.jar"));
    int runs = Bench.pick(1, 3);
    List<Double> app = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    List<Double> appHeap = new ArrayList<>();
    List<Double> bareHeap = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Path scratch = Files.createTempDirectory(Path.of("/tmp"), "bench-startup-");
      try (Launched launched = Launched.start(bareJar, BARE_PORT, Map.of(), List.of("--server.port=" + BARE_PORT,
          "--spring.datasource.url=jdbc:h2:file:" + scratch.resolve("bare") + ";DB_CLOSE_ON_EXIT=FALSE"),
          dir.resolve("bare-" + run + ".log"))) {
        bare.add(launched.untilTasklistAnswers(LIMIT));
        bareHeap.add(launched.heapAfterGcMb());
      }
      try (Launched launched = Launched.start(appJar, APP_PORT, Map.of("PORT", String.valueOf(APP_PORT), "MAIL_PORT", "2586"),
          List.of("--commissioning.data-dir=" + scratch.resolve("app")), dir.resolve("app-" + run + ".log"))) {
        app.add(launched.untilTasklistAnswers(LIMIT));
        appHeap.add(launched.heapAfterGcMb());
      }
      deleteScratch(scratch);
      Bench.progress("P4 run " + run + "/" + runs + ": application " + Bench.f(app.get(run - 1)) + " ms, bare starter "
          + Bench.f(bare.get(run - 1)) + " ms until Tasklist answers");
    }
    double ratio = Bench.median(app) / Bench.median(bare);
    List<List<String>> table = new ArrayList<>(List.of(List.of("what", "median ms until Tasklist answers",
        "heap after start-up and a full GC (MiB)")));
    table.add(List.of("bare Camunda 7.24 starter (webapp + REST, H2)", Bench.f(Bench.median(bare)), Bench.f(Bench.median(bareHeap))));
    table.add(List.of("this application (embedded default: H2, demo data, mail server)", Bench.f(Bench.median(app)),
        Bench.f(Bench.median(appHeap))));
    Map<String, Object> figures = EngineBenchmarkSupport.figures("runs", runs,
        "app_ms", BenchmarkResults.round(Bench.median(app)), "bare_ms", BenchmarkResults.round(Bench.median(bare)),
        "app_heap_after_startup_mb", BenchmarkResults.round(Bench.median(appHeap)),
        "bare_heap_after_startup_mb", BenchmarkResults.round(Bench.median(bareHeap)));
    if (Bench.QUICK) {
      Bench.progress("P4 quick: the application on PostgreSQL with P3's tasks is started in the full run only");
    } else {
      appOnPostgresWithTheTasks(appJar, dir, table, figures);
    }
    BenchmarkResults.table("P4: start-up and heap", table);
    BenchmarkResults.workload("P4 start-up", figures);
    BenchmarkResults.ratio(BenchmarkResults.STARTUP_RATIO, ratio);
  }

  /** The application on the PostgreSQL database P3 filled, its heap after answering the task query. */
  private void appOnPostgresWithTheTasks(Path appJar, Path dir, List<List<String>> table, Map<String, Object> figures)
      throws Exception {
    DebianPostgres server = DebianPostgres.server();
    long open;
    try (var c = server.connect(DebianPostgres.APP_DATABASE); var s = c.createStatement();
        var rs = s.executeQuery("select count(*) from ACT_RU_TASK")) {
      rs.next();
      open = rs.getLong(1);
    } catch (java.sql.SQLException noEngineTablesYet) {
      open = 0;
    }
    if (open < 1000) {
      Bench.progress("P4: no PostgreSQL database with P3's tasks in this run (" + open + " open tasks): heap after the tasks not measured");
      return;
    }
    Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DB_URL", server.jdbcUrl(DebianPostgres.APP_DATABASE),
        "DB_USER", "postgres", "DB_PASSWORD", "", "ADMIN_USER_ID", "admin", "ADMIN_PASSWORD", "Bench-Admin-2026!",
        "MAIL_HOST", "localhost", "MAIL_PORT", "2587", "PORT", String.valueOf(APP_ON_POSTGRES_PORT));
    try (Launched launched = Launched.start(appJar, APP_ON_POSTGRES_PORT, env, List.of(), dir.resolve("app-postgres.log"))) {
      double ms = launched.untilTasklistAnswers(LIMIT);
      // ask as Tasklist does, through the launched application's REST API
      TaskQueryClient client = new TaskQueryClient(APP_ON_POSTGRES_PORT, "clara.jones", "demo");
      long count = 0;
      for (int i = 0; i < 20; i++) {
        count = client.myGroupsTasks();
      }
      double heap = launched.heapAfterGcMb();
      Bench.progress("P4 application on PostgreSQL with " + open + " open tasks: Tasklist answered after " + Bench.f(ms)
          + " ms; heap after the clerk's group tasks (" + count + ") were listed: " + Bench.f(heap) + " MiB");
      table.add(List.of("this application (postgres profile) on the database with " + open + " open tasks", Bench.f(ms),
          Bench.f(heap) + " (after listing \"My group's tasks\" 20 times)"));
      figures.put("app_on_postgres_open_tasks", open);
      figures.put("app_on_postgres_ms", BenchmarkResults.round(ms));
      figures.put("app_heap_after_100k_tasks_mb", BenchmarkResults.round(heap));
    }
  }

  private Path buildBareStarter(Path dir) throws IOException {
    Path jar = dir.resolve("target/bare-starter-1.jar");
    Path sources = dir.resolve("src/main/java/bench");
    Files.createDirectories(sources);
    Files.createDirectories(dir.resolve("src/main/resources"));
    // the pom the jar was last built from: a changed pom builds again
    Path stamp = dir.resolve("target/built-from-pom.xml");
    String previousPom = Files.exists(stamp) ? Files.readString(stamp) : "";
    Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>%s</version>
            <relativePath/>
          </parent>
          <groupId>bench</groupId>
          <artifactId>bare-starter</artifactId>
          <version>1</version>
          <properties><java.version>17</java.version></properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.camunda.bpm</groupId>
                <artifactId>camunda-bom</artifactId>
                <version>%s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>org.camunda.bpm.springboot</groupId>
              <artifactId>camunda-bpm-spring-boot-starter-webapp</artifactId>
            </dependency>
            <dependency>
              <groupId>org.camunda.bpm.springboot</groupId>
              <artifactId>camunda-bpm-spring-boot-starter-rest</artifactId>
            </dependency>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-jdbc</artifactId>
            </dependency>
            <dependency>
              <groupId>com.h2database</groupId>
              <artifactId>h2</artifactId>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(System.getProperty("spring-boot.version"), System.getProperty("camunda.version")));
    Files.writeString(sources.resolve("BareStarter.java"), """
        package bench;

        import org.springframework.boot.SpringApplication;
        import org.springframework.boot.autoconfigure.SpringBootApplication;

        /** Camunda's Spring Boot starter with the webapps and the REST API, nothing else. */
        @SpringBootApplication
        public class BareStarter {
          public static void main(String[] args) {
            SpringApplication.run(BareStarter.class, args);
          }
        }
        """);
    Files.writeString(dir.resolve("src/main/resources/application.yaml"), """
        camunda:
          bpm:
            admin-user:
              id: demo
              password: demo
        """);
    if (!Files.exists(jar) || !previousPom.equals(Files.readString(dir.resolve("pom.xml")))) {
      String home = System.getProperty("maven.home");
      String mvn = home != null && Files.isExecutable(Path.of(home, "bin/mvn")) ? Path.of(home, "bin/mvn").toString() : "mvn";
      Bench.progress("P4 building the bare Camunda starter in " + dir);
      DebianPostgres.exec(List.of(mvn, "-B", "-ntp", "-q", "package", "-DskipTests"), dir, 600);
      Files.copy(dir.resolve("pom.xml"), stamp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return jar;
  }

  private static void deleteScratch(Path scratch) throws IOException {
    try (var files = Files.walk(scratch)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
