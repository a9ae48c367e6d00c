package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.grants.abg.AllocationService.ReviewRow;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The annual allocation, one path per test, GovernanceDecision stubbed: the seed's timetable
 * (Management Group 7 January, Board 27 January, letters 5 February 2010) on the engine clock.
 */
@Import(AbgYears.class)
class AbgAnnualAllocationProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();
  @Autowired AbgYears years;
  @Autowired AllocationService allocations;
  private String stubDeployment;

  @BeforeEach
  void stubGovernanceDecision() {
    stubDeployment = repository().createDeployment().addModelInstance("GovernanceDecisionStub.bpmn",
        Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_StubDecision").name("Body decides").endEvent().done()).deploy().getId();
    clockAt(LocalDateTime.of(2009, 12, 14, 9, 0));
  }

  @AfterEach
  void removeStub() {
    repository().deleteDeployment(stubDeployment, true);
  }

  private RepositoryService repository() {
    return processEngine.getRepositoryService();
  }

  // --- wait states -------------------------------------------------------------------------

  private ProcessInstance openYear(String label) {
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    try {
      String definition = repository().createProcessDefinitionQuery().processDefinitionKey(AbgProcess.ANNUAL_ALLOCATION)
          .latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.FUNDING_PERCENT, "94", AbgProcess.REALLOCATION_POLICY, "SKIP"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  static String csv(List<GrantLineInput> lines) {
    return Stream.concat(Stream.of(String.join(",", GrantLinesCsv.HEADER)), lines.stream().map(l -> Stream.of(l.reference(), l.grantName(),
        text(l.grantThisYear()), text(l.previousAllocation()), text(l.actualSpendTwoYearsAgo()), text(l.actualSpendLastYear()), l.activityName(),
        l.leadOfficer(), l.hostOutcomeGroup(), l.laaTarget(), l.cyppPriority()).map(f -> f.contains(",") ? "\"" + f + "\"" : f)
        .collect(Collectors.joining(",")))).collect(Collectors.joining("\n"));
  }

  private static String text(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  private ProcessInstance loaded(String label) {
    ProcessInstance pi = openYear(label);
    completeAs(OFFICER, task(pi.getId(), "Task_LoadGrantLines"), Map.of(AbgProcess.GRANT_LINES_CSV, csv(AbgFixtures.lines())));
    years.assertPotWhole(label);
    return pi;
  }

  private Long yearId(ProcessInstance pi) {
    return ((Number) runtimeService.getVariable(pi.getId(), AbgProcess.YEAR_ID)).longValue();
  }

  /** The rule's proposal with the given exceptions: reference -> (kind, amount, reason). */
  private Map<String, Object> review(ProcessInstance pi, Map<String, ReviewRow> exceptions) {
    List<ReviewRow> rows = allocations.reviewRows(yearId(pi)).stream().map(r -> exceptions.getOrDefault(r.reference(), r)).toList();
    try {
      return Map.of(AbgProcess.ALLOCATION_ROWS, JSON.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ReviewRow exception(String reference, String kind, String amount, String reason) {
    return new ReviewRow(reference, null, null, null, null, null, null, kind, amount == null ? null : gbp(amount), reason);
  }

  static final Map<String, ReviewRow> SEED_EXCEPTIONS = Map.of(
      "CONNEXIONS", exception("CONNEXIONS", "FULL_GRANT", null, "The grant has already reduced significantly from 09/10"),
      "TFS", exception("TFS", "FIXED_AMOUNT", "337006", "Under a tender exercise"),
      "CF-PICKUP", exception("CF-PICKUP", "FIXED_AMOUNT", "106000", "Children's Fund staff pick-up outside the tender"),
      "CDR", exception("CDR", "ACTUAL_SPEND", null, "Actual spend below the allocation"),
      "SHADOW-BOARD", exception("SHADOW-BOARD", "EARMARK", "15000", "Participatory budgeting by young people"));

  private void reviewed(ProcessInstance pi) {
    completeAs(OFFICER, task(pi.getId(), "Task_ReviewAllocations"), review(pi, SEED_EXCEPTIONS));
  }

  private void decides(ProcessInstance pi, String callActivity, GovernanceDecision.Outcome outcome, String rationale, String meeting) {
    assertThat(pi).isWaitingAt(callActivity);
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    Task task = taskService.createTaskQuery().processInstanceId(decision.getId()).singleResult();
    taskService.complete(task.getId(), Map.of(GovernanceDecision.OUT_OUTCOME, outcome.name(),
        GovernanceDecision.OUT_RATIONALE, rationale, GovernanceDecision.OUT_MEETING, meeting));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- paths -------------------------------------------------------------------------------

  @Test
  void approvedByTheManagementGroupAndTheBoardThenEveryLeadOfficerGetsAFundingLetter() throws Exception {
    String label = "2061/62";
    ProcessInstance pi = loaded(label);
    reviewed(pi);
    years.assertPotWhole(label);
    clockAt(LocalDateTime.of(2010, 1, 7, 12, 0));
    decides(pi, "Call_ManagementGroupApproval", GovernanceDecision.Outcome.APPROVED, "Agreed", "ECG-2010-01-07");
    clockAt(LocalDateTime.of(2010, 1, 27, 12, 0));
    decides(pi, "Call_BoardApproval", GovernanceDecision.Outcome.APPROVED, "Agreed", "BOARD-2010-01-27");
    clockAt(LocalDateTime.of(2010, 2, 5, 9, 0));
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_ApproveAllocations", "Task_SendFundingLetters").isEnded();
    years.assertPotWhole(label);
    assertThat(years.allocationOf(label, "CONNEXIONS")).isEqualTo(gbp("1394246.00"));
    assertThat(years.allocationOf(label, "TFS")).isEqualTo(gbp("337006.00"));
    assertThat(years.unallocated(label)).isEqualTo(gbp("34856.20"));
    MimeMessage connexions = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).contains("Connexions service")).findFirst().orElseThrow();
    assertThat(connexions.getAllRecipients()[0].toString()).isEqualTo("nadia.karim@childrens-trust.example");
    MimeMultipart parts = (MimeMultipart) connexions.getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("£1,394,246.00", "the full grant (100%)",
        "within 10 working days of each quarter end", "quarter 2", "BOARD-2010-01-27");
    assertThat(parts.getBodyPart(1).getFileName()).endsWith("CONNEXIONS-funding-letter.pdf");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
  }

  @Test
  void aManagementGroupRejectionReturnsToTheOfficerWithTheRationale() {
    ProcessInstance pi = loaded("2062/63");
    reviewed(pi);
    decides(pi, "Call_ManagementGroupApproval", GovernanceDecision.Outcome.REJECTED, "Reconsider the Shadow Board earmark", "ECG-2010-01-07");
    Task rework = task(pi.getId(), "Task_ReviewAllocations");
    assertThat(taskService.getVariable(rework.getId(), AbgProcess.ALLOCATION_SUMMARY).toString())
        .contains("Returned by the Management Group (ECG-2010-01-07): Reconsider the Shadow Board earmark");
    reviewed(pi);
    decides(pi, "Call_ManagementGroupApproval", GovernanceDecision.Outcome.APPROVED, "Agreed", "ECG-2010-01-14");
    assertThat(pi).isWaitingAt("Call_BoardApproval");
  }

  @Test
  void aBoardRejectionReturnsToTheOfficerWithTheRationale() {
    String label = "2063/64";
    ProcessInstance pi = loaded(label);
    reviewed(pi);
    decides(pi, "Call_ManagementGroupApproval", GovernanceDecision.Outcome.APPROVED, "Agreed", "ECG-2010-01-07");
    decides(pi, "Call_BoardApproval", GovernanceDecision.Outcome.REJECTED, "Workforce first", "BOARD-2010-01-27");
    Task rework = task(pi.getId(), "Task_ReviewAllocations");
    assertThat(taskService.getVariable(rework.getId(), AbgProcess.ALLOCATION_SUMMARY).toString())
        .contains("Returned by the Board (BOARD-2010-01-27): Workforce first");
    assertThat(allocations.year(yearId(pi)).getStatus()).isEqualTo(org.childrenstrust.commissioning.grants.abg.domain.AbgYear.Status.DRAFT);
    years.assertPotWhole(label);
  }

  @Test
  void anOvercommittedPotCannotGoForward() {
    String label = "2064/65";
    ProcessInstance pi = loaded(label);
    Map<String, ReviewRow> overcommitted = new java.util.HashMap<>(SEED_EXCEPTIONS);
    overcommitted.put("SHADOW-BOARD", exception("SHADOW-BOARD", "EARMARK", "50000", "Participatory budgeting"));
    assertThat(rejection(() -> completeAs(OFFICER, task(pi.getId(), "Task_ReviewAllocations"), review(pi, overcommitted))).getMessage())
        .contains("overcommitted", "(£143.80 too much)");
    assertThat(pi).isWaitingAt("Task_ReviewAllocations");
    assertThat(years.allocationOf(label, "CONNEXIONS")).isEqualTo(gbp("1310591.24"));
    years.assertPotWhole(label);
  }

  @Test
  void anExceptionWithoutAReasonIsRefused() {
    String label = "2065/66";
    ProcessInstance pi = loaded(label);
    assertThat(rejection(() -> completeAs(OFFICER, task(pi.getId(), "Task_ReviewAllocations"),
        review(pi, Map.of("CONNEXIONS", exception("CONNEXIONS", "FULL_GRANT", null, " "))))).getMessage())
        .contains("CONNEXIONS (FULL_GRANT) needs a recorded reason");
    assertThat(years.allocationOf(label, "CONNEXIONS")).isEqualTo(gbp("1310591.24"));
  }

  @Test
  void aCsvWithBadRowsIsRefusedLineByLineAndLoadsNothing() {
    String label = "2066/67";
    ProcessInstance pi = openYear(label);
    List<GrantLineInput> lines = AbgFixtures.lines();
    String bad = csv(lines.subList(0, 2)) + "\nBAD,Some grant,lots,,,,Activity,nadia.karim,outcome-stay-safe,NI 1,CYPP\n"
        + "BAD2,Other grant,100,,,,Activity,nobody.here,outcome-nowhere,NI 1,CYPP";
    String message = rejection(() -> completeAs(OFFICER, task(pi.getId(), "Task_LoadGrantLines"),
        Map.of(AbgProcess.GRANT_LINES_CSV, bad))).getMessage();
    assertThat(message).contains("Nothing was loaded", "Line 4: 'lots' is not an amount for grant this year",
        "Line 5: no user 'nobody.here'", "'outcome-nowhere' is not an outcome group");
    assertThat(pi).isWaitingAt("Task_LoadGrantLines");
    assertThat(allocations.year(yearId(pi)).getPot()).isEqualTo(gbp("0.00"));
    assertThat(allocations.hasGrantLines(yearId(pi))).as("no grant line loaded").isFalse();
  }
}
