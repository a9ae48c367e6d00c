package org.childrenstrust.commissioning.grants.prg;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Children's Trust's proposal for a round: from the ECG's recommendation to the Board's outcome. */
@Service
@Transactional
class ProposalService {

  private final PrgProposalRepository proposals;
  private final RoundService rounds;
  private final String partnershipName;

  ProposalService(PrgProposalRepository proposals, RoundService rounds,
      @Value("${commissioning.prg.partnership-name:Children's Trust Delivery Partnership}") String partnershipName) {
    this.proposals = proposals;
    this.rounds = rounds;
    this.partnershipName = partnershipName;
  }

  /** One proposal per round: the round must invite the Trust's partnership and still be open. */
  PrgProposal start(String roundReference, String processInstanceId) {
    if (roundReference == null || roundReference.isBlank()) {
      throw new BusinessRuleViolation("Choose the PRG round the proposal is for, such as PRG-2009-10.");
    }
    PrgRound round = rounds.round(roundReference.strip());
    if (round.getStatus() != PrgRound.Status.OPEN) {
      throw BusinessRuleViolation.conflict("Round " + round.getReference() + " is no longer open for proposals.");
    }
    PrgPartnership partnership = round.partnership(partnershipName);
    if (proposals.findByRound(round).isPresent()) {
      throw BusinessRuleViolation.conflict("The Children's Trust already has a proposal for round " + round.getReference() + ".");
    }
    return proposals.save(new PrgProposal(round, round.getReference() + "-CT", partnership.getName(), processInstanceId));
  }

  @Transactional(readOnly = true)
  PrgProposal proposal(Long id) {
    return proposals.findById(id).orElseThrow(() -> new NotFound("There is no PRG proposal with id " + id + "."));
  }

  @Transactional(readOnly = true)
  PrgPartnership partnershipOf(Long proposalId) {
    PrgProposal proposal = proposal(proposalId);
    return proposal.getRound().partnership(proposal.getPartnershipName());
  }

  /** Whether the ECG recommends going ahead (as asked or amended). */
  boolean ecgDecided(Long proposalId, String outcome, String rationale, String meeting) {
    boolean recommends = outcome != null && !"REJECTED".equals(outcome);
    proposal(proposalId).ecgDecided(recommends, outcome, rationale, meeting);
    return recommends;
  }

  void draft(Long proposalId, PrgProposal.Content content, String by) {
    proposal(proposalId).draft(ProposalContent.checked(content), by);
  }

  /** The chair's sign-off or return; true when signed off. */
  boolean chairDecides(Long proposalId, String choice, String comments, String lateReason, String by) {
    ApprovalChoice decision = ApprovalChoice.read(choice, comments, "the proposal", "the lead officer");
    PrgProposal proposal = proposal(proposalId);
    if (!decision.approved()) {
      proposal.returnedByChair(decision.comments());
      return false;
    }
    if (lateReason != null && lateReason.strip().length() > 2000) {
      throw new BusinessRuleViolation("The reason for a late submission has at most 2000 characters.");
    }
    proposal.signedOff(by, lateReason, BusinessClock.today());
    return true;
  }

  void submitted(Long proposalId, String receiptReference) {
    proposal(proposalId).submitted(receiptReference, BusinessClock.now());
  }

  /** The text the forms show: the round's figures and this partnership's amounts. */
  @Transactional(readOnly = true)
  String roundSummary(Long proposalId) {
    PrgRound round = proposal(proposalId).getRound();
    return round.getName() + " (" + round.getReference() + ")\n"
        + "Total grant " + Money.format(round.getTotal()) + "; SSP share (" + percent(round.getSspSharePercent()) + ") "
        + Money.format(round.getSspShare()) + "; LSP share " + Money.format(round.getLspShare()) + "\n"
        + "Innovation fund kept by the SSP (" + percent(round.getInnovationFundPercent()) + " of its share) "
        + Money.format(round.getInnovationFund()) + "\n"
        + "Delivery partnerships invited: " + round.getPartnerships().size() + "\n"
        + "Submit to the Partnerships Team by " + SubmissionDeadline.spoken(round.getDeadline()) + "\n"
        + "Principles: " + String.join("; ", PrgPrinciples.ALL);
  }

  @Transactional(readOnly = true)
  String summary(Long proposalId) {
    PrgProposal p = proposal(proposalId);
    PrgPartnership share = partnershipOf(proposalId);
    return "Delivery partnership: " + p.getPartnershipName() + "\n"
        + "Project: " + p.getProjectTitle() + "\n\n"
        + "Outline (at the equal share, " + Money.format(share.getShare()) + "):\n" + p.getOutline() + "\n\n"
        + "Additionality: " + p.getAdditionality() + "\n"
        + "Innovation or best practice: " + p.getInnovationEvidence() + "\n"
        + "Match funding: " + orNone(p.getMatchFunding()) + "\n\n"
        + "Community Strategy outcomes: " + p.getCommunityOutcomes() + "\n"
        + "LAA2 targets: " + orNone(p.getLaaTargets()) + "\n"
        + "Cross-cutting principles: " + p.getCrossCuttingPrinciples() + "\n"
        + "Partners: " + String.join("; ", p.getPartners()) + "\n\n"
        + "With 20% less (" + Money.format(share.getLess()) + "): " + p.getLessPlan() + "\n"
        + "With 20% more (" + Money.format(share.getMore()) + "): " + p.getMoreValue() + "\n\n"
        + "Deadline: " + SubmissionDeadline.spoken(p.getRound().getDeadline())
        + (p.getRound().isPastDeadline(BusinessClock.today()) ? " (PASSED: record the reason for submitting late)" : "");
  }

  private static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "%";
  }

  private static String orNone(String text) {
    return text == null ? "none" : text;
  }
}
