package org.childrenstrust.commissioning.grants.prg;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
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
}
