package org.childrenstrust.commissioning.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.childrenstrust.commissioning.platform.web.DatabaseFaults;
import org.childrenstrust.commissioning.platform.web.EngineRestDatabaseFaults;
import org.springframework.transaction.CannotCreateTransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/** Which failures are "the database cannot be reached" (503) and "someone else changed it" (409). */
class DatabaseFaultsTest {

  @Test
  void aPoolThatCannotReachItsDatabaseIsUnavailableAfterItsTimeout() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/commissioning");
      pool.setUsername("commissioning");
      pool.setConnectionTimeout(1000);
      pool.setInitializationFailTimeout(-1);
      long start = System.nanoTime();
      Throwable failure = catchThrowable(() ->
          new DataSourceTransactionManager(pool).getTransaction(new DefaultTransactionDefinition()));
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);

      assertThat(failure).isNotNull();
      assertThat(DatabaseFaults.unavailable(failure)).isTrue();
      assertThat(DatabaseFaults.unavailableMessage(failure)).isEqualTo(DatabaseFaults.UNAVAILABLE);
      assertThat(DatabaseFaults.unavailable(new ProcessEngineException("wrapped", failure))).isTrue();
      assertThat(DatabaseFaults.concurrentChange(failure)).isFalse();
    }
  }

  @Test
  void aRequestWhoseConnectionClosedUnderItWhenTheServerStoppedIsAnOutage() {
    // what a request in flight got when PostgreSQL stopped (scripts/db-restart.sh): its rollback failed
    Throwable inFlight = new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
        "Unable to rollback against JDBC Connection", new java.sql.SQLException("Connection is closed")));
    assertThat(DatabaseFaults.unavailable(inFlight)).isTrue();
    // it may have committed just before: the person is not told that nothing was saved
    assertThat(DatabaseFaults.unavailableMessage(inFlight)).isEqualTo(DatabaseFaults.UNAVAILABLE_IN_FLIGHT);
    assertThat(DatabaseFaults.unavailable(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
  }

  @Test
  void theEnginesOptimisticLockIsAConcurrentChangeNotAnOutage() {
    ProcessEngineException wrapped = new ProcessEngineException("completing the task",
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity' failed"));
    assertThat(DatabaseFaults.concurrentChange(wrapped)).isTrue();
    assertThat(DatabaseFaults.unavailable(wrapped)).isFalse();
    assertThat(DatabaseFaults.unavailable(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseFaults.concurrentChange(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void anExecutionTreeChangedUnderARequestIsAConcurrentChange() {
    ProcessEngineException parentGone = new ProcessEngineException("ENGINE-03077 Cannot resolve parent with id 'a' of"
        + " execution 'b', perhaps it was deleted in the meantime");
    assertThat(DatabaseFaults.concurrentChange(parentGone)).isTrue();
    Response answer = new EngineRestDatabaseFaults.OfEngine().toResponse(parentGone);
    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(DatabaseFaults.CONCURRENT_CHANGE);
    assertThat(DatabaseFaults.concurrentChange(new ProcessEngineException("ENGINE-03076 something else"))).isFalse();
  }

  @Test
  void theEngineRestApiAnswersAConcurrentChange409AndAnOutage503WithRetryAfter() {
    Response conflict = new EngineRestDatabaseFaults.OfEngine().toResponse(new OptimisticLockingException("ENGINE-03005"));
    assertThat(conflict.getStatus()).isEqualTo(409);
    assertThat(((ExceptionDto) conflict.getEntity()).getMessage()).isEqualTo(DatabaseFaults.CONCURRENT_CHANGE);

    Response outage = new EngineRestDatabaseFaults.OfAny().toResponse(
        new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"));
    assertThat(outage.getStatus()).isEqualTo(503);
    assertThat(outage.getHeaderString("Retry-After")).isEqualTo("30");
    assertThat(((ExceptionDto) outage.getEntity()).getMessage()).isEqualTo(DatabaseFaults.UNAVAILABLE);

    assertThat(new EngineRestDatabaseFaults.OfAny().isMappable(new IllegalStateException("a bug"))).isFalse();
  }
}
