package org.childrenstrust.commissioning.meetings.domain;

/** Progress of an action raised at a meeting. */
public enum ActionStatus {
  OPEN, DONE, CANCELLED
}
