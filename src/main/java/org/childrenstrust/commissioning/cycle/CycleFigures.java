package org.childrenstrust.commissioning.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only figures of the commissioning cycle for other modules (the oversight dashboard): each
 * service area's stage in its latest cycle, and the live contracts due for review (review or end date
 * within the review notice, as the contract register says). Plain records, no entities.
 */
public interface CycleFigures {

  /** A service area at a stage (UNDERSTAND, PLAN, DO, REVIEW, CLOSED) of its latest cycle. */
  record AreaStage(String serviceAreaCode, String serviceArea, String cycleReference, String financialYear, int round, String stage,
      String hostOutcomeGroup) {}

  /** A live contract whose review (or end) is due within the review notice, or past. */
  record ContractDue(String reference, String cycleReference, String serviceArea, String provider, BigDecimal value, LocalDate reviewOn,
      LocalDate endsOn, String commissioner) {}

  /** The stages in the cycle's order. */
  List<String> STAGES = List.of("UNDERSTAND", "PLAN", "DO", "REVIEW", "CLOSED");

  /** Every service area with a cycle, at the stage of its latest round, by service area name. */
  List<AreaStage> stages();

  /** The contracts due for review, soonest first. */
  List<ContractDue> contractsDueForReview();
}
