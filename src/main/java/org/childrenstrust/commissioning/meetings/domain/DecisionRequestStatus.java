package org.childrenstrust.commissioning.meetings.domain;

/** Where a decision request is: waiting for an agenda, on an agenda, decided. */
public enum DecisionRequestStatus {
  PENDING, SCHEDULED, DECIDED
}
