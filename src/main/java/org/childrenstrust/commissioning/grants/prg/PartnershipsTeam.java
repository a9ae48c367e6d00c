package org.childrenstrust.commissioning.grants.prg;

import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side: the SSP Partnerships Team records each delivery partnership's proposal once
 * (by the sender's reference), late ones as late with the chair's reason, and acknowledges it.
 */
@Service
@Transactional
class PartnershipsTeam {

  private final ReceivedProposalRepository received;
  private final RoundService rounds;

  PartnershipsTeam(ReceivedProposalRepository received, RoundService rounds) {
    this.received = received;
    this.rounds = rounds;
  }

  /** A proposal as a partnership sends it (JSON over HTTP, or the Tasklist form). */
  record Submission(String reference, String roundReference, String partnership, PrgProposal.Content content,
      String lateReason) {}

  /** The acknowledgement; {@code alreadyReceived} when the same reference came before (nothing new was recorded). */
  record Receipt(String reference, String receiptReference, boolean late, String receivedAt, boolean alreadyReceived) {}

  Receipt receive(Submission submission, String submittedBy) {
    return receive(submission, submittedBy, BusinessClock.now());
  }

  /** Received at a given time: the demo data's proposals arrived in May 2009. */
  Receipt receive(Submission submission, String submittedBy, java.time.LocalDateTime receivedAt) {
    if (submission.reference() == null || submission.reference().isBlank() || submission.reference().strip().length() > 60) {
      throw new BusinessRuleViolation("Give the proposal's reference (up to 60 characters): it identifies a proposal sent twice.");
    }
    Optional<ReceivedProposal> before = received.findByReference(submission.reference().strip());
    if (before.isPresent()) {
      return receipt(before.get(), true);
    }
    PrgRound round = rounds.round(submission.roundReference() == null ? "" : submission.roundReference().strip());
    if (round.getStatus() != PrgRound.Status.OPEN) {
      throw BusinessRuleViolation.conflict("Round " + round.getReference() + " is closed: the PMG has made its recommendation.");
    }
    String partnership = round.partnership(submission.partnership()).getName();
    received.findByRoundAndPartnershipNameIgnoreCase(round, partnership).ifPresent(other -> {
      throw BusinessRuleViolation.conflict(partnership + " already submitted its proposal for round " + round.getReference()
          + " (" + other.getReference() + ", receipt " + other.getReceiptReference() + "): one proposal per partnership.");
    });
    PrgProposal.Content content = ProposalContent.checked(submission.content());
    if (submission.lateReason() != null && submission.lateReason().strip().length() > 2000) {
      throw new BusinessRuleViolation("The reason for a late submission has at most 2000 characters.");
    }
    String receiptReference = String.format("%s-R%02d", round.getReference(), received.countByRound(round) + 1);
    ReceivedProposal proposal = received.save(new ReceivedProposal(round, submission.reference().strip(), receiptReference,
        partnership, content, submittedBy, receivedAt, submission.lateReason()));
    return receipt(proposal, false);
  }

  @Transactional(readOnly = true)
  List<ReceivedProposal> receivedFor(String roundReference) {
    return received.findByRoundOrderByReceivedAtAsc(rounds.round(roundReference));
  }

  private static Receipt receipt(ReceivedProposal proposal, boolean again) {
    return new Receipt(proposal.getReference(), proposal.getReceiptReference(), proposal.isLate(),
        proposal.getReceivedAt().toString(), again);
  }
}
