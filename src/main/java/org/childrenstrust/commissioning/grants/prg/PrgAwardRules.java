package org.childrenstrust.commissioning.grants.prg;

import java.util.List;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the PrgAward model asks: the SSP Board's report filled from the recommendation, the letters to send. */
@Component("prgAwardRules")
@Transactional(readOnly = true)
class PrgAwardRules {

  private final RoundService rounds;
  private final ReceivedProposalRepository received;
  private final AwardService awards;
  private final WorkingDays workingDays;

  PrgAwardRules(RoundService rounds, ReceivedProposalRepository received, AwardService awards, WorkingDays workingDays) {
    this.rounds = rounds;
    this.received = received;
    this.awards = awards;
    this.workingDays = workingDays;
  }

  public String boardSubject(Long roundId) {
    return "Performance Reward Grant " + rounds.round(roundId).getFinancialYear() + ": projects and funding levels";
  }

  public String boardQuestion(Long roundId) {
    return "Approve the Performance Management Group's recommendation of projects and funding levels for "
        + rounds.round(roundId).getName() + ".";
  }

  public String boardDueDate(Long roundId) {
    return workingDays.plusWorkingDays(BusinessClock.today(), 20).toString();
  }

  public String boardReportTitle(Long roundId) {
    return "PMG recommendation: " + rounds.round(roundId).getName();
  }

  public String boardReportSummary(Long roundId) {
    PrgRound round = rounds.round(roundId);
    StringBuilder text = new StringBuilder("The PMG recommends, within ")
        .append(Money.format(RoundService.sharesOf(round).available(round.isUseInnovationFund())))
        .append(round.isUseInnovationFund() ? " (the partnerships' shares and the innovation fund)" : " (the partnerships' shares)")
        .append(":\n");
    for (ReceivedProposal p : received.findByRoundOrderByReceivedAtAsc(round)) {
      text.append("- ").append(p.getPartnershipName()).append(": ").append(p.getProjectTitle()).append(" — ")
          .append(AwardLetters.label(p.getRecommendedLevel())).append(", ").append(Money.format(p.getRecommendedAmount()))
          .append(" (scores: additionality ").append(p.getScoreAdditionality()).append(", innovation ")
          .append(p.getScoreInnovation()).append(", outcomes ").append(p.getScoreOutcomes()).append(", joint working ")
          .append(p.getScoreJointWorking()).append(p.isLate() ? "; submitted late" : "").append(")\n");
    }
    return text.toString();
  }

  public List<Long> letters(Long roundId) {
    return awards.awardedProposalIds(roundId);
  }
}
