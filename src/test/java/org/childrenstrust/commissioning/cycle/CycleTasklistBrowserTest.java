package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.ServiceReview;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.CamundaForm;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Commissioner in Tasklist, in headless Chromium, on the real Camunda Forms: recording the
 * involvement of young people to leave Understand, and recommending the outcome of a service review.
 */
@ExtendWith(BrowserExtension.class)
class CycleTasklistBrowserTest extends CycleProcessTestSupport {

  @LocalServerPort int port;

  private Tasklist commissionerOpens(Browser browser, String taskName) {
    ClockUtil.reset();
    Tasklist tasklist = Tasklist.open(browser, port).login(DemoUsers.COMMISSIONING_OFFICER.id(), DemoUsers.PASSWORD);
    tasklist.selectFilter(TasklistFilters.MY_TASKS);
    tasklist.openTask(taskName);
    return tasklist;
  }

  @Test
  void theCommissionerCannotLeaveUnderstandWithoutInvolvementThenRecordsItAndTheOutcomeGroupScrutinises(Browser browser) {
    ProcessInstance pi = started();
    CycleRecord cycle = cycleOf(pi);
    Tasklist tasklist = commissionerOpens(browser, "Understand needs: " + cycle.getServiceArea().getName() + ", 2010/11");
    CamundaForm form = tasklist.form();
    form.fillTextArea("Needs: what the evidence says", "Conceptions under 18 above the regional rate (JSNA 2009)")
        .fillTextArea("Current provision (services mapped)", "Two clinics; school nursing")
        .fillTextArea("Each partner's spend", "Council £80,000; NHS £60,000")
        .fillTextArea("Outcomes wanted", "Fewer conceptions; more teenage parents in learning");
    form.dynamicList("Evidence").addRow()
        .choose("Kind", "Joint Strategic Needs Assessment (JSNA)")
        .fillText("Title", "JSNA 2009")
        .fillTextArea("What it shows", "Rate 41 per 1,000");

    String refusal = tasklist.completeExpectingError();
    assertThat(refusal).contains("at least one involvement record of children, young people, parents or carers is required");
    assertThat(cycleOf(pi).needsAssessed()).isFalse();
    assertThat(repos.evidence.countByCycle(cycle)).isZero();
    assertThat(pi).isWaitingAt("Task_AssessNeeds");

    tasklist.dismissNotifications();
    form.dynamicList(INVOLVEMENT_LIST).addRow()
        .choose("Who", "Young people")
        .fillText("How (survey, panel, focus group...)", "Focus group at the youth centre")
        .setNumber("How many", 12)
        .setDate("When", LocalDate.of(2010, 3, 18))
        .fillTextArea("What they said", "Clinics close too early")
        .fillTextArea("What changed because of it", "Evening sessions in the plan");
    tasklist.complete();

    assertThat(cycleOf(pi).needsAssessed()).isTrue();
    assertThat(repos.evidence.countByCycle(cycle)).isEqualTo(1);
    assertThat(repos.involvement.findByCycleOrderByHeldOn(cycle)).singleElement().satisfies(record -> {
      assertThat(record.getWho().name()).isEqualTo("YOUNG_PEOPLE");
      assertThat(record.getHowMany()).isEqualTo(12);
      assertThat(record.getHeldOn()).isEqualTo(LocalDate.of(2010, 3, 18));
      assertThat(record.getWhatChanged()).isEqualTo("Evening sessions in the plan");
    });
    assertThat(pi).isWaitingAt("Task_ScrutiniseNeeds");
  }

  static final String INVOLVEMENT_LIST = "Involvement: children, young people, parents, carers (providers may be added too, but do not count on their own)";

  @Test
  void aDecommissioningRecommendationNeedsAReasonAndThenGoesToTheDecision(Browser browser) {
    ProcessInstance pi = inReview();
    CycleRecord cycle = cycleOf(pi);
    String taskName = task(pi.getId(), "Task_ReviewService").getName();
    assertThat(taskName).startsWith("Review service: ").contains(cycle.getServiceArea().getName());
    Tasklist tasklist = commissionerOpens(browser, taskName);
    CamundaForm form = tasklist.form();
    form.fillTextArea("Findings", "Take-up fell by half; evening sessions unused")
        .fillTextArea("Indicators: how the service did", "NI 112 off track")
        .fillTextArea("Service users' views", "Young people rate it 2/5")
        .fillTextArea("Value for money", "£1,400 per young person reached")
        .choose("Recommendation", "Decommission");

    String refusal = tasklist.completeExpectingError();
    assertThat(refusal).contains("Give the reason for decommissioning: inefficient, ineffective, inequitable or unsustainable.");
    assertThat(repos.reviews.findByCycleOrderByIdDesc(cycle)).isEmpty();
    assertThat(pi).isWaitingAt("Task_ReviewService");

    tasklist.dismissNotifications();
    form.choose("Reason for decommissioning", "Ineffective")
        .check("The need remains (a new cycle starts at Understand with these findings)");
    tasklist.complete();

    assertThat(repos.reviews.findByCycleOrderByIdDesc(cycle)).first().satisfies(review -> {
      assertThat(review.getRecommendation()).isEqualTo(ServiceReview.Recommendation.DECOMMISSION);
      assertThat(review.getReason()).isEqualTo(ServiceReview.Reason.INEFFECTIVE);
      assertThat(review.isNeedRemains()).isTrue();
    });
    clockAt(LocalDateTime.of(2011, 6, 3, 9, 0));
    runJobs(pi);
    assertThat(pi).hasPassed("Task_ReviewService").isWaitingAt("Task_RecordReviewDeclarations");
  }
}
