package org.childrenstrust.commissioning.shared.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays (from the
 * maintained Jollyday calendar, subdivision "eng"; England and Wales share their bank holidays).
 */
@Component
public class WorkingDays {

  private static final String ENGLAND = "eng";

  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date, ENGLAND);
  }

  public boolean isBankHoliday(LocalDate date) {
    return holidays.isHoliday(date, ENGLAND);
  }

  /** The date {@code days} working days after {@code date} (the date itself not counted). */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    LocalDate result = date;
    int counted = 0;
    while (counted < days) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** The date {@code days} working days before {@code date} (the date itself not counted). */
  public LocalDate minusWorkingDays(LocalDate date, int days) {
    LocalDate result = date;
    int counted = 0;
    while (counted < days) {
      result = result.minusDays(1);
      if (isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** Working days strictly between two dates: neither end is counted ("clear days"). */
  public int clearWorkingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The last day something can be published and still leave {@code clearDays} clear working days
   * before {@code meetingDay}: neither the day of publication nor the meeting day counts.
   */
  public LocalDate latestPublicationDate(LocalDate meetingDay, int clearDays) {
    return minusWorkingDays(meetingDay, clearDays).minusDays(1);
  }
}
