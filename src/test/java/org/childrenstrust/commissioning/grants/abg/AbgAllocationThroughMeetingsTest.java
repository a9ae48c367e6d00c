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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The annual allocation end to end through the real {@code GovernanceDecision} call activity: the
 * request joins the Management Group's (ECG) agenda, the clerk records the meeting of 7 January 2010
 * with the decision minuted, then the same for the Board of 27 January 2010; the letters go on
 * 5 February 2010 (the seed's timetable). The meetings are driven only through their Tasklist forms
 * (start form, draft agenda, chair's approval, record of the meeting), as people would.
 */
@Import(AbgYears.class)
class AbgAllocationThroughMeetingsTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLERK = "clara.jones";

  @Autowired AbgYears years;
  @Autowired AllocationService allocations;

  @Test
  void theManagementGroupAndTheBoardDecideInTheirMeetingsAndTheLeadOfficersAreFunded() throws Exception {
    String label = "2111/12";
    clockAt(LocalDateTime.of(2009, 12, 14, 9, 0));
    ProcessInstance abg = openedLoadedAndReviewed(label);
    years.assertPotWhole(label);
    assertThat(abg).isWaitingAt("Call_ManagementGroupApproval");

    ProcessInstance ecg = scheduleMeeting("ECG", "2010-01-07");
    List<Map<String, Object>> agenda = publishAgenda(ecg, "priya.shah");
    Map<String, Object> item = itemAbout(agenda, label);
    assertThat(item.get("description").toString()).isEqualTo("Decision: ABG " + label + ": allocation of the Children's Trust's Area Based Grant");
    assertThat(item.get("attachmentTitle")).isEqualTo("ABG allocations");
    recordMeeting(ecg, LocalDateTime.of(2010, 1, 7, 10, 0), label, "APPROVED", "Recommended to the Board as proposed");

    assertThat(abg).hasPassed("Call_ManagementGroupApproval").isWaitingAt("Call_BoardApproval");
    assertThat(runtimeService.getVariable(abg.getId(), AbgProcess.MANAGEMENT_GROUP_MEETING)).isEqualTo("ECG-2010-01-07");

    clockAt(LocalDateTime.of(2010, 1, 8, 9, 0));
    runDueJobs(decisionOf(abg).getId());
    ProcessInstance board = scheduleMeeting("BOARD", "2010-01-27");
    publishAgenda(board, "hannah.wells");
    recordMeeting(board, LocalDateTime.of(2010, 1, 27, 10, 0), label, "APPROVED", "Approved: Connexions at 100%, TFS under tender");

    clockAt(LocalDateTime.of(2010, 2, 5, 9, 0));
    runDueJobs(abg.getId());
    assertThat(abg).hasPassed("Call_BoardApproval", "Task_ApproveAllocations", "Task_SendFundingLetters").isEnded();
    AbgYear year = allocations.year(label);
    assertThat(year.getStatus()).isEqualTo(AbgYear.Status.APPROVED);
    assertThat(year.getManagementGroupMeeting()).isEqualTo("ECG-2010-01-07");
    assertThat(year.getBoardMeeting()).isEqualTo("BOARD-2010-01-27");
    years.assertPotWhole(label);
    assertThat(years.allocationOf(label, "CONNEXIONS")).isEqualTo(gbp("1394246.00"));
    assertThat(years.allocationOf(label, "TFS")).isEqualTo(gbp("337006.00"));
    assertThat(years.unallocated(label)).isEqualTo(gbp("34856.20"));
    assertThat(years.historyOf(label, "CONNEXIONS")).last()
        .satisfies(change -> assertThat(change.get("decision_reference").toString()).contains("BOARD-2010-01-27"));

    MimeMessage letter = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).startsWith("ABG " + label + " funding letter: Connexions")).findFirst().orElseThrow();
    assertThat(letter.getAllRecipients()[0].toString()).isEqualTo("nadia.karim@childrens-trust.example");
    assertThat((String) ((MimeMultipart) letter.getContent()).getBodyPart(0).getContent())
        .contains("£1,394,246.00", "BOARD-2010-01-27", "ECG-2010-01-07");
  }

  // --- the ABG side ----------------------------------------------------------------------------

  private ProcessInstance openedLoadedAndReviewed(String label) throws JsonProcessingException {
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    ProcessInstance pi;
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AbgProcess.ANNUAL_ALLOCATION).latestVersion().singleResult().getId();
      pi = processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.FUNDING_PERCENT, "94", AbgProcess.REALLOCATION_POLICY, "SKIP"));
    } finally {
      identityService.clearAuthentication();
    }
    completeAs(OFFICER, task(pi.getId(), "Task_LoadGrantLines"),
        Map.of(AbgProcess.GRANT_LINES_CSV, AbgAnnualAllocationProcessTest.csv(AbgFixtures.lines())));
    Long yearId = ((Number) runtimeService.getVariable(pi.getId(), AbgProcess.YEAR_ID)).longValue();
    List<AllocationService.ReviewRow> rows = allocations.reviewRows(yearId).stream()
        .map(r -> AbgAnnualAllocationProcessTest.SEED_EXCEPTIONS.getOrDefault(r.reference(), r)).toList();
    completeAs(OFFICER, task(pi.getId(), "Task_ReviewAllocations"), Map.of(AbgProcess.ALLOCATION_ROWS, JSON.writeValueAsString(rows)));
    runDueJobs(decisionOf(pi).getId());
    return pi;
  }

  private ProcessInstance decisionOf(ProcessInstance caller) {
    ProcessInstance decision = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
    assertThat(decision).as("the GovernanceDecision instance called by " + caller.getId()).isNotNull();
    assertThat(decision.getProcessDefinitionId()).startsWith(GovernanceDecision.PROCESS_KEY + ":");
    return decision;
  }

  // --- the meeting, through its forms ----------------------------------------------------------

  private ProcessInstance scheduleMeeting(String body, String date) {
    String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("AgendaToMinutes").latestVersion().singleResult().getId();
    identityService.setAuthentication(CLERK, List.of("clerks"));
    ProcessInstance meeting;
    try {
      meeting = processEngine.getFormService().submitStartForm(definition, Map.of("bodyCode", body,
          "meetingDate", date, "startTime", "10:00", "endTime", "12:00", "place", "Shire Hall"));
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs(meeting.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(meeting.getId()).singleResult().getBusinessKey())
        .isEqualTo(body + "-" + date);
    return meeting;
  }

  /** The clerk keeps the drafted agenda (pending decisions included); the chair approves it; it is published. */
  private List<Map<String, Object>> publishAgenda(ProcessInstance meeting, String chair) {
    Task draft = task(meeting.getId(), "Task_DraftAgenda");
    List<Map<String, Object>> agenda = rows(draft, "agendaItems");
    completeAs(CLERK, draft, Map.of("agendaItems", json(agenda), "overrunAcknowledged", true));
    completeAs(chair, task(meeting.getId(), "Task_ApproveAgenda"), Map.of("agendaDecision", ApprovalChoice.APPROVE));
    runDueJobs(meeting.getId());
    return agenda;
  }

  /** The meeting is held; the clerk minutes this year's decision item with the outcome and its rationale. */
  private void recordMeeting(ProcessInstance meeting, LocalDateTime start, String label, String outcome, String rationale) {
    clockAt(start);
    runDueJobs(meeting.getId());
    Task record = task(meeting.getId(), "Task_RecordMeeting");
    List<Map<String, Object>> minutes = new ArrayList<>();
    for (Map<String, Object> row : rows(record, "itemMinutes")) {
      Map<String, Object> minute = new HashMap<>(row);
      boolean ours = String.valueOf(row.get("description")).contains("ABG " + label + ":");
      boolean otherDecision = !ours && String.valueOf(row.get("description")).startsWith("Decision:");
      minute.put("business", "Discussed: " + row.get("description"));
      minute.put("outcome", ours ? outcome : otherDecision ? "DEFERRED" : "NOTED");
      minute.put("decision", ours ? "Allocations " + label + " " + outcome.toLowerCase() : "Noted");
      minute.put("rationale", ours ? rationale : "Noted");
      minute.put("leads", "IQ");
      minutes.add(minute);
    }
    assertThat(minutes).as("the agenda carries the allocation decision").anyMatch(m -> m.get("outcome").equals(outcome));
    Map<String, Object> form = new HashMap<>(Map.of("attendance", json(List.of(
            Map.of("personName", "Priya Shah", "organisation", "County Council", "status", "PRESENT", "chair", true),
            Map.of("personName", "Tom Hadley", "organisation", "Constabulary", "status", "PRESENT"))),
        "itemMinutes", json(minutes), "declarations", json(List.of()), "actions", json(List.of())));
    if (!String.valueOf(taskService.getVariable(record.getId(), "minutesToConfirm")).isBlank()
        && taskService.getVariable(record.getId(), "minutesToConfirm") != null) {
      form.put("confirmPreviousMinutes", "confirmed");
    }
    completeAs(CLERK, record, form);
    runDueJobs(meeting.getId());
  }

  private static Map<String, Object> itemAbout(List<Map<String, Object>> agenda, String label) {
    return agenda.stream().filter(i -> String.valueOf(i.get("description")).contains("ABG " + label + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("No agenda item for ABG " + label + " in " + agenda));
  }

  private List<Map<String, Object>> rows(Task task, String name) {
    String json = ((SerializableValue) taskService.getVariableTyped(task.getId(), name, false)).getValueSerialized();
    try {
      return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, Map.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object json(List<?> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
