package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.action;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.attendance;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.declaration;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.itemMinutes;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.newItem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.persistence.EntityManager;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
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
  static GreenMailExtension mail = TestMail.server();

  private static final String CLERK = "clara.jones";
  private static final String CHAIR = "grace.okafor";
  private static final String CHAIR_NAME = "Grace Okafor";

  /** The March meeting of the paths that follow it from draft agenda to published minutes. */
  private Meeting march;
  /** This test's own Be Healthy group: tests share one database, and meetings of one body meet each other. */
  private String body;

  @Autowired EntityManager entityManager;

  /**
   * A body like the Be Healthy outcome group (its name, group and chair), new for each test, so that
   * one test's circulated minutes are not the next test's "minutes to confirm".
   */
  private String newBeHealthyGroup() {
    String code = "BH" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    transaction.executeWithoutResult(tx -> {
      GovernanceBody group = new GovernanceBody(code, "Be Healthy outcome group", "Be Healthy outcomes", "outcome-be-healthy");
      new BodyMember(group, CHAIR_NAME, "County Council", MemberRole.CHAIR, CHAIR, "grace.okafor@childrens-trust.example");
      new BodyMember(group, "Sarah Quinn", "NHS", MemberRole.MEMBER, null, "sarah.quinn@childrens-trust.example");
      entityManager.persist(group);
      group.getMembers().forEach(entityManager::persist);
    });
    return code;
  }

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

  // --- the default action at each wait state, written once ---

  private void draftUnchanged(ProcessInstance pi) {
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, draft)),
        MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
  }

  private void chairDecidesAgenda(ProcessInstance pi, String chair, String decision, String comments) {
    completeAs(chair, task(pi.getId(), "Task_ApproveAgenda"), Map.of(MeetingProcess.AGENDA_DECISION, decision,
        MeetingProcess.AGENDA_COMMENTS, comments));
  }

  private void chairDecidesMinutes(ProcessInstance pi, String decision, String comments) {
    completeAs(CHAIR, task(pi.getId(), "Task_ApproveMinutes"), Map.of(MeetingProcess.MINUTES_DECISION, decision,
        MeetingProcess.MINUTES_COMMENTS, comments));
  }

  private List<Integer> itemNumbers(Meeting meeting) {
    return reload(meeting).orderedItems().stream().map(AgendaItem::getNumber).toList();
  }

  private void record(ProcessInstance pi, String taskKey, Meeting meeting, Map<Integer, String> outcomes,
      List<FormRows.ActionRow> actions) {
    completeAs(CLERK, task(pi.getId(), taskKey), Map.of(
        MeetingProcess.ATTENDANCE, json(attendance()),
        MeetingProcess.ITEM_MINUTES, json(itemMinutes(itemNumbers(meeting), outcomes)),
        MeetingProcess.DECLARATIONS, json(List.of(declaration(3, "Sam Rowe", "SERVICE", "Manages a provider"))),
        MeetingProcess.ACTIONS, json(actions),
        MeetingProcess.ANY_OTHER_BUSINESS, "None.",
        MeetingProcess.NEXT_MEETING_NOTE, "21 April, 10:00, Endeavour House"));
  }

  private static final List<FormRows.ActionRow> PATHWAY_COSTS = List.of(action(2, "Bring the pathway costs",
      "Grace Okafor", "grace.okafor@childrens-trust.example", "2027-04-14"));

  /** A Be Healthy meeting on 17 March 2027 with the obesity pathway from the forward plan, agenda drafted. */
  private ProcessInstance marchAtDraftAgenda() {
    clockAt(LocalDateTime.of(2027, 3, 1, 9, 0));
    body = newBeHealthyGroup();
    transaction.executeWithoutResult(s -> forwardPlan.add(meetingService.body(body),
        CommissioningOutcome.BE_HEALTHY, "Childhood obesity pathway", CHAIR_NAME, CHAIR_NAME, 30, YearMonth.of(2027, 3)));
    march = schedule(body, LocalDate.of(2027, 3, 17));
    return instanceOf(march);
  }

  /** ... approved by the chair and published (the report to follow chased once). */
  private ProcessInstance marchPublished() {
    ProcessInstance pi = marchAtDraftAgenda();
    draftUnchanged(pi);
    chairDecidesAgenda(pi, CHAIR, ApprovalChoice.APPROVE, "");
    runDueJobs(pi.getId());
    return pi;
  }

  /** ... the paper arrived, the meeting started: the clerk records it. */
  private ProcessInstance marchHeld() {
    ProcessInstance pi = marchPublished();
    transaction.executeWithoutResult(s -> meetingService.paperReceived(march.getReference(), 2, "Obesity pathway report"));
    clockAt(LocalDateTime.of(2027, 3, 17, 10, 0));
    runDueJobs(pi.getId());
    return pi;
  }

  /** ... recorded with the pathway deferred: the draft minutes wait for the chair. */
  private ProcessInstance marchMinuted() {
    ProcessInstance pi = marchHeld();
    record(pi, "Task_RecordMeeting", march, Map.of(2, "DEFERRED"), PATHWAY_COSTS);
    runDueJobs(pi.getId());
    return pi;
  }

  /** ... approved by the chair and circulated: waiting for the next meeting to confirm them. */
  private ProcessInstance marchCirculated() {
    ProcessInstance pi = marchMinuted();
    chairDecidesMinutes(pi, ApprovalChoice.APPROVE, "");
    runDueJobs(pi.getId());
    return pi;
  }

  /** The April meeting, held, with its matters arising approving the March minutes. */
  private Meeting aprilConfirmsMarch() {
    clockAt(LocalDateTime.of(2027, 4, 1, 9, 0));
    Meeting april = schedule(body, LocalDate.of(2027, 4, 21));
    ProcessInstance next = instanceOf(april);
    draftUnchanged(next);
    chairDecidesAgenda(next, CHAIR, ApprovalChoice.APPROVE, "");
    runDueJobs(next.getId());
    transaction.executeWithoutResult(s -> meetingService.paperReceived(april.getReference(), 3, null));
    clockAt(LocalDateTime.of(2027, 4, 21, 10, 0));
    runDueJobs(next.getId());
    Task recordApril = task(next.getId(), "Task_RecordMeeting");
    assertThat(taskService.getVariable(recordApril.getId(), MeetingProcess.MINUTES_TO_CONFIRM).toString())
        .startsWith("Item 2 asks the meeting to confirm the minutes of Be Healthy outcome group, Wednesday 17 March 2027 ("
            + march.getReference() + ") as a true record. Read them with the link below, or at http://localhost:")
        .endsWith("/api/meetings/" + march.getReference() + "/minutes.pdf (user name and password).");
    assertThat(taskService.getVariable(recordApril.getId(), MeetingProcess.PREVIOUS_MINUTES))
        .as("the form's link to them, with the Tasklist session")
        .isEqualTo("/meetings/" + march.getReference() + "/papers/minutes.pdf");
    completeAs(CLERK, recordApril, Map.of(
        MeetingProcess.ATTENDANCE, json(attendance()),
        MeetingProcess.ITEM_MINUTES, json(itemMinutes(itemNumbers(april), Map.of(3, "APPROVED"))),
        MeetingProcess.DECLARATIONS, json(List.of()), MeetingProcess.ACTIONS, json(List.of()),
        MeetingProcess.CONFIRM_PREVIOUS_MINUTES, "confirmed"));
    runDueJobs(next.getId());
    return april;
  }

  private List<String> subjects() {
    return Arrays.stream(mail.getReceivedMessages()).map(AgendaToMinutesProcessTest::subject).toList();
  }

  // --- one path each ---

  @Test
  void theDraftAgendaHoldsTheStandingItemsAndTheForwardPlanDueThatMonth() {
    ProcessInstance pi = marchAtDraftAgenda();

    assertThat(pi).isWaitingAt("Task_DraftAgenda").hasPassed("Task_CollectAgendaItems");
    assertThat(pi.getBusinessKey()).isEqualTo(body + "-2027-03-17");
    Meeting drafted = reload(march);
    assertThat(drafted.getStatus()).isEqualTo(MeetingStatus.AGENDA_DRAFT);
    assertThat(drafted.orderedItems()).extracting(AgendaItem::getDescription).containsExactly(
        "Welcome, introductions and apologies", "Childhood obesity pathway", "Any other business");
    assertThat(drafted.orderedItems()).extracting(i -> i.getPlannedStart().toString())
        .containsExactly("10:00", "10:05", "10:35");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_DraftAgenda").getId(), MeetingProcess.AGENDA_SUMMARY).toString())
        .as("the clerk's form points to the page where reports are uploaded")
        .contains("Reports: mark them arrived and upload them at http://localhost:")
        .contains("/meetings/" + body + "-2027-03-17/papers");
  }

  @Test
  void theChairApprovesTheAgendaWhichIsPublishedAndSentAndMissingPapersAreChased() throws Exception {
    ProcessInstance pi = marchAtDraftAgenda();
    draftUnchanged(pi);
    assertThat(task(pi.getId(), "Task_ApproveAgenda").getAssignee()).isEqualTo(CHAIR);
    chairDecidesAgenda(pi, CHAIR, ApprovalChoice.APPROVE, "");
    assertThat(pi).isWaitingAt("Task_PublishAgenda");
    runDueJobs(pi.getId());

    assertThat(pi).hasPassed("Task_PublishAgenda", "Task_SendAgenda", "Task_ChaseReports")
        .isWaitingAt("Event_WaitBeforeChasingAgain");
    assertThat(reload(march).getAgendaPublishedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(subjects()).contains("Agenda published: Be Healthy outcome group, Wednesday 17 March 2027",
        "Paper still to follow: Be Healthy outcome group, Wednesday 17 March 2027");
    MimeMessage agendaMail = Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Agenda published")).findFirst().orElseThrow();
    assertThat(agendaMail.getAllRecipients()).extracting(Object::toString).contains("grace.okafor@childrens-trust.example");
  }

  @Test
  void chasingStopsWhenThePaperArrivesAndTheMeetingStartsOnTime() {
    ProcessInstance pi = marchPublished();
    transaction.executeWithoutResult(s -> meetingService.paperReceived(march.getReference(), 2, "Obesity pathway report"));
    clockAt(LocalDateTime.of(2027, 3, 2, 9, 1));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Event_MeetingStarts");

    clockAt(LocalDateTime.of(2027, 3, 17, 10, 0));
    runDueJobs(pi.getId());
    assertThat(pi).isWaitingAt("Task_RecordMeeting");
  }

  @Test
  void theRecordedMeetingBecomesDraftMinutesAndADeferredItemWaitsInTheForwardPlan() {
    ProcessInstance pi = marchMinuted();

    assertThat(pi).hasPassed("Task_ApplyMeetingOutcomes").isWaitingAt("Task_ApproveMinutes");
    Meeting held = reload(march);
    assertThat(held.getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFT);
    assertThat(held.getAttendance()).hasSize(3);
    assertThat(held.item(3).orElseThrow().getDeclarations()).hasSize(1);
    assertThat(held.getActions()).singleElement().satisfies(a -> assertThat(a.getDueDate()).isEqualTo(LocalDate.of(2027, 4, 14)));
    assertThat(forwardPlan.dueFor(held).stream().map(p -> p.getTitle()).toList())
        .containsExactly("Childhood obesity pathway");
  }

  @Test
  void theChairReturnsTheMinutesAndTheClerkRevisesThemBeforeTheyAreCirculated() {
    ProcessInstance pi = marchMinuted();
    chairDecidesMinutes(pi, ApprovalChoice.RETURN, "Name the substitute's organisation");
    assertThat(pi).isWaitingAt("Task_ReviseMinutes");
    assertThat(taskService.getVariable(task(pi.getId(), "Task_ReviseMinutes").getId(), MeetingProcess.MINUTES_SUMMARY).toString())
        .contains("Chair's comments on the last draft: Name the substitute's organisation");

    record(pi, "Task_ReviseMinutes", march, Map.of(2, "DEFERRED"), PATHWAY_COSTS);
    chairDecidesMinutes(pi, ApprovalChoice.APPROVE, "");
    runDueJobs(pi.getId());

    assertThat(pi).hasPassed("Task_ReviseMinutes", "Task_CirculateMinutes").isWaitingAt("Event_MinutesConfirmed");
    assertThat(subjects()).contains("Draft minutes: Be Healthy outcome group, Wednesday 17 March 2027");
  }

  @Test
  void theNextAgendaCarriesTheMinutesToConfirmWithOpenActionsAndTheDeferredItem() {
    marchCirculated();
    clockAt(LocalDateTime.of(2027, 4, 1, 9, 0));
    Meeting april = reload(schedule(body, LocalDate.of(2027, 4, 21)));

    assertThat(april.orderedItems()).extracting(AgendaItem::getDescription).containsExactly(
        "Welcome, introductions and apologies", "Minutes of the meeting of Wednesday 17 March 2027 and matters arising",
        "Childhood obesity pathway", "Any other business");
    assertThat(april.standingItem(ItemKind.MINUTES_AND_MATTERS_ARISING).orElseThrow().getReportCover().getMainBody())
        .contains("Bring the pathway costs (Grace Okafor, due 2027-04-14");
  }

  @Test
  void minutesConfirmedAtTheNextMeetingArePublishedAndLocked() {
    ProcessInstance pi = marchCirculated();
    Meeting april = aprilConfirmsMarch();
    assertThat(pi).hasPassed("Event_MinutesConfirmed").isWaitingAt("Task_PublishMinutes");
    runDueJobs(pi.getId());

    assertThat(pi).hasPassed("Task_PublishMinutes").isEnded();
    Meeting published = reload(march);
    assertThat(published.getStatus()).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
    assertThat(published.isMinutesLocked()).isTrue();
    assertThat(published.getMinutesConfirmedAt().getReference()).isEqualTo(april.getReference());
  }

  @Test
  void lockedMinutesAreCorrectedByAnAmendmentNeverAnEdit() {
    ProcessInstance pi = marchCirculated();
    aprilConfirmsMarch();
    runDueJobs(pi.getId());

    assertThatThrownBy(() -> transaction.executeWithoutResult(s -> reload(march).item(2).orElseThrow()
        .record(new ItemMinute("edited", null, ItemOutcome.NOTED, null, null, null))))
        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("record an amendment");
    transaction.executeWithoutResult(s -> meetingService.amend(march.getReference(), 2, "Costs due in May, not April",
        "Typing error", CLERK));
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
    completeAs(CLERK, redraft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, redraft,
        newItem("Safeguarding audit", "Daniel Price", 30, "Audit 2027", "Names individual children"))),
        MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
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
  void theClerkMovesANewItemUpAndAnyOtherBusinessStaysLast() {
    clockAt(LocalDateTime.of(2027, 5, 3, 9, 0));
    body = newBeHealthyGroup();
    Meeting may = schedule(body, LocalDate.of(2027, 5, 26));
    ProcessInstance pi = instanceOf(may);
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    FormRows.AgendaItemRow urgent = new FormRows.AgendaItemRow(null, 1, "Safeguarding review", CHAIR_NAME, 20,
        "NONE", null, true, null, null);
    FormRows.AgendaItemRow last = new FormRows.AgendaItemRow(null, null, "CAMHS waiting times", CHAIR_NAME, 20,
        "NONE", null, true, null, null);

    completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(taskService, draft, urgent, last)),
        MeetingProcess.OVERRUN_ACKNOWLEDGED, false));

    assertThat(reload(may).orderedItems()).extracting(AgendaItem::getNumber, AgendaItem::getDescription).containsExactly(
        org.assertj.core.api.Assertions.tuple(1, "Safeguarding review"),
        org.assertj.core.api.Assertions.tuple(2, "Welcome, introductions and apologies"),
        org.assertj.core.api.Assertions.tuple(3, "CAMHS waiting times"),
        org.assertj.core.api.Assertions.tuple(4, "Any other business"));
  }

  @Test
  void tasksNameTheirMeetingAreDueByItsDeadlinesAndComeBackToTheClerk() {
    ProcessInstance pi = marchAtDraftAgenda();
    Task draft = task(pi.getId(), "Task_DraftAgenda");
    // publish by Tue 9 March 2027: five clear working days before Wed 17 March
    assertThat(draft.getName()).isEqualTo("Draft agenda: Be Healthy outcome group, 17 Mar 2027");
    assertThat(draft.getDueDate()).isEqualTo(org.childrenstrust.commissioning.shared.calendar.BusinessClock.toDate(
        LocalDateTime.of(2027, 3, 9, 17, 0)));
    taskService.claim(draft.getId(), CLERK);
    draftUnchanged(pi);
    chairDecidesAgenda(pi, CHAIR, ApprovalChoice.RETURN, "Add the school nursing report");

    Task back = task(pi.getId(), "Task_DraftAgenda");
    assertThat(back.getAssignee()).as("the clerk who drafted it gets it back").isEqualTo(CLERK);
    assertThat(back.getName()).isEqualTo("Draft agenda: Be Healthy outcome group, 17 Mar 2027");
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
