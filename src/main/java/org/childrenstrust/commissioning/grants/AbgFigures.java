package org.childrenstrust.commissioning.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read-only figures of the Area Based Grant for other modules (the oversight dashboard): each funded
 * activity's allocation with its latest quarterly return's spend to date and forecast outturn, and the
 * lead officers' quarterly returns that are overdue. Plain records, no entities; amounts scale 2.
 */
public interface AbgFigures {

  /** The latest approved ABG year's label (e.g. "2010/11"), if any year is approved. */
  Optional<String> latestApprovedYear();

  /**
   * An activity funded in a year: its allocation and, when a return is in, the latest quarter's spend to
   * date and forecast outturn ({@code latestQuarter} 0 and both amounts null when no return is in).
   */
  record ActivityFigure(String year, String reference, String activity, String outcomeGroup, String leadOfficer, BigDecimal allocation,
      int latestQuarter, BigDecimal spendToDate, BigDecimal forecastOutturn) {}

  /** A lead officer's quarterly return not submitted by its due date (10 working days after the quarter end). */
  record OverdueReturn(String year, String reference, String activity, String outcomeGroup, String leadOfficer, int quarter,
      LocalDate due) {}

  /** The activities with a positive allocation in the year, in allocation order; empty for an unknown or unapproved year. */
  List<ActivityFigure> activities(String year);

  /** Every approved year's returns that were due before {@code today} and are not in, by year, quarter and activity. */
  List<OverdueReturn> overdueReturns(LocalDate today);
}
