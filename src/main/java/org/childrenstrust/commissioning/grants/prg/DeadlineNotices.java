package org.childrenstrust.commissioning.grants.prg;

import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission deadline said out loud: the lead officers are reminded before it, the ECG (its
 * chair signs proposals off) is told when it has passed. Each is sent once per proposal, even when
 * the step is retried.
 */
@Service
@Transactional
class DeadlineNotices {

  private final ProposalService proposals;
  private final PrgMailer mailer;

  DeadlineNotices(ProposalService proposals, PrgMailer mailer) {
    this.proposals = proposals;
    this.mailer = mailer;
  }

  void remindLeadOfficer(Long proposalId) {
    PrgProposal proposal = proposals.proposal(proposalId);
    if (proposal.remind(BusinessClock.today())) {
      mailer.toGroup(GovernanceGroup.COMMISSIONING_OFFICERS.id(), "PRG proposal due " + deadline(proposal) + ": " + proposal.getReference(),
          "The Children's Trust's Performance Reward Grant proposal " + proposal.getReference() + " is due at the Partnerships Team by "
              + deadline(proposal) + ".\nIt is " + proposal.getStatus().name().toLowerCase().replace('_', ' ')
              + ". Please finish the draft in Tasklist so that the ECG chair can sign it off in time.");
    }
  }

  void escalateToChair(Long proposalId) {
    PrgProposal proposal = proposals.proposal(proposalId);
    if (proposal.escalate(BusinessClock.today())) {
      mailer.toGroup(GovernanceGroup.MANAGEMENT_GROUP.id(), "PRG proposal deadline passed: " + proposal.getReference(),
          "The deadline for the Children's Trust's Performance Reward Grant proposal " + proposal.getReference() + " ("
              + deadline(proposal) + ") has passed and it has not been submitted; it is "
              + proposal.getStatus().name().toLowerCase().replace('_', ' ') + ".\nA late proposal can still be submitted"
              + " once the chair records the reason for the delay when signing it off.");
    }
  }

  private static String deadline(PrgProposal proposal) {
    return SubmissionDeadline.spoken(proposal.getRound().getDeadline());
  }
}
