package org.childrenstrust.commissioning.grants.prg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.grants.prg.PrgAwardProcess.RecommendationRow;
import org.childrenstrust.commissioning.grants.prg.PrgShares.PartnershipShare;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal.Level;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMG's recommendation (scores against the principles, LAA performance, other funding, a
 * level for each proposal, within the money available) and the SSP Board's award.
 */
@Service
@Transactional
class AwardService {

  private final RoundService rounds;
  private final ReceivedProposalRepository received;
  private final PrgProposalRepository trustProposals;
  private final RuntimeService runtimeService;

  AwardService(RoundService rounds, ReceivedProposalRepository received, PrgProposalRepository trustProposals,
      RuntimeService runtimeService) {
    this.rounds = rounds;
    this.received = received;
    this.trustProposals = trustProposals;
    this.runtimeService = runtimeService;
  }

  /** The PMG starts after the deadline, once per round, with at least one proposal received. */
  PrgRound start(String roundReference, String processInstanceId) {
    if (roundReference == null || roundReference.isBlank()) {
      throw new BusinessRuleViolation("Choose the PRG round to recommend awards for, such as PRG-2009-10.");
    }
    PrgRound round = rounds.round(roundReference.strip());
    if (received.countByRound(round) == 0) {
      throw new BusinessRuleViolation("No proposal has been received for round " + round.getReference() + ": nothing to recommend.");
    }
    round.closeForRecommendation(processInstanceId, BusinessClock.today());
    return round;
  }

  @Transactional(readOnly = true)
  List<RecommendationRow> rows(Long roundId) {
    PrgRound round = rounds.round(roundId);
    List<RecommendationRow> rows = new ArrayList<>();
    for (ReceivedProposal p : received.findByRoundOrderByReceivedAtAsc(round)) {
      PrgPartnership share = round.partnership(p.getPartnershipName());
      rows.add(new RecommendationRow(p.getReference(), p.getPartnershipName(), p.getProjectTitle(),
          p.getReceivedAt().toLocalDate() + (p.isLate() ? " LATE: " + p.getLateReason() : " (on time)"),
          "20% less " + Money.format(share.getLess()) + " / equal share " + Money.format(share.getShare())
              + " / 20% more " + Money.format(share.getMore()),
          p.getScoreAdditionality(), p.getScoreInnovation(), p.getScoreOutcomes(), p.getScoreJointWorking(),
          p.getLaaPerformance(), p.getOtherFunding(), p.getRecommendedLevel() == null ? null : p.getRecommendedLevel().name()));
    }
    return rows;
  }

  /** The money the PMG may recommend, said in a sentence for the form. */
  @Transactional(readOnly = true)
  String summary(Long roundId) {
    PrgRound round = rounds.round(roundId);
    PrgShares shares = RoundService.sharesOf(round);
    return round.getName() + " (" + round.getReference() + "): " + round.getPartnerships().size()
        + " delivery partnerships invited, " + received.countByRound(round) + " proposals received.\n"
        + "Money available: the partnerships' shares " + Money.format(shares.available(false))
        + ", or " + Money.format(shares.available(true)) + " with the innovation fund (" + Money.format(round.getInnovationFund()) + ").\n"
        + "Score each principle from 1 (weak) to 5 (strong): " + String.join("; ", PrgPrinciples.ALL) + ".";
  }

  /** Records the PMG's recommendation whole, or refuses it whole. */
  void recommend(Long roundId, List<RecommendationRow> rows, boolean useInnovationFund, String by) {
    PrgRound round = rounds.round(roundId);
    List<ReceivedProposal> proposals = received.findByRoundOrderByReceivedAtAsc(round);
    Map<String, RecommendationRow> byReference = new HashMap<>();
    for (RecommendationRow row : rows) {
      if (row.reference() == null || byReference.put(row.reference(), row) != null) {
        throw new BusinessRuleViolation("Each proposal appears once in the recommendation; do not add rows.");
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    Map<ReceivedProposal, Level> levels = new HashMap<>();
    Map<ReceivedProposal, BigDecimal> amounts = new HashMap<>();
    for (ReceivedProposal proposal : proposals) {
      RecommendationRow row = byReference.remove(proposal.getReference());
      String who = proposal.getPartnershipName();
      if (row == null) {
        throw new BusinessRuleViolation("Recommend a level for every proposal received: " + who + " is missing.");
      }
      for (Integer score : new Integer[] {row.scoreAdditionality(), row.scoreInnovation(), row.scoreOutcomes(), row.scoreJointWorking()}) {
        if (score == null || score < 1 || score > 5) {
          throw new BusinessRuleViolation(who + ": score each principle from 1 to 5.");
        }
      }
      if (blank(row.laaPerformance()) || blank(row.otherFunding())) {
        throw new BusinessRuleViolation(who + ": record the current and projected performance against LAA targets and"
            + " the other mainstream funding available (write 'none' if there is none).");
      }
      if (row.laaPerformance().strip().length() > 4000 || row.otherFunding().strip().length() > 4000) {
        throw new BusinessRuleViolation(who + ": the performance and the other funding have at most 4000 characters each.");
      }
      Level level = FormData.choice(Level.class, row.level(), who + ": the level");
      if (level == null) {
        throw new BusinessRuleViolation(who + ": recommend a level (none, 20% less, the equal share or 20% more).");
      }
      PrgPartnership share = round.partnership(proposal.getPartnershipName());
      BigDecimal amount = new PartnershipShare(share.getShare(), share.getLess(), share.getMore()).at(level);
      levels.put(proposal, level);
      amounts.put(proposal, amount);
      total = total.add(amount);
    }
    if (!byReference.isEmpty()) {
      throw new BusinessRuleViolation("The recommendation names proposals that were not received: " + byReference.keySet() + ".");
    }
    PrgShares shares = RoundService.sharesOf(round);
    BigDecimal available = shares.available(useInnovationFund);
    if (total.compareTo(available) > 0) {
      throw new BusinessRuleViolation("The recommendation comes to " + Money.format(total) + ", more than the "
          + Money.format(available) + " available (the partnerships' shares"
          + (useInnovationFund ? " plus the innovation fund" : "; the innovation fund is not used") + ").");
    }
    for (ReceivedProposal proposal : proposals) {
      RecommendationRow row = rows.stream().filter(r -> r.reference().equals(proposal.getReference())).findFirst().orElseThrow();
      proposal.recommend(row.scoreAdditionality(), row.scoreInnovation(), row.scoreOutcomes(), row.scoreJointWorking(),
          row.laaPerformance().strip(), row.otherFunding().strip(), levels.get(proposal), amounts.get(proposal));
    }
    round.recommended(useInnovationFund, by);
  }

  /** The SSP Board's minuted decision: awards as recommended, or back to the PMG. True when awarded. */
  boolean boardDecided(Long roundId, String outcome, String rationale, String meeting) {
    boolean approved = outcome != null && !"REJECTED".equals(outcome);
    PrgRound round = rounds.round(roundId);
    round.decided(approved, outcome, rationale, meeting);
    if (!approved) {
      return false;
    }
    for (ReceivedProposal proposal : received.findByRoundOrderByReceivedAtAsc(round)) {
      proposal.awarded(proposal.getRecommendedLevel(), proposal.getRecommendedAmount());
      trustProposals.findByReference(proposal.getReference()).ifPresent(trust -> {
        trust.decided(proposal.getAwardedLevel().name(), proposal.getAwardedAmount());
        runtimeService.createMessageCorrelation(PrgProposalProcess.OUTCOME_MESSAGE)
            .processInstanceBusinessKey(trust.getReference()).correlateAll();
      });
    }
    return true;
  }

  @Transactional(readOnly = true)
  List<Long> awardedProposalIds(Long roundId) {
    return received.findByRoundOrderByReceivedAtAsc(rounds.round(roundId)).stream().map(ReceivedProposal::getId).toList();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
