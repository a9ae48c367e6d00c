package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The lead officer drafts the Trust's proposal and the PMG recommends levels, in Tasklist on the real Camunda Forms. */
@ExtendWith(BrowserExtension.class)
class PrgTasklistBrowserTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RoundService rounds;
  @Autowired PartnershipsTeam partnershipsTeam;
  @Autowired PrgProposalRepository proposals;
  @Autowired TransactionTemplate transaction;

  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = repositoryService.createDeployment().name("GovernanceDecision stub (PRG browser)")
        .addModelInstance("GovernanceDecisionStub.bpmn", Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_StubDecision").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void removeStub() {
    repositoryService.deleteDeployment(stubDeployment, true);
  }

  @Test
  void theLeadOfficerSeesTheVariantsAndASinglePartnerIsRefused(Browser browser) {
    rounds.open(PrgFixtures.round("2071/72", LocalDate.of(2071, 5, 22)), "ruth.adeyemi");
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PrgProposalProcess.PROCESS_KEY,
        Map.of(PrgProposalProcess.ROUND_REFERENCE, "PRG-2071-72"));
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    taskService.complete(taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult().getId(),
        Map.of(GovernanceDecision.OUT_OUTCOME, "APPROVED", GovernanceDecision.OUT_RATIONALE, "Recommend young carers",
            GovernanceDecision.OUT_MEETING, "ECG-2071-03-10"));
    runDueJobs(pi.getId());

    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.COMMISSIONING_OFFICER.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Draft the PRG proposal").claim();
    assertThat(tasklist.value("Equal share")).isEqualTo("£145,034.60");
    assertThat(tasklist.value("20% less")).isEqualTo("£116,027.68");
    assertThat(tasklist.value("20% more")).isEqualTo("£174,041.52");
    CamundaForm form = tasklist.form();
    form.fillText("Project title", "Young carers' breaks")
        .fillTextArea("Outline of the project at the equal share", "Short breaks for young carers.")
        .fillTextArea("How the project provides additionality to the Delivery Partnership's Action Plan", "Beyond identification.")
        .fillTextArea("Evidence of innovation or learning from best practice", "Young carers pilots.")
        .fillTextArea("Community Strategy outcomes the project will help to achieve", "Healthier communities.")
        .fillTextArea("Community Strategy cross-cutting principles the project will help to achieve", "Inclusion.")
        .fillTextArea("How the project would be progressed with 20% less funding, and the impact on outcomes and cross-cutting issues",
            "Fewer families.")
        .fillTextArea("The added value the project would gain with 20% more funding", "A third peer group.");
    CamundaForm.DynamicList partners = form.dynamicList("Evidence of joint working: partners and partnerships involved (at least two)");
    partners.row(0).fillText("Partner organisation", "County Council");
    partners.removeRow(1);
    tasklist.save();
    assertThat(tasklist.completeExpectingError()).contains("name at least two partner organisations (1 given)");
    assertThat(proposal("PRG-2071-72-CT").getStatus()).isEqualTo(PrgProposal.Status.DRAFTING);

    partners.addRow().fillText("Partner organisation", "NHS Suffolk");
    tasklist.save();
    tasklist.complete();
    assertThat(pi).isWaitingAt("Task_SignOffProposal");
    assertThat(proposal("PRG-2071-72-CT").getPartners()).containsExactly("County Council", "NHS Suffolk");
  }

  @Test
  void thePmgScoresAndRecommendsALevelForEachProposal(Browser browser) {
    LocalDate deadline = LocalDate.of(2025, 5, 22);
    clockAt(deadline.minusMonths(1).atTime(9, 0));
    rounds.open(PrgFixtures.round("2024/25", deadline), "ruth.adeyemi");
    for (int i = 1; i <= 2; i++) {
      partnershipsTeam.receive(new PartnershipsTeam.Submission("PRG-2024-25-P" + i, "PRG-2024-25", PrgFixtures.NINE.get(i),
          PrgFixtures.content("County Council", "Suffolk Constabulary"), null), "tom.hadley");
    }
    ClockUtil.reset();
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PrgAwardProcess.PROCESS_KEY,
        Map.of(PrgAwardProcess.ROUND_REFERENCE, "PRG-2024-25"));

    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.PMG_MEMBER.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
    tasklist.openTask("Score proposals and recommend levels").claim();
    CamundaForm.DynamicList rows = tasklist.form().dynamicList("Proposals received");
    assertThat(rows.rowCount()).isEqualTo(2);
    assertThat(rows.row(0).value("Delivery partnership")).isEqualTo(PrgFixtures.NINE.get(1));
    String[] levels = {"20% more than the equal share", "The equal share"};
    for (int i = 0; i < 2; i++) {
      rows.row(i).setNumber("Additionality", 4).setNumber("Innovation", 3).setNumber("Community Strategy outcomes", 4)
          .setNumber("Joint working", 5)
          .fillTextArea("Current and projected performance against LAA targets", "NI 111 improving")
          .fillTextArea("Other mainstream funding and resources available", "None")
          .choose("Recommended level", levels[i]);
    }
    tasklist.save();
    tasklist.complete();

    assertThat(pi).isWaitingAt("Call_SspBoardDecides");
    assertThat(partnershipsTeam.receivedFor("PRG-2024-25")).extracting(ReceivedProposal::getRecommendedLevel)
        .containsExactly(ReceivedProposal.Level.MORE, ReceivedProposal.Level.EQUAL);
    assertThat(rounds.round("PRG-2024-25").getStatus()).isEqualTo(PrgRound.Status.RECOMMENDED);
  }

  private PrgProposal proposal(String reference) {
    return transaction.execute(status -> {
      PrgProposal proposal = proposals.findByReference(reference).orElseThrow();
      proposal.getPartners();
      return proposal;
    });
  }
}
