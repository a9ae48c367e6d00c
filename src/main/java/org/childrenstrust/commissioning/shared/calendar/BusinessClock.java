package org.childrenstrust.commissioning.shared.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" for the business rules, read from the engine's clock so that tests move time with
 * {@link ClockUtil} and timers and rules agree. Times are UK local time.
 */
public final class BusinessClock {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private BusinessClock() {}

  public static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }

  public static Date toDate(LocalDateTime localTime) {
    return Date.from(localTime.atZone(ZONE).toInstant());
  }
}
