package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.ATTENDANCE;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.formList;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.itemMinutes;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of AgendaToMinutes, through the Spring context with the real services, forms data as
 * Tasklist submits it, the engine clock moved and jobs run by the test, e-mail to an in-process
 * SMTP server. Each test uses its own governance body so that meetings do not meet each other.
 */
class AgendaToMinutesProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String CLERK = "clara.jones";

  @Autowired MeetingService meetingService;
  @Autowired ForwardPlanService forwardPlan;
  @Autowired TransactionTemplate transaction;

  /** Schedules the meeting; its process collects the agenda items in its first (asynchronous) step. */
  private Meeting schedule(String body, LocalDate date) {
    Meeting meeting = meetingService.schedule(body, date, LocalTime.of(10, 0), LocalTime.of(12, 0), "Endeavour House");
    ProcessInstance pi = instanceOf(meeting);
    assertThat(pi).isWaitingAt("Task_CollectAgendaItems");
    runDueJobs(pi.getId());
    return meeting;
  }

  private ProcessInstance instanceOf(Meeting meeting) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(meeting.getReference()).singleResult();
  }

  private Meeting reload(Meeting meeting) {
    return transaction.execute(status -> {
      Meeting m = meetingService.meeting(meeting.getId());
      m.getItems().forEach(i -> i.getDeclarations().size());
      m.getAttendance().size();
      m.getActions().size();
      m.getAmendments().size();
      if (m.getMinutesConfirmedAt() != null) {
        m.getMinutesConfirmedAt().getReference();
      }
      return m;
    });
  }

  private void draftUnchanged(ProcessInstance pi) {
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS,
        json(formList(taskService, draft, MeetingProcess.AGENDA_ITEMS)), MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
  }

  private void chairDecidesAgenda(ProcessInstance pi, String chair, String decision, String comments) {
    completeAs(chair, task(pi.getId(), "Task_ApproveAgenda"), Map.of(MeetingProcess.AGENDA_DECISION, decision,
        MeetingProcess.AGENDA_COMMENTS, comments));
  }

  private List<Integer> itemNumbers(Meeting meeting) {
    return reload(meeting).orderedItems().stream().map(AgendaItem::getNumber).toList();
  }

  private void record(ProcessInstance pi, String taskKey, Meeting meeting, Map<Integer, String> outcomes, String actions) {
    completeAs(CLERK, task(pi.getId(), taskKey), Map.of(
        MeetingProcess.ATTENDANCE, json(ATTENDANCE),
        MeetingProcess.ITEM_MINUTES, json(itemMinutes(itemNumbers(meeting), outcomes)),
        MeetingProcess.DECLARATIONS, json("[{\"itemNumber\":3,\"personName\":\"Sam Rowe\",\"kind\":\"SERVICE\",\"details\":\"Manages a provider\"}]"),
        MeetingProcess.ACTIONS, json(actions),
        MeetingProcess.ANY_OTHER_BUSINESS, "None.",
        MeetingProcess.NEXT_MEETING_NOTE, "21 April, 10:00, Endeavour House"));
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void fullCycleFromAgendaToMinutesApprovedAtTheNextMeeting() throws Exception {
    clockAt(LocalDateTime.of(2027, 3, 1, 9, 0));
    transaction.executeWithoutResult(s -> forwardPlan.add(meetingService.body("BE-HEALTHY"),
        CommissioningOutcome.BE_HEALTHY, "Childhood obesity pathway", "Grace Okafor", "Grace Okafor", 30, YearMonth.of(2027, 3)));
    Meeting march = schedule("BE-HEALTHY", LocalDate.of(2027, 3, 17));
    ProcessInstance pi = instanceOf(march);
    assertThat(pi).isWaitingAt("Task_DraftAgenda").hasPassed("Task_CollectAgendaItems");
    assertThat(pi.getBusinessKey()).isEqualTo("BE-HEALTHY-2027-03-17");
    Meeting drafted = reload(march);
    assertThat(drafted.getStatus()).isEqualTo(MeetingStatus.AGENDA_DRAFT);
    assertThat(drafted.orderedItems()).extracting(AgendaItem::getDescription).containsExactly(
        "Welcome, introductions and apologies", "Childhood obesity pathway", "Any other business");
    assertThat(drafted.orderedItems()).extracting(i -> i.getPlannedStart().toString())
        .containsExactly("10:00", "10:05", "10:35");

    draftUnchanged(pi);
    Task approve = task(pi.getId(), "Task_ApproveAgenda");
    assertThat(approve.getAssignee()).isEqualTo("grace.okafor");
    chairDecidesAgenda(pi, "grace.okafor", ApprovalChoice.APPROVE, "");
    assertThat(pi).isWaitingAt("Task_PublishAgenda");
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_PublishAgenda", "Task_SendAgenda", "Task_ChaseReports");
    assertThat(reload(march).getAgendaPublishedOn()).isEqualTo(LocalDate.of(2027, 3, 1));

    assertThat(subjects()).contains("Agenda published: Be Healthy outcome group, Wednesday 17 March 2027",
        "Paper still to follow: Be Healthy outcome group, Wednesday 17 March 2027");
    MimeMessage agendaMail = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Agenda published")).findFirst().orElseThrow();
    assertThat(agendaMail.getAllRecipients()).extracting(Object::toString).contains("grace.okafor@childrens-trust.example");
    assertThat(pi).isWaitingAt("Event_WaitBeforeChasingAgain");

    transaction.executeWithoutResult(s -> meetingService.paperReceived(march.getReference(), 2, "Obesity pathway report"));
    clockAt(LocalDateTime.of(2027, 3, 2, 9, 1));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Event_MeetingStarts");
    clockAt(LocalDateTime.of(2027, 3, 17, 10, 0));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");

    record(pi, "Task_RecordMeeting", march, Map.of(2, "DEFERRED"),
        "[{\"itemNumber\":2,\"description\":\"Bring the pathway costs\",\"ownerName\":\"Grace Okafor\",\"ownerEmail\":\"grace.okafor@childrens-trust.example\",\"dueDate\":\"2027-04-14\"}]");
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_ApplyMeetingOutcomes").isWaitingAt("Task_ApproveMinutes");
    Meeting held = reload(march);
    assertThat(held.getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFT);
    assertThat(held.getAttendance()).hasSize(3);
    assertThat(held.item(3).orElseThrow().getDeclarations()).hasSize(1);
    assertThat(held.getActions()).singleElement().satisfies(a -> assertThat(a.getDueDate()).isEqualTo(LocalDate.of(2027, 4, 14)));
    assertThat(forwardPlan.dueFor(held).stream().map(p -> p.getTitle()).toList())
        .as("the deferred item waits in the forward plan for the next meeting")
        .containsExactly("Childhood obesity pathway");

    completeAs("grace.okafor", task(pi.getId(), "Task_ApproveMinutes"), Map.of(
        MeetingProcess.MINUTES_DECISION, ApprovalChoice.RETURN, MeetingProcess.MINUTES_COMMENTS, "Name the substitute's organisation"));
    assertThat(pi).isWaitingAt("Task_ReviseMinutes");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_ReviseMinutes").getId(), MeetingProcess.MINUTES_SUMMARY).toString())
        .contains("Chair's comments on the last draft: Name the substitute's organisation");
    record(pi, "Task_ReviseMinutes", march, Map.of(2, "DEFERRED"),
        "[{\"itemNumber\":2,\"description\":\"Bring the pathway costs\",\"ownerName\":\"Grace Okafor\",\"ownerEmail\":\"grace.okafor@childrens-trust.example\",\"dueDate\":\"2027-04-14\"}]");
    completeAs("grace.okafor", task(pi.getId(), "Task_ApproveMinutes"), Map.of(
        MeetingProcess.MINUTES_DECISION, ApprovalChoice.APPROVE, MeetingProcess.MINUTES_COMMENTS, ""));
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_CirculateMinutes").isWaitingAt("Event_MinutesConfirmed");
    assertThat(subjects()).contains("Draft minutes: Be Healthy outcome group, Wednesday 17 March 2027");

    // the next meeting: matters arising approves the March minutes; the deferred item is back
    clockAt(LocalDateTime.of(2027, 4, 1, 9, 0));
    Meeting april = schedule("BE-HEALTHY", LocalDate.of(2027, 4, 21));
    ProcessInstance next = instanceOf(april);
    assertThat(reload(april).orderedItems()).extracting(AgendaItem::getDescription).containsExactly(
        "Welcome, introductions and apologies", "Minutes of the meeting of Wednesday 17 March 2027 and matters arising",
        "Childhood obesity pathway", "Any other business");
    assertThat(reload(april).standingItem(ItemKind.MINUTES_AND_MATTERS_ARISING).orElseThrow().getReportCover().getMainBody())
        .contains("Bring the pathway costs (Grace Okafor, due 2027-04-14");
    draftUnchanged(next);
    chairDecidesAgenda(next, "grace.okafor", ApprovalChoice.APPROVE, "");
    runDueJobs(next.getId());
    transaction.executeWithoutResult(s -> meetingService.paperReceived(april.getReference(), 3, null));
    clockAt(LocalDateTime.of(2027, 4, 21, 10, 0));
    runDueJobs(next.getId());
    record(next, "Task_RecordMeeting", april, Map.of(2, "APPROVED", 3, "APPROVED"), "[]");
    runDueJobs(next.getId());
    assertThat(pi).hasPassed("Event_MinutesConfirmed").isWaitingAt("Task_PublishMinutes");
    runDueJobs(pi.getId());

    assertThat(pi).hasPassed("Event_MinutesConfirmed", "Task_PublishMinutes").isEnded();
    Meeting published = reload(march);
    assertThat(published.getStatus()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
    assertThat(published.isMinutesLocked()).isTrue();
    assertThat(published.getMinutesConfirmedAt().getReference()).isEqualTo(april.getReference());

    // approved minutes are locked: a correction is an amendment, never an edit
    assertThatThrownBy(() -> transaction.executeWithoutResult(s -> reload(march).item(2).orElseThrow()
        .record(new org.childrenstrust.commissioning.meetings.domain.ItemMinute("edited", null, ItemOutcome.NOTED, null, null, null))))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("record an amendment");
    transaction.executeWithoutResult(s -> meetingService.amend(march.getReference(), 2, "Costs due in May, not April",
        "Typing error", "clara.jones"));
    assertThat(reload(march).getAmendments()).singleElement().satisfies(a -> assertThat(a.getReason()).isEqualTo("Typing error"));
    assertThat(reload(march).item(2).orElseThrow().getMinute().getBusiness()).isEqualTo("Discussed item 2");
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void chairSendsAgendaBackAndClerkRedraftsIt() {
    clockAt(LocalDateTime.of(2028, 1, 3, 9, 0));
    Meeting meeting = schedule("STAY-SAFE", LocalDate.of(2028, 1, 26));
    ProcessInstance pi = instanceOf(meeting);
    draftUnchanged(pi);
    assertThat(rejection(() -> chairDecidesAgenda(pi, "daniel.price", ApprovalChoice.RETURN, "")))
        .hasMessageContaining("Tell the clerk what to change");
    chairDecidesAgenda(pi, "daniel.price", ApprovalChoice.RETURN, "Add the safeguarding audit");
    assertThat(pi).isWaitingAt("Task_DraftAgenda");
    Task redraft = task(pi.getId(), "Task_DraftAgenda");
    assertThat(taskService.getVariable(redraft.getId(), MeetingProcess.AGENDA_SUMMARY).toString())
        .contains("Chair's comments: Add the safeguarding audit");
    String rows = formList(taskService, redraft, MeetingProcess.AGENDA_ITEMS);
    String withAudit = rows.substring(0, rows.length() - 1)
        + ",{\"description\":\"Safeguarding audit\",\"leadOfficer\":\"Daniel Price\",\"durationMinutes\":30,\"attachmentKind\":\"REPORT\",\"attachmentTitle\":\"Audit 2027\",\"publicItem\":false,\"exemptReason\":\"Names individual children\"}]";
    completeAs(CLERK, redraft, Map.of(MeetingProcess.AGENDA_ITEMS, json(withAudit), MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
    chairDecidesAgenda(pi, "daniel.price", ApprovalChoice.APPROVE, "");
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_PublishAgenda");
    Meeting published = reload(meeting);
    assertThat(published.orderedItems()).extracting(AgendaItem::getDescription)
        .containsExactly("Welcome, introductions and apologies", "Safeguarding audit", "Any other business");
    AgendaItem audit = published.item(2).orElseThrow();
    assertThat(audit.isPublicItem()).isFalse();
    assertThat(audit.getExemptReason()).isEqualTo("Names individual children");
    assertThat(published.getAgendaApprovedBy()).isEqualTo("daniel.price");
  }

  @Test
  void lateAgendaNeedsAReasonBeforeItIsPublished() {
    clockAt(LocalDateTime.of(2028, 6, 5, 9, 0));
    // Thursday 8 June: fewer than 5 clear working days away
    Meeting meeting = schedule("STAY-SAFE", LocalDate.of(2028, 6, 8));
    ProcessInstance pi = instanceOf(meeting);
    draftUnchanged(pi);
    chairDecidesAgenda(pi, "daniel.price", ApprovalChoice.APPROVE, "");
    assertThat(pi).isWaitingAt("Task_RecordUrgencyReason").hasNotPassed("Task_PublishAgenda");
    Task urgency = task(pi.getId(), "Task_RecordUrgencyReason");
    assertThat(rejection(() -> completeAs(CLERK, urgency, Map.of(MeetingProcess.LATE_PUBLICATION_REASON, "  "))))
        .hasMessageContaining("give the reason");
    assertThat(pi).isWaitingAt("Task_RecordUrgencyReason");
    completeAs(CLERK, urgency, Map.of(MeetingProcess.LATE_PUBLICATION_REASON, "Funding decision needed before the deadline"));
    runDueJobs(pi.getId());
    assertThat(pi).hasPassed("Task_PublishAgenda");
    assertThat(reload(meeting).getLatePublicationReason()).isEqualTo("Funding decision needed before the deadline");
  }

  @Test
  void clerkIsWarnedWhenThePublicationDeadlineIsNear() throws Exception {
    // meeting Tue 19 Sep 2028: publish by Mon 11 Sep (5 clear working days), warning 2 working days before: Thu 7 Sep 09:00
    clockAt(LocalDateTime.of(2028, 8, 29, 9, 0));
    Meeting meeting = schedule("ECONOMIC-WELLBEING", LocalDate.of(2028, 9, 19));
    ProcessInstance pi = instanceOf(meeting);
    clockAt(LocalDateTime.of(2028, 9, 7, 8, 59));
    runDueJobs(pi.getId());
    assertThat(subjects()).isEmpty();
    clockAt(LocalDateTime.of(2028, 9, 7, 9, 0));
    runDueJobs(pi.getId());
    assertThat(subjects()).containsExactly("Agenda deadline: publish by Monday 11 September 2028");
    assertThat(mail.getReceivedMessages()[0].getAllRecipients()).extracting(Object::toString)
        .containsExactly("clara.jones@childrens-trust.example");
    assertThat(pi).isWaitingAt("Task_DraftAgenda").hasPassed("Task_WarnClerkOfDeadline");
  }
}
