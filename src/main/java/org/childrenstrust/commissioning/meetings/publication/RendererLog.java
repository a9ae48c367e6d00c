package org.childrenstrust.commissioning.meetings.publication;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J (loggers named like "com.openhtmltopdf.load") instead of
 * its own console handler; its INFO messages (timings on every document) are logged at DEBUG.
 */
final class RendererLog implements XRLogger {

  private RendererLog() {}

  static void install() {
    if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
      XRLog.setLoggerImpl(new RendererLog());
    }
  }

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger logger = LoggerFactory.getLogger(where);
    int severity = level.intValue();
    if (severity >= Level.SEVERE.intValue()) {
      logger.error(message, error);
    } else if (severity >= Level.WARNING.intValue()) {
      logger.warn(message, error);
    } else if (severity >= Level.INFO.intValue()) {
      logger.debug(message, error);
    } else {
      logger.trace(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are set in the logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int severity = diagnostic.getLevel().intValue();
    return severity >= Level.WARNING.intValue() ? logger.isWarnEnabled()
        : severity >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
  }
}
