package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.grants.abg.domain.AbgYear;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.childrenstrust.commissioning.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data: the seed's 2010/11 figures, Q1 returns in, and a reallocation the Management Group sees in Tasklist. */
@Import(AbgYears.class)
class AbgDemoDataTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired AbgYears years;
  @Autowired AllocationService allocations;
  @Autowired JdbcTemplate jdbc;
  @Autowired AbgRules rules;

  @Test
  void theSeedsYearIsAllocatedAndApprovedWithItsFigures() {
    AbgYear year = allocations.year("2010/11");
    assertThat(year.getStatus()).isEqualTo(AbgYear.Status.APPROVED);
    assertThat(year.getPot()).isEqualTo(gbp("2534268.20"));
    assertThat(year.getManagementGroupMeeting()).isEqualTo("ECG-2010-01-07");
    assertThat(year.getBoardMeeting()).isEqualTo("BOARD-2010-01-27");
    assertThat(years.allocationOf("2010/11", "CONNEXIONS")).isEqualTo(gbp("1394246.00"));
    assertThat(years.allocationOf("2010/11", "TFS")).isEqualTo(gbp("337006.00"));
    assertThat(years.allocationOf("2010/11", "CF-PICKUP")).isEqualTo(gbp("106000.00"));
    assertThat(jdbc.queryForObject("select count(*) from abg_quarterly_return r join abg_activity a on a.id = r.activity_id "
        + "join abg_year y on y.id = a.year_id where y.label = '2010/11' and r.quarter = 1", Integer.class)).isEqualTo(9);
    years.assertPotWhole("2010/11");
  }

  @Test
  void thePriorityListIsDueByJulyOnAWorkingDay() {
    // "by July 2010": Saturday 31 July 2010 moves to Friday 30 July
    assertThat(rules.rankingDueDate(allocations.year("2010/11").getId())).isEqualTo("2010-07-30");
  }

  @Test
  void theManagementGroupSeesTheProposedReallocationInTasklist() {
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(AbgProcess.UNDERSPEND_REALLOCATION)
        .processInstanceBusinessKeyLike("ABG-2010/11-U%").singleResult();
    runDueJobs(pi.getId());
    Task review = taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("management-group").singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewReallocation");
    assertThat(taskService.getVariable(review.getId(), AbgProcess.REALLOCATION_SUMMARY).toString()).contains(
        "Available (unallocated): £54,856.20", "1. School-based counselling (PL-COUNSELLING, £30,000.00): fund £30,000.00",
        "2. CAMHS early intervention in schools (PL-CAMHS, £18,500.00): fund £18,500.00",
        "3. Bullying and e-safety training (PL-ESAFETY, £25,000.00): not funded, costs £25,000.00, £6,356.20 left",
        "Left unallocated for the next declaration: £6,356.20");
    years.assertPotWhole("2010/11");
  }
}
