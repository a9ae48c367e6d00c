package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD_2;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Quarterly returns of an approved year whose quarter 1 ends on 30 June (due 14 July, 10 working
 * days later): on time, reminded, chased and escalated, below-forecast prompting a declaration.
 */
@Import(AbgYears.class)
class AbgQuarterlyReturnProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired AbgYears years;
  @Autowired MonitoringService monitoring;

  /** Opens the quarter's returns as the weekday timer would, the morning after 30 June; returns the CSC-WORKFORCE instance. */
  private ProcessInstance opened(String label) {
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    int start = Integer.parseInt(label.substring(0, 4));
    clockAt(LocalDateTime.of(start, 7, 1, 7, 0));
    ProcessInstance timer = runtimeService.startProcessInstanceByKey("AbgQuarterEnds");
    runDueJobs(timer.getId());
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ABG-" + label + "-Q1-CSC-WORKFORCE").singleResult();
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private List<Map<String, Object>> returnsOf(String label) {
    return jdbc.queryForList("select r.quarter, r.spend_to_date from abg_quarterly_return r join abg_activity a on a.id = r.activity_id "
        + "join abg_year y on y.id = a.year_id where y.label = ?", label);
  }

  private Map<String, Object> returnOf(String spend, String forecast) {
    Map<String, Object> form = new HashMap<>();
    form.put(AbgProcess.SPEND_TO_DATE, spend);
    form.put(AbgProcess.FORECAST_OUTTURN, forecast);
    return form;
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject() + " -> " + Arrays.toString(m.getAllRecipients());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void everyFundedActivitysLeadOfficerGetsATaskDueTenWorkingDaysAfterTheQuarterEnd() {
    ProcessInstance pi = opened("2081/82");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AbgProcess.QUARTERLY_RETURN)
        .processInstanceBusinessKeyLike("ABG-2081/82-Q1-%").count()).isEqualTo(9);
    Task task = task(pi.getId(), "Task_SubmitReturn");
    assertThat(task.getAssignee()).isEqualTo(LEAD_2);
    assertThat(task.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
        .isEqualTo(new ReturnDeadlines(new org.childrenstrust.commissioning.shared.calendar.WorkingDays())
            .returnDue(LocalDate.of(2081, 6, 30)));
    completeAs(LEAD_2, task, returnOf("48750.00", "195000.00"));
    assertThat(pi).hasPassed("Event_ReturnIn").isEnded();
  }

  @Test
  void aLateReturnIsRemindedChasedAndEscalated() {
    ProcessInstance pi = opened("2082/83");
    LocalDate due = new ReturnDeadlines(new org.childrenstrust.commissioning.shared.calendar.WorkingDays()).returnDue(LocalDate.of(2082, 6, 30));
    clockAt(due.plusDays(30).atTime(9, 0));
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_RemindLeadOfficer", "Task_ChaseLeadOfficer", "Task_EscalateToOfficers").isWaitingAt("Task_SubmitReturn");
    assertThat(subjects()).anyMatch(s -> s.startsWith("ABG 2082/83 Q1 return due") && s.contains("peter.walsh@"))
        .anyMatch(s -> s.startsWith("Overdue: ABG 2082/83 Q1 return") && s.contains("peter.walsh@"))
        .anyMatch(s -> s.startsWith("Escalation: ABG 2082/83 Q1 return missing") && s.contains("imran.qureshi@"));
    completeAs(LEAD_2, task(pi.getId(), "Task_SubmitReturn"), returnOf("48750.00", "195000.00"));
    assertThat(pi).isEnded();
  }

  @Test
  void aForecastBelowTheMarginAsksForAnUnderspendDeclaration() {
    String label = "2083/84";
    ProcessInstance pi = opened(label);
    completeAs(LEAD_2, task(pi.getId(), "Task_SubmitReturn"), returnOf("30000.00", "175000.00"));
    Task consider = task(pi.getId(), "Task_ConsiderUnderspend");
    Map<String, Object> declare = Map.of(AbgProcess.DECLARE_UNDERSPEND, true, AbgProcess.UNDERSPEND_AMOUNT, "20000.00",
        AbgProcess.UNDERSPEND_REASON, "Training places not taken up");
    completeAs(LEAD_2, consider, declare);
    assertThat(pi).isEnded();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION)
        .processInstanceBusinessKeyLike("ABG-" + label + "-U%").count()).isEqualTo(1);
    years.assertPotWhole(label);
  }

  @Test
  void anotherLeadOfficersReturnASecondReturnAndANegativeAmountAreRefused() {
    String label = "2084/85";
    ProcessInstance pi = opened(label);
    Task task = task(pi.getId(), "Task_SubmitReturn");
    // Tasklist does not let another lead officer work on the task; the domain refuses the return too
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> completeAs(LEAD, task, returnOf("1.00", "195000.00")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(rejection(() -> monitoring.submit(label, "CSC-WORKFORCE", 1, new java.math.BigDecimal("1"), new java.math.BigDecimal("1"),
        null, null, LEAD)).getMessage()).contains("Only the lead officer");
    assertThat(rejection(() -> completeAs(LEAD_2, task, returnOf("-1.00", "195000.00"))).getMessage()).contains("£0.00 or more");
    assertThat(rejection(() -> completeAs(LEAD_2, task, returnOf("lots", "195000.00"))).getMessage()).contains("is not an amount");
    assertThat(returnsOf(label)).as("nothing stored by the refused returns").isEmpty();
    assertThat(pi).isWaitingAt("Task_SubmitReturn");
    completeAs(LEAD_2, task, returnOf("48750.00", "195000.00"));
    assertThat(rejection(() -> monitoring.submit(label, "CSC-WORKFORCE", 1, new java.math.BigDecimal("1"), new java.math.BigDecimal("1"),
        null, null, LEAD_2)).getMessage()).contains("already submitted");
    assertThat(returnsOf(label)).singleElement().satisfies(r -> assertThat(r.get("spend_to_date")).isEqualTo(new java.math.BigDecimal("48750.00")));
    assertThat(rejection(() -> monitoring.submit(label, "CSC-WORKFORCE", 2, new java.math.BigDecimal("1"), new java.math.BigDecimal("1"),
        null, null, LEAD_2)).getMessage()).contains("month-by-month forecast");
  }
}
