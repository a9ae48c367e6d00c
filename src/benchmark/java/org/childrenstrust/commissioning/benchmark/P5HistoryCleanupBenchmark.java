package org.childrenstrust.commissioning.benchmark;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * History cleanup keeps up: instances of a process with the history time to live the application's
 * processes declare ({@value #APPLICATION_HISTORY_TTL_DAYS} days) are created and finished as fast as
 * the engine can on PostgreSQL (its creation rate per hour), then the engine clock moves past their
 * removal time and the history cleanup job, configured as in application.yaml (batch window, batch
 * size, parallelism), is run as the job executor would until they are gone (its removal rate per
 * hour of the window). The cleanup keeps up when it removes at least as many per hour as are created.
 */
class P5HistoryCleanupBenchmark extends OnPostgres {

  @Test
  void historyCleanupRemovesAtLeastAsManyAsAreCreated() throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int instances = Bench.pick(1_000, 4_000);
    int threads = 2;
    List<String> clerkGroups = groupsOf(CLERK);
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < instances / threads; i++) {
          String pi = engine.getRuntimeService().startProcessInstanceByKey(BARE).getId();
          Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
          engine.getIdentityService().setAuthentication(CLERK, clerkGroups);
          try {
            engine.getTaskService().complete(task.getId());
          } finally {
            engine.getIdentityService().clearAuthentication();
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double createSeconds = (System.nanoTime() - start) / 1e9;
    double createdPerHour = instances / createSeconds * 3600;
    Bench.progress("History cleanup: " + instances + " instances created and finished in " + Bench.f(createSeconds) + " s");

    var history = engine.getHistoryService();
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(BARE).finished().count();
    Date removalDue = Date.from(java.time.Instant.now().plus(Duration.ofDays(APPLICATION_HISTORY_TTL_DAYS + 1)));
    long rowsBefore = historyRowsDue(removalDue);
    ClockUtil.setCurrentTime(removalDue);
    history.cleanUpHistoryAsync(true);
    long cleanupStart = System.nanoTime();
    long deadline = cleanupStart + Duration.ofMinutes(Bench.pick(3, 15)).toNanos();
    int runs = 0;
    long rowsLeft = rowsBefore;
    // run the cleanup job as the job executor would in its window, until no history row is due any more
    while (rowsLeft > 0 && System.nanoTime() < deadline) {
      List<Job> jobs = history.findHistoryCleanupJobs();
      if (jobs.isEmpty()) {
        history.cleanUpHistoryAsync(true);
        continue;
      }
      for (Job job : jobs) {
        engine.getManagementService().executeJob(job.getId());
        runs++;
      }
      rowsLeft = historyRowsDue(removalDue);
    }
    long left = history.createHistoricProcessInstanceQuery().processDefinitionKey(BARE).finished().count();
    double cleanupSeconds = (System.nanoTime() - cleanupStart) / 1e9;
    ClockUtil.reset();
    long removed = before - left;
    double removedPerHour = removed / cleanupSeconds * 3600;
    LocalTime windowStart = LocalTime.parse(configuration.getHistoryCleanupBatchWindowStartTime());
    LocalTime windowEnd = LocalTime.parse(configuration.getHistoryCleanupBatchWindowEndTime());
    long windowMinutes = Duration.between(windowStart, windowEnd).toMinutes();
    if (windowMinutes <= 0) {
      windowMinutes += 24 * 60;
    }
    double removedPerDay = removedPerHour * windowMinutes / 60.0;
    boolean keepsUp = removedPerHour >= createdPerHour;
    Bench.progress("History cleanup: removed " + removed + " of " + before + " finished instances (" + (rowsBefore - rowsLeft)
        + " history rows of every kind) in " + Bench.f(cleanupSeconds)
        + " s (" + runs + " job runs): " + Math.round(removedPerHour) + "/h removed against " + Math.round(createdPerHour)
        + "/h created" + (keepsUp ? "" : " (does NOT keep up)"));
    BenchmarkResults.table("History cleanup (removal-time based, TTL " + APPLICATION_HISTORY_TTL_DAYS + " days, window "
        + windowStart + "–" + windowEnd + ", batch size " + configuration.getHistoryCleanupBatchSize() + ", parallelism "
        + configuration.getHistoryCleanupDegreeOfParallelism() + ")", List.of(
        List.of("created and finished per hour (engine flat out, 2 clients)", "removed per hour of the window",
            "removed per day (window of " + windowMinutes / 60.0 + " h)", "removal >= creation per hour"),
        List.of(String.valueOf(Math.round(createdPerHour)), String.valueOf(Math.round(removedPerHour)),
            String.valueOf(Math.round(removedPerDay)), keepsUp ? "yes" : "**no**")));
    BenchmarkResults.workload("history cleanup", figures("ttl_days", APPLICATION_HISTORY_TTL_DAYS,
        "window", windowStart + "-" + windowEnd, "batch_size", configuration.getHistoryCleanupBatchSize(),
        "degree_of_parallelism", configuration.getHistoryCleanupDegreeOfParallelism(),
        "instances_created", instances, "created_per_hour", Math.round(createdPerHour),
        "finished_instances_before_cleanup", before, "removed", removed, "cleanup_job_runs", runs,
        "history_rows_due_before", rowsBefore, "history_rows_due_after", rowsLeft,
        "removed_per_hour", Math.round(removedPerHour), "removed_per_day", Math.round(removedPerDay),
        "removal_keeps_up", keepsUp));
  }

  /** History rows of every kind (instances, activities, tasks, variables, details, ...) whose removal time has come. */
  private long historyRowsDue(Date time) {
    try (var connection = DebianPostgres.server().connect(DebianPostgres.APP_DATABASE);
        var tables = connection.createStatement().executeQuery("select table_name from information_schema.columns"
            + " where table_name like 'act_hi_%' and column_name = 'removal_time_'")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      long due = 0;
      for (String table : names) {
        try (var statement = connection.prepareStatement("select count(*) from " + table + " where removal_time_ <= ?")) {
          statement.setTimestamp(1, new java.sql.Timestamp(time.getTime()));
          try (var rs = statement.executeQuery()) {
            rs.next();
            due += rs.getLong(1);
          }
        }
      }
      return due;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
