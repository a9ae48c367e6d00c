package org.childrenstrust.commissioning.meetings;

/**
 * The one contract between the meetings feature and every other feature: how a process asks a
 * governance body for a decision. The caller models a call activity on {@value #PROCESS_KEY}, maps
 * its request in with {@code camunda:in} to the {@code IN_*} names and the answer back with
 * {@code camunda:out} from the {@code OUT_*} names:
 *
 * <pre>{@code
 * <bpmn:callActivity id="Call_BoardApproval" name="Board approves allocation" calledElement="GovernanceDecision">
 *   <bpmn:extensionElements>
 *     <camunda:in source="bodyCode" target="decisionBodyCode" />
 *     <camunda:in source="subject" target="decisionSubject" />
 *     <camunda:in source="question" target="decisionQuestion" />
 *     <camunda:in source="dueDate" target="decisionDueDate" />
 *     <camunda:out source="decisionOutcome" target="boardOutcome" />
 *     <camunda:out source="decisionRationale" target="boardRationale" />
 *     <camunda:out source="decisionMeeting" target="boardMeeting" />
 *   </bpmn:extensionElements>
 * </bpmn:callActivity>
 * }</pre>
 *
 * The request joins the body's forward plan and its next agenda; the clerk minutes the decision
 * at the meeting and the call activity completes with the minuted {@link Outcome}. A deferred
 * item rolls to the next meeting and the caller keeps waiting. Nothing else of the meetings
 * feature is for other features: its services, entities and messages are internal.
 */
public final class GovernanceDecision {

  /** The process to name in {@code calledElement}. */
  public static final String PROCESS_KEY = "GovernanceDecision";

  /** In: the body asked, by its code (ECG, BOARD, SSP-BOARD, SSP-PMG, BE-HEALTHY, ...). Required. */
  public static final String IN_BODY_CODE = "decisionBodyCode";
  /** In: a short title, shown on the forward plan and the agenda. Required. */
  public static final String IN_SUBJECT = "decisionSubject";
  /** In: what the body is asked to decide (the report cover's "asked to decide"). Required. */
  public static final String IN_QUESTION = "decisionQuestion";
  /** In: the date the decision is needed by, as a date or text such as 2010-01-27. Required. */
  public static final String IN_DUE_DATE = "decisionDueDate";
  /** In: the title of the report that goes with the item. Optional. */
  public static final String IN_REPORT_TITLE = "decisionReportTitle";
  /** In: the report's main body. Optional. */
  public static final String IN_REPORT_SUMMARY = "decisionReportSummary";

  /** Out: the minuted {@link Outcome}, by name. */
  public static final String OUT_OUTCOME = "decisionOutcome";
  /** Out: the rationale the minutes record. */
  public static final String OUT_RATIONALE = "decisionRationale";
  /** Out: the reference of the meeting that decided (e.g. ECG-2010-01-07). */
  public static final String OUT_MEETING = "decisionMeeting";

  /** What a body can decide; a deferral is not an outcome (the caller keeps waiting). */
  public enum Outcome {
    APPROVED,
    APPROVED_WITH_AMENDMENTS,
    REJECTED;

    /** Whether the request may go ahead (as asked, or amended). */
    public boolean approved() {
      return this != REJECTED;
    }
  }

  private GovernanceDecision() {}
}
