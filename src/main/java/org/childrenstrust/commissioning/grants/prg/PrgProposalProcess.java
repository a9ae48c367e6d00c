package org.childrenstrust.commissioning.grants.prg;

/** The contract of the PrgProposal process: its key, variables, form fields and message. */
final class PrgProposalProcess {

  static final String PROCESS_KEY = "PrgProposal";

  /** Start form: the round the Trust makes its proposal for. */
  static final String ROUND_REFERENCE = "roundReference";
  /** The proposal's row. */
  static final String PROPOSAL_ID = "prgProposalId";
  /** Where the Partnerships Team receives proposals (configuration, copied at the start). */
  static final String SUBMISSION_URL = "submissionUrl";

  static final String ECG_OUTCOME = "ecgOutcome";
  static final String ECG_RATIONALE = "ecgRationale";
  static final String ECG_MEETING = "ecgMeeting";

  /** Gateway flags. */
  static final String ECG_RECOMMENDS = "ecgRecommends";
  static final String SIGNED_OFF = "proposalSignedOff";

  /** Draft form (task-local, read-only in the form: the amounts are shown, not typed). */
  static final String ROUND_SUMMARY = "roundSummary";
  static final String PARTNERSHIP = "partnership";
  static final String EQUAL_SHARE = "equalShare";
  static final String LESS_AMOUNT = "lessAmount";
  static final String MORE_AMOUNT = "moreAmount";
  static final String ECG_RECOMMENDATION = "ecgRecommendation";
  static final String CHAIR_COMMENTS = "chairComments";
  static final String PROJECT_TITLE = "projectTitle";
  static final String OUTLINE = "outline";
  static final String ADDITIONALITY = "additionality";
  static final String INNOVATION_EVIDENCE = "innovationEvidence";
  static final String MATCH_FUNDING = "matchFunding";
  static final String COMMUNITY_OUTCOMES = "communityOutcomes";
  static final String LAA_TARGETS = "laaTargets";
  static final String CROSS_CUTTING = "crossCuttingPrinciples";
  static final String PARTNERS = "partners";
  static final String LESS_PLAN = "lessPlan";
  static final String MORE_VALUE = "moreValue";

  /** Sign-off form. */
  static final String PROPOSAL_SUMMARY = "proposalSummary";
  static final String SIGN_OFF_DECISION = "signOffDecision";
  static final String SIGN_OFF_COMMENTS = "signOffComments";
  static final String LATE_REASON = "lateReason";

  /** The SSP Board's award reaches the Trust's instance (business key = the proposal's reference). */
  static final String OUTCOME_MESSAGE = "PrgOutcome";

  /** One row of the partners list. */
  record PartnerRow(String organisation) {}

  private PrgProposalProcess() {}
}
