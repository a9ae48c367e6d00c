package org.childrenstrust.commissioning.meetings.domain;

/** What the meeting did with an item. */
public enum ItemOutcome {
  NOTED,
  APPROVED,
  APPROVED_WITH_AMENDMENTS,
  REJECTED,
  /** "Come back at the next meeting": placed on the body's next agenda automatically. */
  DEFERRED;

  public boolean isDecision() {
    return this != NOTED;
  }
}
