package org.childrenstrust.commissioning.meetings;

/**
 * Names the AgendaToMinutes and GovernanceDecision processes share with their code: keys,
 * variables, messages. Internal to meetings: other features use {@link GovernanceDecision}.
 */
final class MeetingProcess {

  public static final String PROCESS_KEY = "AgendaToMinutes";

  /** The meeting (ct_meeting.id) an AgendaToMinutes instance runs; its business key is the meeting reference. */
  public static final String MEETING_ID = "meetingId";
  /** Chair's choice on the agenda and the minutes: {@code approve} or {@code return} (ApprovalChoice). */
  public static final String AGENDA_DECISION = "agendaDecision";
  public static final String AGENDA_COMMENTS = "agendaComments";
  public static final String MINUTES_DECISION = "minutesDecision";
  public static final String MINUTES_COMMENTS = "minutesComments";

  /** Start form fields (Tasklist "Start process" for clerks). */
  public static final String BODY_CODE = "bodyCode";
  public static final String MEETING_DATE = "meetingDate";
  public static final String START_TIME = "startTime";
  public static final String END_TIME = "endTime";
  public static final String PLACE = "place";

  /** Form data that lives on the task only (task-local variables, gone when the task completes). */
  public static final String AGENDA_SUMMARY = "agendaSummary";
  public static final String AGENDA_ITEMS = "agendaItems";
  public static final String OVERRUN_ACKNOWLEDGED = "overrunAcknowledged";
  public static final String LATE_PUBLICATION_REASON = "latePublicationReason";
  public static final String MINUTES_SUMMARY = "minutesSummary";
  /**
   * The meeting's papers page ({@code /meetings/<reference>/papers}), set by the task listener from
   * the meeting's reference only; the forms' one templated link (StoredMarkupTest allows just this).
   */
  public static final String PAPERS_PAGE = "papersPage";
  public static final String ATTENDANCE = "attendance";
  public static final String ITEM_MINUTES = "itemMinutes";
  public static final String DECLARATIONS = "declarations";
  public static final String ACTIONS = "actions";
  public static final String ANY_OTHER_BUSINESS = "anyOtherBusiness";
  public static final String NEXT_MEETING_NOTE = "nextMeetingNote";
  /** The record form's one clear choice on the last meeting's minutes, and what it shows about them. */
  public static final String MINUTES_TO_CONFIRM = "minutesToConfirm";
  public static final String CONFIRM_PREVIOUS_MINUTES = "confirmPreviousMinutes";
  /**
   * The minutes to confirm on the papers page ({@code /meetings/<reference>/papers/minutes.pdf}),
   * set by the task listener from the previous meeting's reference; "" when none (StoredMarkupTest).
   */
  public static final String PREVIOUS_MINUTES = "previousMinutes";
  public static final String PREVIOUS_MINUTES_CORRECTIONS = "previousMinutesCorrections";

  /** Previous meeting's instance waits for this when the next meeting approves its minutes. */
  public static final String MESSAGE_MINUTES_CONFIRMED = "MinutesConfirmed";

  /** GovernanceDecision's own: the request it registered, and the message that carries the minuted decision back. */
  public static final String DECISION_REQUEST_ID = "decisionRequestId";
  public static final String MESSAGE_DECISION_TAKEN = "DecisionTaken";

  private MeetingProcess() {}
}
