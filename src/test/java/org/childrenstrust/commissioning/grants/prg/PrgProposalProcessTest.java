package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.prg.PrgFixtures.content;
import static org.childrenstrust.commissioning.grants.prg.PrgFixtures.draftForm;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Children's Trust's proposal, one path per test. The ECG's decision comes from a stub of
 * GovernanceDecision; the submission goes over real HTTP, to this application's receiver or to a
 * Partnerships Team stand-in that can be down.
 */
class PrgProposalProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  static final String LEAD_OFFICER = "imran.qureshi";
  static final String CHAIR = "priya.shah";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RoundService rounds;
  @Autowired PrgProposalRepository proposals;
  @Autowired ReceivedProposalRepository received;
  @Autowired TransactionTemplate transaction;

  private String stubDeployment;
  private HttpServer partnershipsTeam;
  private final AtomicBoolean teamDown = new AtomicBoolean(true);
  private final List<String> teamReceived = new CopyOnWriteArrayList<>();

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = repositoryService.createDeployment().name("GovernanceDecision stub (PRG)")
        .addModelInstance("GovernanceDecisionStub.bpmn", Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_StubDecision").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeStubs() {
    repositoryService.deleteDeployment(stubDeployment, true);
    if (partnershipsTeam != null) {
      partnershipsTeam.stop(0);
    }
  }

  // --- paths ---

  @Test
  void signedOffProposalIsSubmittedToThePartnershipsTeamAndAwaitsTheAward() {
    ProcessInstance pi = start("2041/42", LocalDate.of(2041, 5, 23));
    ecgDecides(pi, "APPROVED", "Recommend young carers' breaks");
    draft(pi, content("County Council", "NHS Suffolk", "Young Suffolk"));
    signOff(pi, null);
    runDueJobs(pi.getId());

    assertThat(pi).isWaitingAt("Task_AwaitOutcome");
    PrgProposal proposal = proposal(pi);
    assertThat(proposal.getStatus()).isEqualTo(PrgProposal.Status.SUBMITTED);
    ReceivedProposal atTheTeam = received.findByReference(proposal.getReference()).orElseThrow();
    assertThat(atTheTeam.getReceiptReference()).isEqualTo("PRG-2041-42-R01");
    assertThat(proposal.getReceiptReference()).isEqualTo("PRG-2041-42-R01");
    assertThat(atTheTeam.getPartnershipName()).isEqualTo(PrgFixtures.TRUST);
    assertThat(atTheTeam.getPartners()).containsExactly("County Council", "NHS Suffolk", "Young Suffolk");
    assertThat(atTheTeam.isLate()).isFalse();
    assertThat(atTheTeam.getSubmittedBy()).isEqualTo("imran.qureshi");
  }

  @Test
  void theChairReturnsTheDraftWithCommentsAndTheLeadOfficerRevisesIt() {
    ProcessInstance pi = start("2042/43", LocalDate.of(2042, 5, 23));
    ecgDecides(pi, "APPROVED", "Recommend");
    draft(pi, content("County Council", "NHS Suffolk"));
    completeAs(CHAIR, task(pi.getId(), "Task_SignOffProposal"), Map.of(
        PrgProposalProcess.SIGN_OFF_DECISION, ApprovalChoice.RETURN,
        PrgProposalProcess.SIGN_OFF_COMMENTS, "Say how the Constabulary is involved"));

    assertThat(pi).isWaitingAt("Task_DraftProposal");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_DraftProposal").getId(), PrgProposalProcess.CHAIR_COMMENTS))
        .isEqualTo("Say how the Constabulary is involved");
    draft(pi, content("County Council", "NHS Suffolk", "Suffolk Constabulary"));
    assertThat(pi).isWaitingAt("Task_SignOffProposal");
    assertThat(proposal(pi).getPartners()).contains("Suffolk Constabulary");
  }

  @Test
  void theEcgRecommendingNoProjectEndsWithoutAProposal() {
    ProcessInstance pi = start("2043/44", LocalDate.of(2043, 5, 22));
    ecgDecides(pi, "REJECTED", "No project this year");
    assertThat(pi).isEnded().hasPassed("Event_NotRecommended");
    assertThat(proposal(pi).getStatus()).isEqualTo(PrgProposal.Status.NOT_RECOMMENDED);
  }

  @Test
  void theDraftShowsTheVariantsAndRefusesASinglePartner() {
    ProcessInstance pi = start("2044/45", LocalDate.of(2044, 5, 20));
    ecgDecides(pi, "APPROVED", "Recommend");
    String taskId = task(pi.getId(), "Task_DraftProposal").getId();
    assertThat(taskService.getVariables(taskId)).containsEntry(PrgProposalProcess.EQUAL_SHARE, "£145,034.60")
        .containsEntry(PrgProposalProcess.LESS_AMOUNT, "£116,027.68").containsEntry(PrgProposalProcess.MORE_AMOUNT, "£174,041.52");

    assertThat(rejection(() -> draft(pi, content("County Council", "county council"))))
        .hasMessageContaining("joint working: name at least two partner organisations (1 given)");
    assertThat(pi).isWaitingAt("Task_DraftProposal");
    assertThat(proposal(pi).getStatus()).isEqualTo(PrgProposal.Status.DRAFTING);
    assertThat(proposal(pi).getPartners()).isEmpty();
  }

  @Test
  void aFailingSubmissionBecomesAnIncidentAndIsRetriedFromIt() throws IOException {
    ProcessInstance pi = start("2045/46", LocalDate.of(2045, 5, 22));
    runtimeService.setVariable(pi.getId(), PrgProposalProcess.SUBMISSION_URL, partnershipsTeamStandIn());
    ecgDecides(pi, "APPROVED", "Recommend");
    draft(pi, content("County Council", "NHS Suffolk"));
    signOff(pi, null);
    Job submit = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Task_SubmitProposal").singleResult();

    failUntilIncident(submit.getId());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getIncidentMessage())
        .contains("did not acknowledge the proposal: HTTP 503");
    assertThat(proposal(pi).getStatus()).isEqualTo(PrgProposal.Status.SIGNED_OFF);

    teamDown.set(false);
    managementService.setJobRetries(submit.getId(), 1); // what "Retry" in Cockpit does
    managementService.executeJob(submit.getId());
    assertThat(pi).isWaitingAt("Task_AwaitOutcome");
    assertThat(proposal(pi).getReceiptReference()).isEqualTo("TEAM-1");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(teamReceived).hasSize(6).allMatch(body -> body.contains("\"reference\":\"PRG-2045-46-CT\""));
  }

  @Test
  void aRetriedSubmissionNeverCreatesASecondProposalAtTheReceiver() {
    ProcessInstance pi = start("2046/47", LocalDate.of(2046, 5, 22));
    ecgDecides(pi, "APPROVED", "Recommend");
    draft(pi, content("County Council", "NHS Suffolk"));
    signOff(pi, null);
    // the first attempt reached the receiver, but its answer was lost: the step runs again
    String payload = submission.payload(proposal(pi).getId());
    assertThat(new HttpTestClient(port).basic(LEAD_OFFICER, "demo").postJson(PrgSubmission.PATH, payload).statusCode())
        .isEqualTo(201);
    runDueJobs(pi.getId());

    assertThat(pi).isWaitingAt("Task_AwaitOutcome");
    PrgRound round = rounds.round("PRG-2046-47");
    assertThat(received.findByRoundOrderByReceivedAtAsc(round)).hasSize(1);
    assertThat(proposal(pi).getReceiptReference()).isEqualTo("PRG-2046-47-R01");
  }

  @Autowired PrgSubmission submission;

  @Test
  void afterTheDeadlineTheChairMustGiveAReasonAndTheProposalIsRecordedAsLate() {
    ProcessInstance pi = start("2047/48", LocalDate.of(2047, 5, 22));
    ecgDecides(pi, "APPROVED", "Recommend");
    draft(pi, content("County Council", "NHS Suffolk"));
    clockAt(LocalDateTime.of(2047, 5, 28, 10, 0));
    assertThat(rejection(() -> signOff(pi, null))).hasMessageContaining("record the chair's reason");
    assertThat(pi).isWaitingAt("Task_SignOffProposal");

    signOff(pi, "The ECG met after the deadline; agreed with the Partnerships Team");
    runDueJobs(pi.getId());
    ReceivedProposal atTheTeam = received.findByReference(proposal(pi).getReference()).orElseThrow();
    assertThat(atTheTeam.isLate()).isTrue();
    assertThat(atTheTeam.getLateReason()).isEqualTo("The ECG met after the deadline; agreed with the Partnerships Team");
    assertThat(pi).isWaitingAt("Task_AwaitOutcome");
  }

  @Test
  void theLeadOfficersAreRemindedBeforeTheDeadlineAndTheChairToldWhenItPasses() throws Exception {
    ProcessInstance pi = start("2048/49", LocalDate.of(2048, 5, 22));
    ecgDecides(pi, "APPROVED", "Recommend");
    clockAt(LocalDateTime.of(2048, 5, 15, 9, 1)); // 5 working days before Friday 22 May
    runDueJobs(pi.getId());
    assertThat(subjects()).containsExactly("PRG proposal due Friday 22 May 2048: PRG-2048-49-CT");
    assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("imran.qureshi@childrens-trust.example");

    clockAt(LocalDateTime.of(2048, 5, 26, 9, 1)); // Monday 25 May is a bank holiday
    runDueJobs(pi.getId());
    assertThat(subjects()).contains("PRG proposal deadline passed: PRG-2048-49-CT");
    assertThat(pi).isWaitingAt("Task_DraftProposal");
    assertThat(proposal(pi).getEscalatedOn()).isEqualTo(LocalDate.of(2048, 5, 26));
  }

  @Test
  void oneProposalPerRound() {
    start("2049/50", LocalDate.of(2049, 5, 21));
    assertThat(rejection(() -> runtimeService.startProcessInstanceByKey(PrgProposalProcess.PROCESS_KEY,
        Map.of(PrgProposalProcess.ROUND_REFERENCE, "PRG-2049-50"))))
        .hasMessageContaining("already has a proposal for round PRG-2049-50");
  }

  // --- wait states ---

  private ProcessInstance start(String year, LocalDate deadline) {
    clockAt(deadline.minusMonths(2).atTime(9, 0));
    rounds.open(PrgFixtures.round(year, deadline), "ruth.adeyemi");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PrgProposalProcess.PROCESS_KEY,
        Map.of(PrgProposalProcess.ROUND_REFERENCE, "PRG-" + year.replace('/', '-')));
    assertThat(pi).isWaitingAt("Call_EcgRecommendsProjects");
    return pi;
  }

  private void ecgDecides(ProcessInstance pi, String outcome, String rationale) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    assertThat(runtimeService.getVariables(decision.getId()))
        .containsEntry(GovernanceDecision.IN_BODY_CODE, "ECG")
        .hasEntrySatisfying(GovernanceDecision.IN_REPORT_SUMMARY, s -> assertThat(s.toString()).contains("£145,034.60"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult().getId(), Map.of(
        GovernanceDecision.OUT_OUTCOME, outcome, GovernanceDecision.OUT_RATIONALE, rationale,
        GovernanceDecision.OUT_MEETING, "ECG-TEST"));
    runDueJobs(pi.getId());
  }

  private void draft(ProcessInstance pi, PrgProposal.Content content) {
    completeAs(LEAD_OFFICER, task(pi.getId(), "Task_DraftProposal"), draftForm(content));
  }

  private void signOff(ProcessInstance pi, String lateReason) {
    completeAs(CHAIR, task(pi.getId(), "Task_SignOffProposal"), lateReason == null
        ? Map.of(PrgProposalProcess.SIGN_OFF_DECISION, ApprovalChoice.APPROVE)
        : Map.of(PrgProposalProcess.SIGN_OFF_DECISION, ApprovalChoice.APPROVE, PrgProposalProcess.LATE_REASON, lateReason));
  }

  /** Runs a job that fails for a technical reason through its retry cycle (R5/PT10M), as the job executor would. */
  private void failUntilIncident(String jobId) {
    for (int attempt = 0; attempt < 10; attempt++) {
      Job job = managementService.createJobQuery().jobId(jobId).singleResult();
      if (job.getRetries() == 0) {
        return;
      }
      if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
      }
      assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("did not acknowledge");
    }
    throw new AssertionError("job " + jobId + " still has retries");
  }

  /** The proposal with its partners loaded. */
  private PrgProposal proposal(ProcessInstance pi) {
    return transaction.execute(status -> {
      PrgProposal proposal = proposals.findById((Long) historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(pi.getId()).variableName(PrgProposalProcess.PROPOSAL_ID).singleResult().getValue()).orElseThrow();
      proposal.getPartners();
      return proposal;
    });
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(message -> {
      try {
        return ((MimeMessage) message).getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  /** A Partnerships Team that is down (503) until {@link #teamDown} is cleared, then acknowledges. */
  private String partnershipsTeamStandIn() throws IOException {
    partnershipsTeam = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    partnershipsTeam.createContext("/", exchange -> {
      teamReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      boolean down = teamDown.get();
      byte[] answer = (down ? "{\"error\":\"maintenance\"}" : "{\"receiptReference\":\"TEAM-1\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(down ? 503 : 201, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    partnershipsTeam.start();
    return "http://localhost:" + partnershipsTeam.getAddress().getPort();
  }
}
