package org.childrenstrust.commissioning.grants.prg;

import static org.childrenstrust.commissioning.grants.prg.PrgProposalProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childrenstrust.commissioning.grants.prg.PrgProposalProcess.PartnerRow;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.platform.process.TaskForm;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PRG's user tasks: one {@link TaskForm} each. Every field is task-local, so nothing of the form outlives the task. */
@Configuration
class PrgTaskForms {

  private static Long proposalId(DelegateTask task) {
    return FormData.id(task, PROPOSAL_ID);
  }

  private static void local(DelegateTask task, String name, String value) {
    task.setVariableLocal(name, value == null ? "" : value);
  }

  @Bean
  TaskForm draftPrgProposalForm(ProposalService proposals) {
    return TaskForm.of(task -> {
      PrgProposal p = proposals.proposal(proposalId(task));
      PrgPartnership share = proposals.partnershipOf(p.getId());
      local(task, ROUND_SUMMARY, proposals.roundSummary(p.getId()));
      local(task, PARTNERSHIP, p.getPartnershipName());
      local(task, EQUAL_SHARE, Money.format(share.getShare()));
      local(task, LESS_AMOUNT, Money.format(share.getLess()));
      local(task, MORE_AMOUNT, Money.format(share.getMore()));
      local(task, ECG_RECOMMENDATION, p.getEcgRecommendation());
      local(task, CHAIR_COMMENTS, p.getChairComments());
      local(task, PROJECT_TITLE, p.getProjectTitle());
      local(task, OUTLINE, p.getOutline());
      local(task, ADDITIONALITY, p.getAdditionality());
      local(task, INNOVATION_EVIDENCE, p.getInnovationEvidence());
      local(task, MATCH_FUNDING, p.getMatchFunding());
      local(task, COMMUNITY_OUTCOMES, p.getCommunityOutcomes());
      local(task, LAA_TARGETS, p.getLaaTargets());
      local(task, CROSS_CUTTING, p.getCrossCuttingPrinciples());
      local(task, LESS_PLAN, p.getLessPlan());
      local(task, MORE_VALUE, p.getMoreValue());
      List<PartnerRow> partners = new ArrayList<>(p.getPartners().stream().map(PartnerRow::new).toList());
      while (partners.size() < 2) {
        partners.add(new PartnerRow(""));
      }
      FormData.putList(task, PARTNERS, partners);
    }, task -> proposals.draft(proposalId(task), new PrgProposal.Content(
        FormData.text(task, PROJECT_TITLE), FormData.text(task, OUTLINE), FormData.text(task, ADDITIONALITY),
        FormData.text(task, INNOVATION_EVIDENCE), FormData.text(task, MATCH_FUNDING), FormData.text(task, COMMUNITY_OUTCOMES),
        FormData.text(task, LAA_TARGETS), FormData.text(task, CROSS_CUTTING),
        FormData.list(task, PARTNERS, PartnerRow.class).stream().map(PartnerRow::organisation).toList(),
        FormData.text(task, LESS_PLAN), FormData.text(task, MORE_VALUE)), FormData.currentUser(task)));
  }

  @Bean
  TaskForm signOffPrgProposalForm(ProposalService proposals) {
    return TaskForm.of(task -> {
      // "Sign off the PRG proposal: <round>", due by the round's deadline (shown overdue once it has passed)
      PrgProposal proposal = proposals.proposal(proposalId(task));
      TaskSubject.describe(task, proposal.getRound().getName(), proposal.getRound().getDeadline());
      local(task, PROPOSAL_SUMMARY, proposals.summary(proposalId(task)));
      task.setVariableLocal(SIGN_OFF_DECISION, null);
      local(task, SIGN_OFF_COMMENTS, null);
      local(task, LATE_REASON, null);
    }, task -> task.getExecution().setVariable(SIGNED_OFF, proposals.chairDecides(proposalId(task),
        FormData.text(task, SIGN_OFF_DECISION), FormData.text(task, SIGN_OFF_COMMENTS), FormData.text(task, LATE_REASON),
        FormData.currentUser(task))));
  }

  @Bean
  TaskForm recommendPrgAwardsForm(AwardService awards, RoundService rounds) {
    return TaskForm.of(task -> {
      Long roundId = FormData.id(task, PrgAwardProcess.ROUND_ID);
      local(task, PrgAwardProcess.ROUND_SUMMARY, awards.summary(roundId));
      String reasons = rounds.round(roundId).getBoardRationale();
      local(task, PrgAwardProcess.BOARD_REASONS, reasons == null ? "" : "The SSP Board returned the last recommendation: " + reasons);
      task.setVariableLocal(PrgAwardProcess.USE_INNOVATION_FUND, rounds.round(roundId).isUseInnovationFund());
      FormData.putList(task, PrgAwardProcess.RECOMMENDATIONS, awards.rows(roundId));
    }, task -> awards.recommend(FormData.id(task, PrgAwardProcess.ROUND_ID),
        FormData.list(task, PrgAwardProcess.RECOMMENDATIONS, PrgAwardProcess.RecommendationRow.class),
        FormData.flag(task, PrgAwardProcess.USE_INNOVATION_FUND), FormData.currentUser(task)));
  }
}
