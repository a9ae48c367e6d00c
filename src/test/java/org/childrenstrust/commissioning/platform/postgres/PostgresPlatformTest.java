package org.childrenstrust.commissioning.platform.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application on a real PostgreSQL: Flyway's domain schema, the engine's tables, a process run to its end. */
class PostgresPlatformTest extends PostgresProfileTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void runsOnPostgreSql() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }

  @Test
  void flywayAppliedEveryMigration() throws IOException {
    assertThat(tableExists("flyway_schema_history")).isTrue();
    List<Map<String, Object>> history = jdbc.queryForList("select script, success from flyway_schema_history");
    assertThat(history).as("failed migrations").noneMatch(row -> Boolean.FALSE.equals(row.get("success")));

    Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
    List<String> applied = history.stream().map(row -> String.valueOf(row.get("script"))).toList();
    assertThat(Arrays.stream(migrations).map(Resource::getFilename).toList())
        .as("migrations in db/migration applied").allMatch(applied::contains);
  }

  @Test
  void theEngineTablesAreThere() {
    for (String table : List.of("act_ge_property", "act_re_deployment", "act_ru_execution", "act_hi_procinst",
        "act_id_user", "act_ru_authorization")) {
      assertThat(tableExists(table)).as(table).isTrue();
    }
    int deployments = jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class);
    if (!ModelFiles.files(ModelFiles.PROCESSES, ".bpmn").isEmpty()) {
      assertThat(deployments).as("the models in processes/ are deployed").isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aProcessRunsToItsEndAndLandsInHistory() {
    repositoryService.createDeployment().name("postgres-platform-test")
        .addModelInstance("PlatformPostgresCheck.bpmn",
            Bpmn.createExecutableProcess("PlatformPostgresCheck").camundaHistoryTimeToLive(1)
                .startEvent("Event_Started").name("Started")
                .userTask("Task_Confirm").name("Confirm").camundaCandidateGroups("clerks")
                .endEvent("Event_Done").name("Done")
                .done())
        .deploy();
    String id = runtimeService.startProcessInstanceByKey("PlatformPostgresCheck", "ECG-2010-03",
        Map.of("meeting", "ECG 11 March 2010")).getId();

    taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId());

    HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(history.getBusinessKey()).isEqualTo("ECG-2010-03");
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null",
        Integer.class, id)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select text_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'meeting'",
        String.class, id)).isEqualTo("ECG 11 March 2010");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
  }

  @Test
  void thePlannerKnowsHowManyAuthorizationsATaskQueryJoins() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        org.childrenstrust.commissioning.platform.ops.TaskQueryStatistics.STATISTICS_NAME)).isEqualTo(1);
    jdbc.execute("analyze act_ru_authorization");
    int readable = jdbc.queryForObject("select count(*) from act_ru_authorization where perms_ & 2 = 2", Integer.class);
    String plan = jdbc.queryForList("explain select * from act_ru_authorization where perms_ & 2 = 2", String.class).get(0);
    int estimated = Integer.parseInt(plan.replaceAll(".*rows=(\\d+).*", "$1"));
    assertThat(readable).as("authorizations granting READ").isGreaterThan(20);
    // without the statistics PostgreSQL guesses 0.5% of the rows for a bit test
    assertThat(estimated).as("the planner's estimate in: " + plan).isGreaterThanOrEqualTo(readable / 2);
  }

  private boolean tableExists(String table) {
    return jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?", Integer.class, table) > 0;
  }
}
