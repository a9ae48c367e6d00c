package org.childrenstrust.commissioning.platform.process;

import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * A chair's (or an approver's) answer on a form with two choices, approve or send back, and the
 * comments that must come with sending back. Forms submit {@value #APPROVE} or {@value #RETURN}.
 *
 * @param approved whether it was approved
 * @param comments what to change (always present when sent back), or null
 */
public record ApprovalChoice(boolean approved, String comments) {

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  /**
   * Reads the choice, refusing a missing choice and a return without comments.
   *
   * @param what what is being approved, as the sentence needs it: "the agenda", "the draft minutes"
   * @param returnedTo to whom it goes back: "the clerk"
   */
  public static ApprovalChoice read(String choice, String comments, String what, String returnedTo) {
    if (APPROVE.equals(choice)) {
      return new ApprovalChoice(true, null);
    }
    if (RETURN.equals(choice)) {
      if (comments == null || comments.isBlank()) {
        throw new BusinessRuleViolation("Tell " + returnedTo + " what to change before sending " + what + " back.");
      }
      return new ApprovalChoice(false, comments.strip());
    }
    throw new BusinessRuleViolation("Choose whether to approve " + what + " or send it back to " + returnedTo + ".");
  }
}
