package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRoundRepository;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data of the embedded default: the seed's 2009/10 round, two proposals received, the Trust's awaiting sign-off. */
class PrgDemoDataTest extends ProcessTestSupport {

  @Autowired PrgRoundRepository rounds;
  @Autowired PartnershipsTeam partnershipsTeam;
  @Autowired TransactionTemplate transaction;

  @Test
  void theSeedsRoundWithItsFiguresToThePenny() {
    transaction.executeWithoutResult(status -> {
      PrgRound round = rounds.findByReference("PRG-2009-10").orElseThrow();
      assertThat(round.getTotal()).isEqualByComparingTo("2900692.00");
      assertThat(round.getSspShare()).isEqualByComparingTo("1450346.00");
      assertThat(round.getLspShare()).isEqualByComparingTo("1450346.00");
      assertThat(round.getInnovationFund()).isEqualByComparingTo("145034.60");
      assertThat(round.getDeadline()).hasToString("2009-05-22");
      assertThat(round.getPartnerships()).hasSize(9).allSatisfy((PrgPartnership p) -> {
        assertThat(p.getShare()).isEqualByComparingTo("145034.60");
        assertThat(p.getLess()).isEqualByComparingTo("116027.68");
        assertThat(p.getMore()).isEqualByComparingTo("174041.52");
      });
    });
  }

  @Test
  void twoOtherPartnershipsProposalsReceivedOnTime() {
    assertThat(partnershipsTeam.receivedFor("PRG-2009-10")).extracting(ReceivedProposal::getPartnershipName, ReceivedProposal::isLate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Safer Suffolk Partnership", false),
            org.assertj.core.groups.Tuple.tuple("Older People's Partnership", false));
  }

  @Test
  void theTrustsProposalWaitsForTheChairsSignOff() {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PRG-2009-10-CT").singleResult();
    assertThat(pi).isWaitingAt("Task_SignOffProposal");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_SignOffProposal").getId(), PrgProposalProcess.PROPOSAL_SUMMARY)
        .toString()).contains("Young carers' breaks and peer support", "£116,027.68", "£174,041.52",
            "Friday 22 May 2009 (PASSED: record the reason for submitting late)");
  }
}
