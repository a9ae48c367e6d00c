package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the quarterly return model's timers and gateway ask: the due date (10 working days after the
 * quarter end), the reminder (2 working days before), the chase (the working day after) and the
 * escalation to the commissioning officers (5 working days after); whether the forecast is below the
 * allocation by more than the configurable margin. Nothing else calls it (public: the engine's
 * expression language calls its methods).
 */
@Component("abgMonitoring")
public class AbgMonitoring {

  static final LocalTime MORNING = LocalTime.of(8, 0);
  static final int REMINDER_WORKING_DAYS_BEFORE = 2;
  static final int ESCALATION_WORKING_DAYS_AFTER = 5;

  private final ReturnDeadlines deadlines;
  private final WorkingDays workingDays;
  private final MonitoringService monitoring;
  private final BigDecimal marginPercent;

  AbgMonitoring(ReturnDeadlines deadlines, WorkingDays workingDays, MonitoringService monitoring,
      @Value("${commissioning.abg.underspend-margin-percent:5}") BigDecimal marginPercent) {
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.monitoring = monitoring;
    this.marginPercent = marginPercent;
  }

  LocalDate dueDay(String yearLabel, int quarter) {
    return deadlines.of(FinancialYearLabel.parse(yearLabel), quarter).due();
  }

  public Date returnDue(String yearLabel, int quarter) {
    return BusinessClock.toDate(dueDay(yearLabel, quarter).atTime(17, 0));
  }

  public Date reminderAt(String yearLabel, int quarter) {
    return BusinessClock.toDate(workingDays.minusWorkingDays(dueDay(yearLabel, quarter), REMINDER_WORKING_DAYS_BEFORE).atTime(MORNING));
  }

  public Date chaseAt(String yearLabel, int quarter) {
    return BusinessClock.toDate(workingDays.plusWorkingDays(dueDay(yearLabel, quarter), 1).atTime(MORNING));
  }

  public Date escalateAt(String yearLabel, int quarter) {
    return BusinessClock.toDate(workingDays.plusWorkingDays(dueDay(yearLabel, quarter), ESCALATION_WORKING_DAYS_AFTER).atTime(MORNING));
  }

  /** The outcome groups' summaries go the morning of the working day after the returns were due. */
  public Date summariesAt(String yearLabel, int quarter) {
    return BusinessClock.toDate(workingDays.plusWorkingDays(dueDay(yearLabel, quarter), 1).atTime(MORNING));
  }

  /** The consolidated return to the Local Strategic Partnership: the seed's date, or the working day before it. */
  public Date lspReturnDue(String yearLabel, int quarter) {
    return BusinessClock.toDate(deadlines.of(FinancialYearLabel.parse(yearLabel), quarter).lspDue().atTime(17, 0));
  }

  public boolean forecastBelowMargin(Long allocationId, int quarter) {
    return monitoring.forecastBelowMargin(allocationId, quarter, marginPercent);
  }
}
