package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.ReturnDeadlines.QuarterDeadline;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The 2010/11 monitoring timetable: returns 10 working days after each quarter end; LSP returns. */
class ReturnDeadlinesTest {

  private final List<QuarterDeadline> year = new ReturnDeadlines(new WorkingDays()).of(FinancialYearLabel.parse("2010/11"));

  @Nested
  class LeadOfficersReturns {
    @Test
    void areDueTenWorkingDaysAfterEachQuarterEnd() {
      assertThat(year).extracting(QuarterDeadline::quarterEnd).containsExactly(LocalDate.of(2010, 6, 30),
          LocalDate.of(2010, 9, 30), LocalDate.of(2010, 12, 31), LocalDate.of(2011, 3, 31));
      // Q3: 27 and 28 December 2010 and 3 January 2011 are bank holidays
      assertThat(year).extracting(QuarterDeadline::due).containsExactly(LocalDate.of(2010, 7, 14),
          LocalDate.of(2010, 10, 14), LocalDate.of(2011, 1, 17), LocalDate.of(2011, 4, 14));
    }
  }

  @Nested
  class ReturnsToTheLocalStrategicPartnership {
    @Test
    void allFourSeedDatesMoveToThePreviousWorkingDayAndSaySo() {
      assertThat(year).extracting(QuarterDeadline::lspDate).containsExactly(LocalDate.of(2010, 7, 31),
          LocalDate.of(2010, 10, 31), LocalDate.of(2011, 1, 30), LocalDate.of(2011, 4, 30));
      // 29 April 2011 was a bank holiday (the royal wedding)
      assertThat(year).extracting(QuarterDeadline::lspDue).containsExactly(LocalDate.of(2010, 7, 30),
          LocalDate.of(2010, 10, 29), LocalDate.of(2011, 1, 28), LocalDate.of(2011, 4, 28));
      assertThat(year.get(0).lspNote())
          .isEqualTo("Saturday 31 July 2010 is a Saturday: moved to the previous working day, Friday 30 July 2010.");
    }

    @Test
    void aDateOnAWorkingDayStays() {
      QuarterDeadline q1 = new ReturnDeadlines(new WorkingDays()).of(FinancialYearLabel.parse("2013/14"), 1);
      assertThat(q1.lspDue()).isEqualTo(LocalDate.of(2013, 7, 31));
      assertThat(q1.lspNote()).isEqualTo("Due Wednesday 31 July 2013.");
    }
  }

  @Test
  void aBadFinancialYearIsRefused() {
    assertThatThrownBy(() -> FinancialYearLabel.parse("2010/12")).hasMessageContaining("two consecutive years");
    assertThatThrownBy(() -> FinancialYearLabel.parse("10/11")).hasMessageContaining("written like 2010/11");
  }
}
