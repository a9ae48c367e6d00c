package org.childrenstrust.commissioning.grants.abg;

import org.childrenstrust.commissioning.meetings.GovernanceDecision;

/** The ABG processes' contract: keys, variable names (ids of domain rows and gateway flags), form fields. */
final class AbgProcess {

  static final String UNDERSPEND_REALLOCATION = "AbgUnderspendReallocation";
  static final String ANNUAL_ALLOCATION = "AbgAnnualAllocation";
  static final String PRIORITY_LISTS = "AbgPriorityLists";
  static final String QUARTERLY_RETURN = "AbgQuarterlyReturn";
  static final String QUARTER_REPORTS = "AbgQuarterReports";

  /** Quarterly return: the allocation, the quarter, the year's label, the lead officer (assignee); the form's fields. */
  static final String ALLOCATION_ID = "allocationId";
  static final String QUARTER = "quarter";
  static final String LEAD_OFFICER = "leadOfficer";
  static final String RETURN_SUMMARY = "returnSummary";
  static final String SPEND_TO_DATE = "spendToDate";
  static final String FORECAST_OUTTURN = "forecastOutturn";
  static final String MONTHLY_FORECAST = "monthlyForecast";
  static final String COMMENTARY = "commentary";
  static final String DECLARE_UNDERSPEND = "declareUnderspend";
  static final String REMINDER_SENT = "reminderSent";
  static final String CHASE_SENT = "chaseSent";
  static final String ESCALATION_SENT = "escalationSent";

  /** After the quarter: the consolidated return to the Local Strategic Partnership (form fields). */
  static final String LSP_RETURN_SUMMARY = "lspReturnSummary";
  static final String LSP_RETURN_SUBMITTED = "lspReturnSubmitted";
  static final String LSP_RETURN_COMMENT = "lspReturnComment";

  /** Priority lists: the outcome group of a multi-instance task, its entries, the proposed ranking. */
  static final String OUTCOME_GROUP = "outcomeGroup";
  static final String PRIORITY_ENTRIES = "priorityEntries";
  static final String RANKING_ROWS = "rankingRows";
  static final String RANKING_SUMMARY = "rankingSummary";

  /** Annual allocation: the year, the two bodies' answers (GovernanceDecision.OUT_* mapped to these names). */
  static final String YEAR_ID = "yearId";
  static final String FUNDING_PERCENT = "fundingPercent";
  static final String REALLOCATION_POLICY = "reallocationPolicy";
  static final String GRANT_LINES_CSV = "grantLinesCsv";
  static final String ALLOCATION_SUMMARY = "allocationSummary";
  static final String ALLOCATION_ROWS = "allocationRows";
  static final String MANAGEMENT_GROUP_OUTCOME = "managementGroupOutcome";
  static final String MANAGEMENT_GROUP_RATIONALE = "managementGroupRationale";
  static final String MANAGEMENT_GROUP_MEETING = "managementGroupMeeting";
  static final String BOARD_OUTCOME = "boardOutcome";
  static final String BOARD_RATIONALE = "boardRationale";
  static final String BOARD_MEETING = "boardMeeting";

  static final String UNDERSPEND_ID = "underspendId";
  static final String REALLOCATION_ID = "reallocationId";
  static final String UNDERSPEND_CONFIRMED = "underspendConfirmed";
  static final String FUNDS_ANYTHING = "reallocationFundsAnything";
  /** Out of the GovernanceDecision call activity (GovernanceDecision.OUT_*), under these names. */
  static final String DECISION_OUTCOME = GovernanceDecision.OUT_OUTCOME;
  static final String DECISION_RATIONALE = GovernanceDecision.OUT_RATIONALE;
  static final String DECISION_MEETING = GovernanceDecision.OUT_MEETING;

  /** Start form of a declaration. */
  static final String FINANCIAL_YEAR = "financialYear";
  static final String ACTIVITY_REFERENCE = "activityReference";
  static final String UNDERSPEND_AMOUNT = "underspendAmount";
  static final String UNDERSPEND_REASON = "underspendReason";

  /** Task forms. */
  static final String UNDERSPEND_SUMMARY = "underspendSummary";
  static final String CONFIRMATION = "confirmation";
  static final String CONFIRMATION_COMMENT = "confirmationComment";
  static final String REALLOCATION_SUMMARY = "reallocationSummary";
  static final String REALLOCATION_ITEMS = "reallocationItems";
  static final String AMENDMENT_REASON = "amendmentReason";

  private AbgProcess() {}
}
