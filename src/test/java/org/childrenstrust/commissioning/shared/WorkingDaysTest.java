package org.childrenstrust.commissioning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/** England and Wales working days, checked against the published bank holidays of the seeds' years. */
class WorkingDaysTest {

  private final WorkingDays workingDays = new WorkingDays();

  @Test
  void bankHolidaysOf2009And2010AreNotWorkingDays() {
    for (String holiday : new String[] {"2009-04-10", "2009-04-13", "2009-05-04", "2009-05-25", "2009-08-31",
        "2009-12-25", "2009-12-28", "2010-01-01", "2010-04-02", "2010-04-05", "2010-05-03", "2010-05-31"}) {
      assertThat(workingDays.isBankHoliday(LocalDate.parse(holiday))).as(holiday).isTrue();
      assertThat(workingDays.isWorkingDay(LocalDate.parse(holiday))).as(holiday).isFalse();
    }
    assertThat(workingDays.isWorkingDay(LocalDate.of(2010, 3, 11))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2010, 3, 13))).as("a Saturday").isFalse();
    // Scotland's 2 January and St Andrew's Day are not England and Wales bank holidays
    assertThat(workingDays.isWorkingDay(LocalDate.of(2009, 1, 2))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2009, 11, 30))).isTrue();
  }

  @Test
  void clearWorkingDaysCountNeitherEnd() {
    // Tue 18 May 2010: Mon 3 May (bank holiday) not counted
    assertThat(workingDays.latestPublicationDate(LocalDate.of(2010, 5, 18), 5)).isEqualTo(LocalDate.of(2010, 5, 10));
    assertThat(workingDays.clearWorkingDaysBetween(LocalDate.of(2010, 5, 10), LocalDate.of(2010, 5, 18))).isEqualTo(5);
    // over Easter 2010: Good Friday 2 April and Easter Monday 5 April skipped (clear days: 31 Mar, 1, 6, 7, 8 Apr)
    assertThat(workingDays.latestPublicationDate(LocalDate.of(2010, 4, 9), 5)).isEqualTo(LocalDate.of(2010, 3, 30));
    assertThat(workingDays.clearWorkingDaysBetween(LocalDate.of(2010, 3, 30), LocalDate.of(2010, 4, 9))).isEqualTo(5);
    assertThat(workingDays.clearWorkingDaysBetween(LocalDate.of(2010, 3, 31), LocalDate.of(2010, 4, 9))).isEqualTo(4);
  }

  @Test
  void tenWorkingDaysAfterQuarterEnd() {
    // quarterly monitoring returns are due within 10 working days of the quarter end
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2010, 6, 30), 10)).isEqualTo(LocalDate.of(2010, 7, 14));
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2010, 12, 31), 10)).isEqualTo(LocalDate.of(2011, 1, 17));
    assertThat(workingDays.plusWorkingDays(LocalDate.of(2010, 3, 31), 10)).isEqualTo(LocalDate.of(2010, 4, 16));
  }
}
