package org.childrenstrust.commissioning.grants.prg;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PRG models' listeners and service tasks, one bean each, each a call into a service. */
@Configuration
class PrgDelegates {

  /** Start of PrgProposal (the start form names the round): the proposal row and where it will be submitted. */
  @Bean
  ExecutionListener prgProposalStarted(ProposalService proposals, PrgSubmission submission) {
    return execution -> {
      PrgProposal proposal = proposals.start(FormData.text(execution, PrgProposalProcess.ROUND_REFERENCE),
          execution.getProcessInstanceId());
      execution.removeVariable(PrgProposalProcess.ROUND_REFERENCE);
      execution.setVariable(PrgProposalProcess.PROPOSAL_ID, proposal.getId());
      execution.setVariable(PrgProposalProcess.SUBMISSION_URL, submission.baseUrl());
      execution.setProcessBusinessKey(proposal.getReference());
    };
  }

  @Bean
  JavaDelegate recordEcgRecommendation(ProposalService proposals) {
    return execution -> execution.setVariable(PrgProposalProcess.ECG_RECOMMENDS, proposals.ecgDecided(
        FormData.id(execution, PrgProposalProcess.PROPOSAL_ID), FormData.text(execution, PrgProposalProcess.ECG_OUTCOME),
        FormData.text(execution, PrgProposalProcess.ECG_RATIONALE), FormData.text(execution, PrgProposalProcess.ECG_MEETING)));
  }

  @Bean
  JavaDelegate remindPrgLeadOfficer(DeadlineNotices notices) {
    return execution -> notices.remindLeadOfficer(FormData.id(execution, PrgProposalProcess.PROPOSAL_ID));
  }

  @Bean
  JavaDelegate escalatePrgProposal(DeadlineNotices notices) {
    return execution -> notices.escalateToChair(FormData.id(execution, PrgProposalProcess.PROPOSAL_ID));
  }

  /** Start of PrgAward (the start form names the round): closes the round for proposals. */
  @Bean
  ExecutionListener prgAwardStarted(AwardService awards) {
    return execution -> {
      PrgRound round = awards.start(FormData.text(execution, PrgAwardProcess.ROUND_REFERENCE), execution.getProcessInstanceId());
      execution.removeVariable(PrgAwardProcess.ROUND_REFERENCE);
      execution.setVariable(PrgAwardProcess.ROUND_ID, round.getId());
      execution.setProcessBusinessKey(round.getReference());
    };
  }

  @Bean
  JavaDelegate recordPrgBoardDecision(AwardService awards) {
    return execution -> execution.setVariable(PrgAwardProcess.BOARD_APPROVED, awards.boardDecided(
        FormData.id(execution, PrgAwardProcess.ROUND_ID), FormData.text(execution, PrgAwardProcess.BOARD_OUTCOME),
        FormData.text(execution, PrgAwardProcess.BOARD_RATIONALE), FormData.text(execution, PrgAwardProcess.BOARD_MEETING)));
  }

  @Bean
  JavaDelegate sendPrgAwardLetter(AwardLetters letters) {
    return execution -> letters.send(FormData.id(execution, PrgAwardProcess.RECEIVED_PROPOSAL_ID));
  }

  private static String startedBy(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "tasklist" : authentication.getUserId();
  }

  /**
   * The Partnerships Team records a partnership's proposal from Tasklist's start form: the same rules
   * as the HTTP receiver; the form's fields do not stay in the process, only the receipt does.
   */
  @Bean
  ExecutionListener prgPartnershipProposalReceived(PartnershipsTeam partnershipsTeam) {
    return execution -> {
      PartnershipsTeam.Receipt receipt = partnershipsTeam.receive(new PartnershipsTeam.Submission(
          FormData.text(execution, "proposalReference"), FormData.text(execution, PrgAwardProcess.ROUND_REFERENCE),
          FormData.text(execution, PrgProposalProcess.PARTNERSHIP), new PrgProposal.Content(
              FormData.text(execution, PrgProposalProcess.PROJECT_TITLE), FormData.text(execution, PrgProposalProcess.OUTLINE),
              FormData.text(execution, PrgProposalProcess.ADDITIONALITY),
              FormData.text(execution, PrgProposalProcess.INNOVATION_EVIDENCE),
              FormData.text(execution, PrgProposalProcess.MATCH_FUNDING),
              FormData.text(execution, PrgProposalProcess.COMMUNITY_OUTCOMES),
              FormData.text(execution, PrgProposalProcess.LAA_TARGETS), FormData.text(execution, PrgProposalProcess.CROSS_CUTTING),
              FormData.list(execution, PrgProposalProcess.PARTNERS, PrgProposalProcess.PartnerRow.class).stream()
                  .map(PrgProposalProcess.PartnerRow::organisation).toList(),
              FormData.text(execution, PrgProposalProcess.LESS_PLAN), FormData.text(execution, PrgProposalProcess.MORE_VALUE)),
          FormData.text(execution, PrgProposalProcess.LATE_REASON)), startedBy(execution));
      if (receipt.alreadyReceived()) {
        throw org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation.conflict("Proposal " + receipt.reference()
            + " was already received (receipt " + receipt.receiptReference() + "); it is not recorded again.");
      }
      for (String name : new java.util.ArrayList<>(execution.getVariableNames())) {
        execution.removeVariable(name);
      }
      execution.setVariable("receiptReference", receipt.receiptReference());
      execution.setProcessBusinessKey(receipt.receiptReference());
    };
  }
}
