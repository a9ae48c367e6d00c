package org.childrenstrust.commissioning.grants.abg;

/** Why an activity gets the amount it gets: the outputs of the {@code AbgAllocationRule} decision. */
public enum AllocationBasis {
  PREVIOUS_ALLOCATION,
  FUNDING_PERCENT,
  FULL_GRANT,
  FIXED_AMOUNT,
  ACTUAL_SPEND,
  EARMARK,
  /** Money moved by the Management Group from an approved priority list. */
  REALLOCATION
}
