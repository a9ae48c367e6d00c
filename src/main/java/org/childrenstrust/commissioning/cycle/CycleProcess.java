package org.childrenstrust.commissioning.cycle;

import org.childrenstrust.commissioning.meetings.GovernanceDecision;

/** The CommissioningCycle process's contract: keys, variable names (ids of domain rows and gateway flags), form fields. */
final class CycleProcess {

  static final String PROCESS_KEY = "CommissioningCycle";
  static final String DECIDING_BODY_DECISION = "CycleDecidingBody";
  static final String PROCUREMENT_ROUTE_DECISION = "CycleProcurementRoute";

  /** Process variables: the cycle row, the body deciding now, and the gateways' flags. */
  static final String CYCLE_ID = "cycleId";
  static final String DECIDING_BODY = "decidingBody";
  static final String NEEDS_ACCEPTED = "needsAccepted";
  static final String PLAN_ENDORSED = "planEndorsed";
  static final String DISPUTED = "disputed";
  static final String SAFEGUARDING_PASSED = "safeguardingPassed";
  static final String RECOMMENDATION = "recommendation";
  static final String NEXT_CYCLE = "nextCycle";
  static final String DECISION_OUTCOME = GovernanceDecision.OUT_OUTCOME;
  static final String DECISION_RATIONALE = GovernanceDecision.OUT_RATIONALE;
  static final String DECISION_MEETING = GovernanceDecision.OUT_MEETING;

  /** Start form. */
  static final String SERVICE_AREA = "serviceArea";
  static final String FINANCIAL_YEAR = "financialYear";

  /** Task forms (task-local, gone when the task completes). */
  static final String SUMMARY = "summary";
  static final String NEEDS_SUMMARY = "needsSummary";
  static final String CURRENT_PROVISION = "currentProvision";
  static final String PARTNER_SPEND = "partnerSpend";
  static final String OUTCOMES_WANTED = "outcomesWanted";
  static final String EVIDENCE = "evidence";
  static final String INVOLVEMENT = "involvement";
  static final String CHOICE = "choice";
  static final String COMMENTS = "comments";
  static final String OPTIONS = "options";
  static final String INTENTIONS = "intentions";
  static final String WORKFORCE = "workforce";
  static final String FACILITIES = "facilities";
  static final String PROVIDER_CONSULTATION = "providerConsultation";
  static final String USER_CONSULTATION = "userConsultation";
  static final String KIND_OF_SERVICE = "kindOfService";
  static final String MARKET = "market";
  static final String ARRANGEMENT = "arrangement";
  static final String LEGAL_BASIS = "legalBasis";
  static final String BUDGET_TOTAL = "budgetTotal";
  static final String CONTRIBUTIONS = "contributions";
  static final String DECLARATIONS = "declarations";
  static final String RESPONSE = "response";
  static final String DISPUTE_REASON = "disputeReason";
  static final String EVALUATORS = "evaluators";
  static final String BIDS = "bids";
  static final String PREFERRED_PROVIDER = "preferredProvider";
  static final String SAFEGUARDING_RESULT = "safeguardingResult";
  static final String SAFEGUARDING_NOTE = "safeguardingNote";
  static final String CONTRACT_REFERENCE = "contractReference";
  static final String PROVIDER = "provider";
  static final String CONTRACT_VALUE = "contractValue";
  static final String STARTS_ON = "startsOn";
  static final String ENDS_ON = "endsOn";
  static final String REVIEW_ON = "reviewOn";
  static final String QUARTER_END = "quarterEnd";
  static final String SPEND_TO_DATE = "spendToDate";
  static final String OUTCOMES_COMMENTARY = "outcomesCommentary";
  static final String FINDINGS = "findings";
  static final String INDICATORS = "indicators";
  static final String USERS_VIEWS = "usersViews";
  static final String VALUE_FOR_MONEY = "valueForMoney";
  static final String REASON = "reason";
  static final String NEED_REMAINS = "needRemains";
  static final String NEXT_REVIEW_ON = "nextReviewOn";
  static final String NOTICE_TO_PROVIDER = "noticeToProvider";
  static final String TRANSITION_PLAN = "transitionPlan";
  static final String COMMUNICATION = "communication";

  /** Answers on the forms. */
  static final String ACCEPT = "accept";
  static final String MORE = "more";
  static final String REWORK = "rework";
  static final String DISPUTE = "dispute";
  static final String PASS = "pass";
  static final String FAIL = "fail";

  private CycleProcess() {}
}
