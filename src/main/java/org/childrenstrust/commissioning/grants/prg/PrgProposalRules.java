package org.childrenstrust.commissioning.grants.prg;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the PrgProposal model's call activity, timers and gateways ask: the ECG's report cover
 * filled from the round, when the lead officer is reminded and when the chair is told the deadline
 * passed. Nothing else calls it.
 */
@Component("prgProposalRules")
@Transactional(readOnly = true)
class PrgProposalRules {

  static final LocalTime WORKING_DAY_START = LocalTime.of(9, 0);

  private final ProposalService proposals;
  private final WorkingDays workingDays;
  private final int reminderWorkingDays;
  private final int ecgWorkingDays;

  PrgProposalRules(ProposalService proposals, WorkingDays workingDays,
      @Value("${commissioning.prg.reminder-working-days:5}") int reminderWorkingDays,
      @Value("${commissioning.prg.ecg-decision-working-days-before-deadline:20}") int ecgWorkingDays) {
    this.proposals = proposals;
    this.workingDays = workingDays;
    this.reminderWorkingDays = reminderWorkingDays;
    this.ecgWorkingDays = ecgWorkingDays;
  }

  private PrgRound round(Long proposalId) {
    return proposals.proposal(proposalId).getRound();
  }

  public String ecgSubject(Long proposalId) {
    return "LAA2 Performance Reward Grant " + round(proposalId).getFinancialYear();
  }

  public String ecgQuestion(Long proposalId) {
    PrgRound round = round(proposalId);
    return "1. Note the proposals for " + round.getFinancialYear() + " Performance Reward Grant. "
        + "2. Recommend innovative projects that can be worked into a proposal for submission by the "
        + proposals.proposal(proposalId).getPartnershipName() + ".";
  }

  /** The ECG's decision is due a number of working days before the deadline, and never before today. */
  public String ecgDueDate(Long proposalId) {
    LocalDate due = workingDays.minusWorkingDays(round(proposalId).getDeadline(), ecgWorkingDays);
    LocalDate today = BusinessClock.today();
    return (due.isBefore(today) ? today : due).toString();
  }

  public String ecgReportTitle(Long proposalId) {
    return "Performance Reward Grant " + round(proposalId).getFinancialYear();
  }

  /** The report's main body, as the ECG paper of 10 March 2009 sets it out, with the round's figures. */
  public String ecgReportSummary(Long proposalId) {
    PrgRound round = round(proposalId);
    PrgPartnership share = proposals.partnershipOf(proposalId);
    return "The Performance Management Group of the Strategic Partnership has asked each of the "
        + round.getPartnerships().size() + " Delivery Partnerships to put forward a proposal for an innovative project"
        + " that supports the Community Strategy.\n"
        + "Total PRG for " + round.getFinancialYear() + ": " + Money.format(round.getTotal()) + "; SSP share ("
        + round.getSspSharePercent().stripTrailingZeros().toPlainString() + "%) " + Money.format(round.getSspShare())
        + "; LSP share " + Money.format(round.getLspShare()) + ".\n"
        + "Innovation fund retained by the SSP: " + Money.format(round.getInnovationFund()) + ".\n"
        + "Equal share for each Delivery Partnership: " + Money.format(share.getShare()) + " (20% less "
        + Money.format(share.getLess()) + ", 20% more " + Money.format(share.getMore()) + ").\n"
        + "Principles: " + String.join("; ", PrgPrinciples.ALL) + ".\n"
        + "Proposals should be submitted to the Partnerships Team by " + SubmissionDeadline.spoken(round.getDeadline()) + ".";
  }

  /** The lead officer is reminded some working days before the deadline, at the start of the day. */
  public Date reminderTime(Long proposalId) {
    LocalDate day = workingDays.minusWorkingDays(round(proposalId).getDeadline(), reminderWorkingDays);
    return BusinessClock.toDate(day.atTime(WORKING_DAY_START));
  }

  /** The chair is told at the start of the first working day after the deadline. */
  public Date escalationTime(Long proposalId) {
    LocalDate day = workingDays.plusWorkingDays(round(proposalId).getDeadline(), 1);
    return BusinessClock.toDate(day.atTime(WORKING_DAY_START));
  }
}
