package org.childrenstrust.commissioning.grants.prg;

/** The contract of the PrgAward process (the PMG's recommendation and the SSP Board's award, one per round). */
final class PrgAwardProcess {

  static final String PROCESS_KEY = "PrgAward";

  /** Start form: the round (after its deadline). */
  static final String ROUND_REFERENCE = "roundReference";
  static final String ROUND_ID = "prgRoundId";
  /** One award letter per instance of the multi-instance step. */
  static final String RECEIVED_PROPOSAL_ID = "receivedProposalId";

  static final String BOARD_OUTCOME = "boardOutcome";
  static final String BOARD_RATIONALE = "boardRationale";
  static final String BOARD_MEETING = "boardMeeting";
  static final String BOARD_APPROVED = "boardApproved";

  /** Recommendation form (task-local). */
  static final String ROUND_SUMMARY = "roundSummary";
  static final String BOARD_REASONS = "boardReasons";
  static final String USE_INNOVATION_FUND = "useInnovationFund";
  static final String RECOMMENDATIONS = "recommendations";

  /** One proposal in the PMG's recommendation form. */
  record RecommendationRow(String reference, String partnership, String projectTitle, String received, String options,
      Integer scoreAdditionality, Integer scoreInnovation, Integer scoreOutcomes, Integer scoreJointWorking,
      String laaPerformance, String otherFunding, String level) {}

  private PrgAwardProcess() {}
}
