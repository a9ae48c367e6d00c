package org.childrenstrust.commissioning.oversight.domain;

/** Where a self-analysis exercise is. */
public enum ExerciseStatus {
  SCORING, WITH_BODY, PLAN_AGREED, NOT_ACCEPTED
}
