package org.childrenstrust.commissioning.platform.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the permission bits of {@code ACT_RU_AUTHORIZATION} so that the
 * planner sees how many authorizations a Tasklist query really joins. Every task of a candidate
 * group has its own authorization row; the task query's authorization check filters them with
 * {@code PERMS_ & 2 = 2} (READ on a task) or {@code PERMS_ & 64 = 64} (READ_TASK on a process
 * definition), for which PostgreSQL otherwise guesses 0.5% of the rows. With that guess it joined
 * every task of the group against every authorization of the group (a nested loop over a
 * materialized scan): "My group's tasks" took 12.5 s at 100,000 open tasks (7,000 of the group's),
 * 0.6 s with these statistics, where the planner probes the authorization index per task instead
 * (issue 13, the benchmark's P3; target/benchmark/plans/). The engine's schema is created after
 * Flyway's migrations, so this runs when the engine has been built: once per database
 * ({@code IF NOT EXISTS}), then ANALYZE fills the statistics; autovacuum keeps them current.
 */
@Component
public class TaskQueryStatistics extends AbstractProcessEnginePlugin {

  public static final String STATISTICS_NAME = "commissioning_auth_perms";

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryStatistics.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      boolean exists;
      try (ResultSet rs = statement.executeQuery("select count(*) from pg_statistic_ext where stxname = '" + STATISTICS_NAME + "'")) {
        rs.next();
        exists = rs.getInt(1) > 0;
      }
      if (!exists) {
        statement.execute("create statistics if not exists " + STATISTICS_NAME + " on (perms_ & 2), (perms_ & 64) from "
            + prefix + "ACT_RU_AUTHORIZATION");
        statement.execute("analyze " + prefix + "ACT_RU_AUTHORIZATION");
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        LOG.info("Created the statistics {} on ACT_RU_AUTHORIZATION's permission bits (Tasklist queries)", STATISTICS_NAME);
      }
    } catch (SQLException e) {
      LOG.warn("Could not create the statistics {} for the Tasklist queries: {}", STATISTICS_NAME, e.getMessage());
    }
  }
}
