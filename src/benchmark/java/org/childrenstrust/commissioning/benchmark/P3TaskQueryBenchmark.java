package org.childrenstrust.commissioning.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.ops.TaskQueryStatistics;
import org.junit.jupiter.api.Test;

/**
 * P3: "My group's tasks" (see {@link TaskQueries}) at 1,000 and at 100,000 open tasks spread over the
 * governance groups, on PostgreSQL, through the Java API and through /engine-rest as the clerk
 * {@value #CLERK}. The tasks are real engine tasks (instances of {@value #GROUP_TASK}, started through
 * the engine in batches), so each has its identity link and the authorization the engine grants its
 * candidate group. The PostgreSQL plans of the queries (auto_explain, EXPLAIN ANALYZE) are written
 * to target/benchmark/plans/.
 */
class P3TaskQueryBenchmark extends OnPostgres {

  static final List<String> GROUPS = GovernanceGroup.all().stream().filter(g -> g != GovernanceGroup.ADMINISTRATORS)
      .map(GovernanceGroup::id).toList();

  private final List<List<String>> table = new ArrayList<>(List.of(
      List.of("open tasks", "the clerk's groups' tasks", "Java API median ms", "/engine-rest median ms", "REST / Java",
          "one authenticated REST call doing nothing (GET /user/{id}/profile), median ms")));

  @Test
  void myGroupsTasksAt1kAnd100k() throws Exception {
    int small = 1_000;
    int large = Bench.pick(10_000, 100_000);
    TaskQueries queries = new TaskQueries(engine, CLERK, "demo", groupsOf(CLERK), 8184);
    seedUpTo(small);
    analyze();
    double[] atSmall = measure(queries, "as configured");
    explain(queries, "1k");
    seedUpTo(large);
    analyze();
    double[] atLarge = measure(queries, "as configured");
    explain(queries, "100k");
    // the same queries without the fix (TaskQueryStatistics), side by side: what it changed
    DebianPostgres server = DebianPostgres.server();
    server.sql(DebianPostgres.APP_DATABASE, "drop statistics if exists " + TaskQueryStatistics.STATISTICS_NAME,
        "analyze act_ru_authorization");
    double[] without = measure(queries, "without the planner statistics on ACT_RU_AUTHORIZATION (before the fix)");
    explain(queries, "100k-before-fix");
    server.sql(DebianPostgres.APP_DATABASE, "create statistics " + TaskQueryStatistics.STATISTICS_NAME
        + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization", "analyze act_ru_authorization");
    double javaRatio = atLarge[0] / atSmall[0];
    double restRatio = atLarge[1] / atSmall[1];
    BenchmarkResults.table("P3: \"My group's tasks\" (candidate group, authorization on, newest first, first page of 15 + count)", table);
    BenchmarkResults.workload("P3 task queries", figures("open_tasks_small", small, "open_tasks_large", large,
        "java_ms_small", BenchmarkResults.round(atSmall[0]), "rest_ms_small", BenchmarkResults.round(atSmall[1]),
        "java_ms_large", BenchmarkResults.round(atLarge[0]), "rest_ms_large", BenchmarkResults.round(atLarge[1]),
        "java_ms_large_before_fix", BenchmarkResults.round(without[0]),
        "rest_ms_large_before_fix", BenchmarkResults.round(without[1]),
        "java_ratio_large_vs_small", BenchmarkResults.round(javaRatio),
        "rest_ratio_large_vs_small", BenchmarkResults.round(restRatio),
        "java_ratio_large_vs_small_before_fix", BenchmarkResults.round(without[0] / atSmall[0])));
    BenchmarkResults.ratio(BenchmarkResults.TASK_QUERY_RATIO, Math.max(javaRatio, restRatio));
    BenchmarkResults.ratio(BenchmarkResults.REST_VS_JAVA, Math.max(atSmall[1] / atSmall[0], atLarge[1] / atLarge[0]));
  }

  /** Median ms of the Java API and of REST, interleaved, within a time budget (at least 3 rounds). */
  private double[] measure(TaskQueries queries, String label) {
    int warmUp = Bench.pick(5, 30);
    int rounds = Bench.pick(25, 200);
    long budget = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(Bench.pick(10, 60));
    for (int i = 0; i < warmUp && System.nanoTime() < budget; i++) {
      queries.java();
      queries.rest();
    }
    List<Double> java = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    long[] counts = new long[2];
    for (int i = 0; i < rounds && (i < 3 || System.nanoTime() < budget + 15_000_000_000L); i++) {
      java.add(Bench.millis(() -> counts[0] = queries.java()));
      rest.add(Bench.millis(() -> counts[1] = queries.rest()));
      baseline.add(Bench.millis(queries::restBaseline));
    }
    if (counts[0] != counts[1]) {
      throw new IllegalStateException("Java API counted " + counts[0] + ", REST " + counts[1]);
    }
    double j = Bench.median(java);
    double r = Bench.median(rest);
    double b = Bench.median(baseline);
    long open = engine.getTaskService().createTaskQuery().count();
    Bench.progress("P3 " + open + " open tasks, " + label + ": the clerk's groups have " + counts[0] + "; Java " + Bench.f(j)
        + " ms, REST " + Bench.f(r) + " ms (medians of " + java.size() + "); one authenticated REST call that does no work: "
        + Bench.f(b) + " ms");
    table.add(List.of(open + (label.startsWith("as") ? "" : " (" + label + ")"), String.valueOf(counts[0]), Bench.f(j),
        Bench.f(r), Bench.f(r / j), Bench.f(b)));
    return new double[] {j, r};
  }

  /** Starts instances of the group task, round robin over the groups, until this many tasks are open. */
  private void seedUpTo(int openTasks) throws Exception {
    long open = engine.getTaskService().createTaskQuery().count();
    int missing = (int) Math.max(0, openTasks - open);
    if (missing == 0) {
      return;
    }
    long start = System.nanoTime();
    int batch = 250;
    int threads = 2;
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int from = 0; from < missing; from += batch) {
      int first = from;
      int size = Math.min(batch, missing - from);
      done.add(pool.submit(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = first; i < first + size; i++) {
          engine.getRuntimeService().startProcessInstanceByKey(GROUP_TASK, "bench-" + open + "-" + i,
              Map.of("benchGroup", GROUPS.get(i % GROUPS.size())));
        }
        return null;
      })));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    Bench.progress("P3 seeded " + missing + " group tasks in " + Bench.f(seconds) + " s (" + Bench.f(missing / seconds) + "/s)");
  }

  /** Fresh planner statistics, as autovacuum would have them on a server that grew slowly. */
  private void analyze() {
    DebianPostgres.server().sql(DebianPostgres.APP_DATABASE, "ANALYZE");
  }

  /** The PostgreSQL plans (EXPLAIN ANALYZE through auto_explain) of one Java and one REST query. */
  private void explain(TaskQueries queries, String label) throws IOException, InterruptedException {
    DebianPostgres server = DebianPostgres.server();
    long from = Files.size(server.logFile());
    server.sql("postgres", "ALTER SYSTEM SET auto_explain.log_min_duration = 0", "SELECT pg_reload_conf()");
    Thread.sleep(300);
    queries.java();
    queries.rest();
    server.sql("postgres", "ALTER SYSTEM RESET auto_explain.log_min_duration", "SELECT pg_reload_conf()");
    Thread.sleep(300);
    byte[] all = Files.readAllBytes(server.logFile());
    String log = new String(all, (int) from, all.length - (int) from, java.nio.charset.StandardCharsets.UTF_8);
    Path dir = Bench.outputDir().resolve("plans");
    Files.createDirectories(dir);
    StringBuilder taskPlans = new StringBuilder();
    for (String entry : log.split("(?=\\n[^\\n]*LOG:  duration: )")) {
      if (entry.contains("ACT_RU_TASK") || entry.contains("act_ru_task")) {
        taskPlans.append(entry.strip()).append("\n\n");
      }
    }
    Files.writeString(dir.resolve("my-groups-tasks-" + label + ".txt"), taskPlans.toString());
    Files.writeString(dir.resolve("all-statements-" + label + ".txt"), log);
    Bench.progress("P3 plans at " + label + ": " + dir.resolve("my-groups-tasks-" + label + ".txt"));
  }
}
