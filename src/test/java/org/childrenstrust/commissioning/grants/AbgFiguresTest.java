package org.childrenstrust.commissioning.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The grants' public read-only figures, read from the demo year 2010/11 (approved, a Q1 return of a quarter of each allocation). */
class AbgFiguresTest extends ProcessTestSupport {

  @Autowired AbgFigures figures;

  @Test
  void theDemoYearsActivitiesCarryTheirAllocationAndTheirQ1Return() {
    assertThat(figures.latestApprovedYear()).contains("2010/11");
    List<AbgFigures.ActivityFigure> activities = figures.activities("2010/11");
    assertThat(activities).isNotEmpty();
    for (AbgFigures.ActivityFigure a : activities) {
      assertThat(a.allocation().signum()).isPositive();
      assertThat(a.allocation().scale()).isEqualTo(2);
      assertThat(a.latestQuarter()).as(a.reference()).isEqualTo(1);
      // The Q1 returns were made on the allocation then; CSC-WORKFORCE has since given up a £20,000 underspend.
      BigDecimal allocationAtQ1 = a.reference().equals("CSC-WORKFORCE") ? a.allocation().add(new BigDecimal("20000")) : a.allocation();
      assertThat(a.spendToDate()).as(a.reference()).isEqualTo(allocationAtQ1.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP));
      assertThat(a.forecastOutturn()).as(a.reference()).isEqualByComparingTo(allocationAtQ1);
    }
    assertThat(activities).extracting(AbgFigures.ActivityFigure::reference).contains("CONNEXIONS", "TFS");
    assertThat(activities.stream().filter(a -> a.reference().equals("TFS")).findFirst().orElseThrow().allocation())
        .isEqualByComparingTo("337006.00");
    assertThat(figures.activities("2031/32")).isEmpty();
  }

  @Test
  void returnsAreOverdueOnlyAfterTheirDueDateAndOnlyWhenNotIn() {
    int funded = figures.activities("2010/11").size();
    // Q1 is in for everyone; Q2 (quarter end 30 September 2010) is due 14 October 2010, 10 working days later.
    assertThat(figures.overdueReturns(LocalDate.of(2010, 10, 14))).noneMatch(r -> r.year().equals("2010/11"));
    List<AbgFigures.OverdueReturn> late = figures.overdueReturns(LocalDate.of(2010, 10, 15)).stream()
        .filter(r -> r.year().equals("2010/11")).toList();
    assertThat(late).allMatch(r -> r.quarter() == 2 && r.due().equals(LocalDate.of(2010, 10, 14)));
    assertThat(late).hasSize(funded);
  }
}
