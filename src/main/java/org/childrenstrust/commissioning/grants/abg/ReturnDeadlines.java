package org.childrenstrust.commissioning.grants.abg;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The year's monitoring timetable: lead officers' quarterly returns are due 10 working days after
 * the quarter end (England and Wales bank holidays); the Trust's consolidated return to the Local
 * Strategic Partnership is due on the seed's dates (31 July, 31 October, 30 January, 30 April), moved
 * to the previous working day when it falls on a weekend or bank holiday, and the move is said.
 */
@Component
public class ReturnDeadlines {

  public static final int WORKING_DAYS_AFTER_QUARTER_END = 10;
  private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final WorkingDays workingDays;

  public ReturnDeadlines(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public record QuarterDeadline(int quarter, LocalDate quarterEnd, LocalDate due, LocalDate lspDate, LocalDate lspDue,
      String lspNote) {}

  public List<QuarterDeadline> of(FinancialYearLabel year) {
    List<QuarterDeadline> deadlines = new ArrayList<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      LocalDate end = year.quarterEnd(quarter);
      LocalDate lspDate = lspReturnDate(year, quarter);
      LocalDate lspDue = previousWorkingDayFrom(lspDate);
      deadlines.add(new QuarterDeadline(quarter, end, returnDue(end), lspDate, lspDue, lspNote(lspDate, lspDue)));
    }
    return deadlines;
  }

  public QuarterDeadline of(FinancialYearLabel year, int quarter) {
    return of(year).get(quarter - 1);
  }

  /** A lead officer's return: 10 working days after the quarter end. */
  public LocalDate returnDue(LocalDate quarterEnd) {
    return workingDays.plusWorkingDays(quarterEnd, WORKING_DAYS_AFTER_QUARTER_END);
  }

  /** The seed's date for the Trust's return to the Local Strategic Partnership after a quarter. */
  static LocalDate lspReturnDate(FinancialYearLabel year, int quarter) {
    int y = year.startYear();
    return switch (quarter) {
      case 1 -> LocalDate.of(y, 7, 31);
      case 2 -> LocalDate.of(y, 10, 31);
      case 3 -> LocalDate.of(y + 1, 1, 30);
      case 4 -> LocalDate.of(y + 1, 4, 30);
      default -> throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter + ".");
    };
  }

  LocalDate previousWorkingDayFrom(LocalDate date) {
    LocalDate day = date;
    while (!workingDays.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private String lspNote(LocalDate date, LocalDate due) {
    if (date.equals(due)) {
      return "Due " + SPOKEN.format(due) + ".";
    }
    String why = workingDays.isBankHoliday(date) ? "a bank holiday" : "a " + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    return SPOKEN.format(date) + " is " + why + ": moved to the previous working day, " + SPOKEN.format(due) + ".";
  }
}
