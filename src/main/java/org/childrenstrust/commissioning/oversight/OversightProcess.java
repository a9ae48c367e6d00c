package org.childrenstrust.commissioning.oversight;

import org.childrenstrust.commissioning.meetings.GovernanceDecision;

/** The oversight processes' contract: keys, variable names (ids of domain rows), form fields. */
final class OversightProcess {

  static final String SELF_ANALYSIS = "CommissioningSelfAnalysis";
  static final String STRATEGY_UPDATE = "StrategyActionUpdate";
  static final String BUDGET_RETURNS = "PartnerBudgetReturns";

  /** Partnership budgets: the year (start form), the round, the partner of a multi-instance, the form's lines. */
  static final String FINANCIAL_YEAR = "financialYear";
  static final String ROUND_ID = "budgetRoundId";
  static final String PARTNER_CODE = "partnerCode";
  static final String BUDGET_LINES = "budgetLines";
  static final String BUDGET_SUMMARY = "budgetSummary";

  /** Strategy action tracker: the action line whose progress is requested; its form. */
  static final String STRATEGY_ACTION_ID = "strategyActionId";
  static final String STRATEGY_SUMMARY = "strategySummary";
  static final String STRATEGY_PROGRESS = "progress";
  static final String STRATEGY_STATUS = "status";

  /** Start form: the body (its code). */
  static final String BODY_CODE = "bodyCode";
  static final String EXERCISE_ID = "exerciseId";
  /** Multi-instance element variables: the group scoring, the plan action followed. */
  static final String GROUP_NUMBER = "groupNumber";
  static final String ACTION_ID = "actionId";

  /** Task forms. */
  static final String SCORES = "scores";
  static final String SCORING_GUIDE = "scoringGuide";
  static final String RESULTS_SUMMARY = "resultsSummary";
  static final String PLAN_ACTIONS = "planActions";
  static final String ACTION_SUMMARY = "actionSummary";
  static final String PROGRESS_NOTE = "progressNote";

  /** Out of the GovernanceDecision call activity. */
  static final String DECISION_OUTCOME = GovernanceDecision.OUT_OUTCOME;
  static final String DECISION_RATIONALE = GovernanceDecision.OUT_RATIONALE;
  static final String DECISION_MEETING = GovernanceDecision.OUT_MEETING;

  private OversightProcess() {}
}
