package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.HEAD;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.LEAD_2;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ABG's main human steps in Tasklist, on the real Camunda Forms in Chromium: the lead officer
 * submits a quarterly return (a wrong amount is refused first), and a Management Group member sees
 * the proposed reallocation of an underspend down the approved priority list.
 */
@ExtendWith(BrowserExtension.class)
@Import(AbgYears.class)
class AbgTasklistBrowserTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired AbgYears years;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;

  @Test
  void theLeadOfficerSubmitsHerQuarterlyReturn(Browser browser) {
    String label = "2106/07";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    clockAt(LocalDateTime.of(2106, 7, 1, 7, 0));
    runDueJobs(runtimeService.startProcessInstanceByKey("AbgQuarterEnds").getId());
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ABG-" + label + "-Q1-CSC-WORKFORCE")
        .singleResult();
    ClockUtil.reset();

    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.ABG_LEAD_OFFICER_2.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_TASKS);
    tasklist.openTask("Submit quarterly return: Children's social care workforce: training and development of social workers, Q1 " + label);
    assertThat(tasklist.value("Activity")).contains("Allocation " + label + ": £195,000.00", "Quarter 1 return due by 2106-07-14");
    CamundaForm form = tasklist.form();
    form.fillText("Spend to date (£)", "lots").fillText("Forecast outturn for the year (£)", "195000.00");
    assertThat(tasklist.completeExpectingError()).contains("'lots' is not an amount");
    assertThat(jdbc.queryForObject("select count(*) from abg_quarterly_return r join abg_activity a on a.id = r.activity_id "
        + "join abg_year y on y.id = a.year_id where y.label = ?", Integer.class, label)).isZero();

    tasklist.dismissNotifications();
    form.fillText("Spend to date (£)", "48750.00").fillTextArea("Commentary", "Training programme on track");
    tasklist.complete();

    assertThat(pi).hasPassed("Event_ReturnIn").isEnded();
    Map<String, Object> saved = jdbc.queryForMap("select r.spend_to_date, r.forecast_outturn, r.submitted_by, r.commentary "
        + "from abg_quarterly_return r join abg_activity a on a.id = r.activity_id join abg_year y on y.id = a.year_id "
        + "where y.label = ? and a.reference = 'CSC-WORKFORCE' and r.quarter = 1", label);
    assertThat(saved).containsEntry("spend_to_date", gbp("48750.00")).containsEntry("forecast_outturn", gbp("195000.00"))
        .containsEntry("submitted_by", LEAD_2).containsEntry("commentary", "Training programme on track");
    years.assertPotWhole(label);
  }

  @Test
  void aManagementGroupMemberSeesTheProposedReallocation(Browser browser) {
    String stub = repositoryService.createDeployment().name("GovernanceDecision stub (ABG browser)")
        .addModelInstance("GovernanceDecisionStub.bpmn", Bpmn.createExecutableProcess(GovernanceDecision.PROCESS_KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_StubDecision").endEvent().done())
        .deploy().getId();
    try {
      String label = "2107/08";
      ProcessInstance pi = proposedReallocation(label);

      Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.ECG_MEMBER.id(), DemoUsers.PASSWORD);
      tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
      tasklist.openTask("Review proposed reallocation: ABG " + label + ", £54,856.20 (underspend on Children's social care workforce: "
          + "training and development of social workers)").claim();
      assertThat(tasklist.value("Proposal")).contains("Underspend: Children's social care workforce", "£20,000.00",
          "Available (unallocated): £54,856.20; policy SKIP",
          "1. School-based counselling (PL-COUNSELLING, £30,000.00): fund £30,000.00",
          "2. Bullying and e-safety training (PL-ESAFETY, £25,000.00): not funded, costs £25,000.00, £24,856.20 left",
          "3. Aiming High short breaks (PL-AIMING-HIGH, £10,000.00): fund £10,000.00",
          "Left unallocated for the next declaration: £14,856.20");
      // the list is read-only (no add or remove), so form-js draws its rows without the row containers the harness walks
      assertThat(listColumn(browser, "Field_ReviewTitle")).containsExactly("School-based counselling", "Bullying and e-safety training",
          "Aiming High short breaks");
      assertThat(listColumn(browser, "Field_ReviewNote")).containsExactly("funded", "costs £25,000.00, £24,856.20 left", "funded");
      assertThat(listColumn(browser, "Field_ReviewProposed")).containsExactly("30000", "0", "10000");
      tasklist.complete();

      assertThat(pi).isWaitingAt("Call_ManagementGroupDecision");
      years.assertPotWhole(label);
      assertThat(years.unallocated(label)).as("nothing moves before the decision").isEqualTo(gbp("54856.20"));
    } finally {
      repositoryService.deleteDeployment(stub, true);
    }
  }

  /** The values a read-only dynamic list shows in one column, row by row (its inputs are Field_x_0, Field_x_1, ...). */
  private static List<String> listColumn(Browser browser, String fieldId) {
    return browser.waitUntil("the column " + fieldId, d -> {
      List<String> values = browser.script("""
          return Array.prototype.map.call(document.querySelectorAll('.fjs-form input[id*="-' + arguments[0] + '_"]'),
              function (i) { return i.value; });
          """, fieldId);
      return values == null || values.isEmpty() ? null : values;
    });
  }

  /** Approved year; the social care workforce's £20,000.00 underspend declared and confirmed; the walk proposed. */
  private ProcessInstance proposedReallocation(String label) {
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    clockAt(LocalDateTime.of(Integer.parseInt(label.substring(0, 4)), 8, 2, 9, 0));
    identityService.setAuthentication(LEAD_2, List.of("lead-officers"));
    ProcessInstance pi;
    try {
      String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION)
          .latestVersion().singleResult().getId();
      pi = processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.ACTIVITY_REFERENCE, "CSC-WORKFORCE", AbgProcess.UNDERSPEND_AMOUNT, "20000.00",
          AbgProcess.UNDERSPEND_REASON, "Two training places not taken up until the autumn"));
    } finally {
      identityService.clearAuthentication();
    }
    completeAs(HEAD, task(pi.getId(), "Task_ConfirmUnderspend"), Map.of(AbgProcess.CONFIRMATION, AbgTaskForms.CONFIRM));
    runDueJobs(pi.getId());
    task(pi.getId(), "Task_ReviewReallocation");
    ClockUtil.reset();
    return pi;
  }
}
