package org.childrenstrust.commissioning.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Two faults that are nobody's mistake and need a clear answer instead of a 500: the database cannot
 * be reached (restarted, network gone; the pool gives up after {@code spring.datasource.hikari.connection-timeout})
 * → 503 "try again in a minute"; and two people (or two nodes) changed the same thing at the same
 * moment (Camunda's {@link OptimisticLockingException}, JPA's optimistic lock) → 409 "reload and try
 * again". Both leave nothing changed: the request's transaction was rolled back.
 */
public final class DatabaseFaults {

  public static final String UNAVAILABLE = "The database cannot be reached just now (it may be restarting): nothing was saved. "
      + "Please try again in a minute; if it goes on, tell the administrators.";
  /** The connection went away during the request: the commit may have happened just before. */
  public static final String UNAVAILABLE_IN_FLIGHT = "The database cannot be reached just now (it went away while your "
      + "request was being handled): it may or may not have been saved. Look again in a minute whether it is there before you "
      + "send it again; if it goes on, tell the administrators.";
  public static final String CONCURRENT_CHANGE = "Someone else changed this at the same moment: nothing you sent was saved. "
      + "Reload and try again.";
  /** Seconds a client should wait before trying again after a 503. */
  public static final int RETRY_AFTER_SECONDS = 30;

  private DatabaseFaults() {}

  /** True when the cause chain says the database could not be reached. */
  public static boolean unavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      // SQL state class 08: connection exception; 57P01..57P03: the server is shutting down or starting
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      // the pool's connection closed under a request when the server went away (no SQL state)
      if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /**
   * What to tell the person: nothing was saved when no connection could be had at all (the
   * request never reached the database); otherwise the database went away in the middle, maybe
   * after the commit (seen in scripts/db-restart.sh: a request answered 503 whose meeting existed).
   */
  public static String unavailableMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
        return UNAVAILABLE;
      }
    }
    return UNAVAILABLE_IN_FLIGHT;
  }

  /** True when the cause chain says another transaction changed the same rows first. */
  public static boolean concurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException) {
        return true;
      }
      // the engine read an execution tree another transaction had just changed (two-node run of
      // issue 14: Tasklist reading a task's form variables while its process moved on): ENGINE-03077
      // "Cannot resolve parent with id … perhaps it was deleted in the meantime"
      if (t instanceof org.camunda.bpm.engine.ProcessEngineException && t.getMessage() != null
          && t.getMessage().startsWith("ENGINE-03077")) {
        return true;
      }
    }
    return false;
  }
}
