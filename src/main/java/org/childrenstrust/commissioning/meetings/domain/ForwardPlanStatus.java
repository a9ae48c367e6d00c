package org.childrenstrust.commissioning.meetings.domain;

/** Where a forward plan item is. */
public enum ForwardPlanStatus {
  PROPOSED, SCHEDULED, TAKEN
}
