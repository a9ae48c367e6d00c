package org.childrenstrust.commissioning.meetings;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What other features may know of the governance bodies besides asking them for a decision
 * ({@link GovernanceDecision}): a body's name and Camunda group (its members), and putting an
 * item on its forward plan for a month (an oversight report due at the Board in March 2010).
 */
public interface GovernanceBodies {

  /** A body by its code (BOARD, ECG, ...): its name and the Camunda group of its members. */
  Optional<Body> body(String code);

  /**
   * Adds an item to the body's forward plan for the meeting of {@code target} (or the first one
   * after it); it joins that agenda when the clerk drafts it. Returns the plan item's id.
   *
   * @throws org.childrenstrust.commissioning.shared.errors.NotFound when there is no such body
   */
  long addToForwardPlan(String bodyCode, String title, String leadOfficer, YearMonth target);

  /** A governance body as other features see it. */
  record Body(String code, String name, String groupId) {}
}
