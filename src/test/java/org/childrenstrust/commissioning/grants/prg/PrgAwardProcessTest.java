package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.prg.PrgFixtures.content;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.grants.prg.PrgAwardProcess.RecommendationRow;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.childrenstrust.commissioning.platform.HttpTestClient;

/** The PMG's recommendation and the SSP Board's award, one path per test; the Board's decision comes from a stub. */
class PrgAwardProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String PMG = "owen.hughes";

  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;
  @Autowired RoundService rounds;
  @Autowired PartnershipsTeam partnershipsTeam;
  @Autowired ReceivedProposalRepository received;
  @Autowired PrgProposalRepository proposals;

  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = repositoryService.createDeployment().name("GovernanceDecision stub (PRG award)")
        .addModelInstance("GovernanceDecisionStub.bpmn", Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_StubDecision").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeStub() {
    repositoryService.deleteDeployment(stubDeployment, true);
  }

  @Test
  void recommendedAtEachLevelTheBoardAwardsAndTheLettersGoOut() throws Exception {
    ProcessInstance pi = startAfter("2051/52", LocalDate.of(2051, 5, 22), 4);
    recommend(pi, false, "NONE", "LESS", "EQUAL", "MORE");
    boardDecides(pi, "APPROVED");

    assertThat(pi).isEnded().hasPassed("Task_SendAwardLetters", "Event_AwardsMade");
    assertThat(awarded("PRG-2051-52")).extracting(ReceivedProposal::getAwardedAmount).containsExactly(
        new BigDecimal("0.00"), new BigDecimal("116027.68"), new BigDecimal("145034.60"), new BigDecimal("174041.52"));
    assertThat(rounds.round("PRG-2051-52").getStatus()).isEqualTo(PrgRound.Status.AWARDED);
    // each letter once, to the account that submitted the proposal, copied to the Partnerships Team (a copy per recipient)
    MimeMessage[] copies = mail.getReceivedMessages();
    assertThat(copies).hasSize(8);
    assertThat(Arrays.stream(copies).map(m -> header(m, "Message-ID")).distinct()).hasSize(4);
    MimeMessage last = copies[copies.length - 1];
    assertThat(last.getSubject()).isEqualTo("Performance Reward Grant 2051/52: award to " + PrgFixtures.NINE.get(3));
    assertThat(header(last, "To")).isEqualTo("tom.hadley@childrens-trust.example");
    assertThat(header(last, "Cc")).isEqualTo("ruth.adeyemi@childrens-trust.example");
    assertThat(((MimeMultipart) last.getContent()).getBodyPart(1).getFileName()).isEqualTo("PRG-award-PRG-2051-52-R04.pdf");
    String letter = "/api/prg/rounds/PRG-2051-52/letters/PRG-2051-52-R04.pdf";
    assertThat(new HttpTestClient(port).basic(PMG, "demo").get(letter).body()).startsWith("%PDF");
    assertThat(new HttpTestClient(port).basic("grace.okafor", "demo").get(letter).statusCode()).isEqualTo(403);
  }

  @Test
  void aRecommendationOverTheMoneyAvailableIsRefusedUnlessTheInnovationFundCoversIt() {
    ProcessInstance pi = startAfter("2052/53", LocalDate.of(2052, 5, 22), 9);
    String[] eightMoreOneNone = {"MORE", "MORE", "MORE", "MORE", "MORE", "MORE", "MORE", "MORE", "NONE"};
    assertThat(rejection(() -> recommend(pi, false, eightMoreOneNone)))
        .hasMessageContaining("The recommendation comes to £1,392,332.16, more than the £1,305,311.40 available");
    assertThat(pi).isWaitingAt("Task_RecommendAwards");
    assertThat(awarded("PRG-2052-53")).allMatch(p -> p.getRecommendedLevel() == null);

    recommend(pi, true, eightMoreOneNone);
    assertThat(pi).isWaitingAt("Call_SspBoardDecides");
    assertThat(rounds.round("PRG-2052-53").isUseInnovationFund()).isTrue();
  }

  @Test
  void theBoardRejectsAndThePmgRevisesWithTheBoardsReasons() {
    ProcessInstance pi = startAfter("2053/54", LocalDate.of(2053, 5, 22), 2);
    recommend(pi, false, "MORE", "MORE");
    boardDecides(pi, "REJECTED");

    assertThat(pi).isWaitingAt("Task_RecommendAwards");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_RecommendAwards").getId(), PrgAwardProcess.BOARD_REASONS).toString())
        .contains("The Board's reasons: REJECTED");
    assertThat(rounds.round("PRG-2053-54").getStatus()).isEqualTo(PrgRound.Status.RECOMMENDING);
    assertThat(awarded("PRG-2053-54")).allMatch(p -> p.getAwardedLevel() == null);
    recommend(pi, false, "EQUAL", "LESS");
    boardDecides(pi, "APPROVED");
    assertThat(pi).isEnded();
  }

  @Test
  void thePmgRecommendsOnlyAfterTheDeadlineAndThenNoProposalComesIn() {
    LocalDate deadline = LocalDate.of(2054, 5, 22);
    clockAt(deadline.minusMonths(1).atTime(9, 0));
    rounds.open(PrgFixtures.round("2054/55", deadline), "ruth.adeyemi");
    submit("PRG-2054-55", 0);
    assertThat(rejection(() -> runtimeService.startProcessInstanceByKey(PrgAwardProcess.PROCESS_KEY,
        Map.of(PrgAwardProcess.ROUND_REFERENCE, "PRG-2054-55")))).hasMessageContaining("the PMG recommends after the deadline");

    clockAt(deadline.plusDays(4).atTime(9, 0));
    runtimeService.startProcessInstanceByKey(PrgAwardProcess.PROCESS_KEY, Map.of(PrgAwardProcess.ROUND_REFERENCE, "PRG-2054-55"));
    assertThat(rejection(() -> submit("PRG-2054-55", 1))).hasMessageContaining("is closed");
    assertThat(received.countByRound(rounds.round("PRG-2054-55"))).isEqualTo(1);
  }

  @Test
  void theChildrensTrustsProposalInstanceReceivesItsAward() {
    LocalDate deadline = LocalDate.of(2055, 5, 21);
    clockAt(deadline.minusMonths(2).atTime(9, 0));
    rounds.open(PrgFixtures.round("2055/56", deadline), "ruth.adeyemi");
    ProcessInstance trust = runtimeService.startProcessInstanceByKey(PrgProposalProcess.PROCESS_KEY,
        Map.of(PrgProposalProcess.ROUND_REFERENCE, "PRG-2055-56"));
    decides(trust, "APPROVED");
    completeAs("imran.qureshi", task(trust.getId(), "Task_DraftProposal"),
        PrgFixtures.draftForm(content("County Council", "NHS Suffolk")));
    completeAs("priya.shah", task(trust.getId(), "Task_SignOffProposal"),
        Map.of(PrgProposalProcess.SIGN_OFF_DECISION, ApprovalChoice.APPROVE));
    runDueJobs(trust.getId());
    assertThat(trust).isWaitingAt("Task_AwaitOutcome");

    clockAt(deadline.plusDays(1).atTime(9, 0));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PrgAwardProcess.PROCESS_KEY,
        Map.of(PrgAwardProcess.ROUND_REFERENCE, "PRG-2055-56"));
    recommend(pi, false, "MORE");
    boardDecides(pi, "APPROVED");

    assertThat(trust).isEnded().hasPassed("Event_OutcomeReceived");
    PrgProposal proposal = proposals.findByReference("PRG-2055-56-CT").orElseThrow();
    assertThat(proposal.getStatus()).isEqualTo(PrgProposal.Status.DECIDED);
    assertThat(proposal.getOutcomeLevel()).isEqualTo("MORE");
    assertThat(proposal.getOutcomeAmount()).isEqualByComparingTo("174041.52");
  }

  // --- wait states ---

  /** A round with {@code proposals} received (the last one late, with its reason), the PMG starting after the deadline. */
  private ProcessInstance startAfter(String year, LocalDate deadline, int proposals) {
    String reference = "PRG-" + year.replace('/', '-');
    clockAt(deadline.minusMonths(1).atTime(9, 0));
    rounds.open(PrgFixtures.round(year, deadline), "ruth.adeyemi");
    for (int i = 0; i < proposals; i++) {
      if (i == proposals - 1) {
        clockAt(deadline.plusDays(3).atTime(9, 0));
      }
      submit(reference, i);
    }
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PrgAwardProcess.PROCESS_KEY,
        Map.of(PrgAwardProcess.ROUND_REFERENCE, reference));
    assertThat(pi).isWaitingAt("Task_RecommendAwards");
    return pi;
  }

  private PartnershipsTeam.Receipt submit(String round, int partnership) {
    return partnershipsTeam.receive(new PartnershipsTeam.Submission(round + "-P" + partnership, round,
        PrgFixtures.NINE.get(partnership), content("County Council", "Suffolk Constabulary"), "Board met late"),
        "tom.hadley");
  }

  private void recommend(ProcessInstance pi, boolean useInnovationFund, String... levels) {
    List<RecommendationRow> rows = new ArrayList<>();
    String taskId = task(pi.getId(), "Task_RecommendAwards").getId();
    List<RecommendationRow> formRows = PrgFixtures.rows(taskService.getVariable(taskId, PrgAwardProcess.RECOMMENDATIONS));
    for (int i = 0; i < formRows.size(); i++) {
      RecommendationRow row = formRows.get(i);
      rows.add(new RecommendationRow(row.reference(), row.partnership(), row.projectTitle(), row.received(), row.options(),
          4, 3, 4, 5, "NI 110 on track; projected to exceed", "None", levels[i]));
    }
    completeAs(PMG, task(pi.getId(), "Task_RecommendAwards"), Map.of(PrgAwardProcess.RECOMMENDATIONS, PrgFixtures.json(rows),
        PrgAwardProcess.USE_INNOVATION_FUND, useInnovationFund));
  }

  private void boardDecides(ProcessInstance pi, String outcome) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(runtimeService.getVariables(decision.getId())).containsEntry(GovernanceDecision.IN_BODY_CODE, "SSP-BOARD");
    decides(pi, outcome);
  }

  /** Completes the stubbed GovernanceDecision that {@code pi} waits on. */
  private void decides(ProcessInstance pi, String outcome) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    taskService.complete(taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult().getId(), Map.of(
        GovernanceDecision.OUT_OUTCOME, outcome, GovernanceDecision.OUT_RATIONALE, "The Board's reasons: " + outcome,
        GovernanceDecision.OUT_MEETING, "SSP-BOARD-TEST"));
    runDueJobs(pi.getId());
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, ",");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ReceivedProposal> awarded(String round) {
    return received.findByRoundOrderByReceivedAtAsc(rounds.round(round));
  }
}
