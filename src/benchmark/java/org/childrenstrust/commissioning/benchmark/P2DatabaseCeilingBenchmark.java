package org.childrenstrust.commissioning.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * P2: the engine's committed steps per second with N concurrent clients against the database's
 * own ceiling, pgbench's simple-update workload ({@code pgbench -N}), on the same Debian
 * PostgreSQL server with the same N, one after the other in this run. An engine step is one
 * committed transaction: starting a bare instance (to its user task) or completing its task as
 * the clerk (to its end), both with the application's history level.
 */
class P2DatabaseCeilingBenchmark extends OnPostgres {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  @Test
  void engineCommitsAgainstPgbench() throws Exception {
    DebianPostgres server = DebianPostgres.server();
    server.run("pgbench", "-i", "-q", "-s", "10", "-h", "127.0.0.1", "-p", String.valueOf(server.port()), "-U", "postgres",
        DebianPostgres.PGBENCH_DATABASE);
    int seconds = Bench.pick(5, 20);
    List<Integer> clients = Bench.QUICK ? List.of(4) : List.of(1, 4, 16);
    List<List<String>> table = new ArrayList<>(List.of(List.of("clients N", "engine steps/s", "pgbench -N tps", "ratio")));
    double worst = Double.MAX_VALUE;
    engineStepsPerSecond(clients.get(0), 2); // warm-up
    for (int n : clients) {
      double engine = engineStepsPerSecond(n, seconds);
      String out = server.run("pgbench", "-N", "-n", "-c", String.valueOf(n), "-j", String.valueOf(Math.min(n, 2)),
          "-T", String.valueOf(seconds), "-h", "127.0.0.1", "-p", String.valueOf(server.port()), "-U", "postgres",
          DebianPostgres.PGBENCH_DATABASE);
      Matcher m = TPS.matcher(out);
      if (!m.find()) {
        throw new IllegalStateException("pgbench printed no tps: " + out);
      }
      double tps = Double.parseDouble(m.group(1));
      double ratio = engine / tps;
      worst = Math.min(worst, ratio);
      Bench.progress("P2 N=" + n + ": engine " + Bench.f(engine) + " steps/s, pgbench -N " + Bench.f(tps) + " tps, ratio "
          + Bench.f(ratio));
      table.add(List.of(String.valueOf(n), Bench.f(engine), Bench.f(tps), Bench.f(ratio)));
      BenchmarkResults.workload("P2 N=" + n, figures("seconds", seconds, "engine_steps_per_s", BenchmarkResults.round(engine),
          "pgbench_tps", BenchmarkResults.round(tps), "ratio", BenchmarkResults.round(ratio)));
    }
    BenchmarkResults.table("P2: engine commits against pgbench -N (same server, same N; the ratio is the lowest)", table);
    BenchmarkResults.ratio(BenchmarkResults.ENGINE_VS_PGBENCH, worst);
  }

  /** N threads, each starting a bare instance and completing its task, for the given time. */
  private double engineStepsPerSecond(int clients, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    List<Future<Integer>> results = new ArrayList<>();
    List<String> clerkGroups = groupsOf(CLERK);
    for (int i = 0; i < clients; i++) {
      results.add(pool.submit(() -> {
        int steps = 0;
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        var identity = engine.getIdentityService();
        while (System.nanoTime() < end) {
          String pi = runtime.startProcessInstanceByKey(BARE).getId();
          steps++;
          Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
          identity.setAuthentication(CLERK, clerkGroups);
          try {
            tasks.complete(task.getId());
          } finally {
            identity.clearAuthentication();
          }
          steps++;
        }
        return steps;
      }));
    }
    int total = 0;
    for (Future<Integer> result : results) {
      total += result.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return total / elapsed;
  }
}
