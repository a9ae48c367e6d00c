package org.childrenstrust.commissioning.meetings;

import static org.childrenstrust.commissioning.meetings.MeetingFixtures.action;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.agendaWith;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.attendance;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.declaration;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.itemMinutes;
import static org.childrenstrust.commissioning.meetings.MeetingFixtures.json;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.benchmark.StepTimer;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.childrenstrust.commissioning.platform.process.ApprovalChoice;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives one meeting of AgendaToMinutes through its human steps with the form data Tasklist
 * submits (the same rows as AgendaToMinutesProcessTest): the clerk drafts the agenda, the chair
 * approves it, the clerk records the meeting, the chair approves the minutes. Each step is timed
 * from finding the task to the next wait state (the asynchronous steps after it run as the job
 * executor would: publication, e-mail to the benchmark's SMTP server, chasing). Setting up a new
 * body for each meeting, the paper arriving and the clock moving to the meeting are not timed.
 */
public final class MeetingCycleDriver {

  private static final String CLERK = "clara.jones";
  private static final String CHAIR = "grace.okafor";
  private static final String CHAIR_NAME = "Grace Okafor";

  private final ProcessEngine engine;
  private final MeetingService meetingService;
  private final ForwardPlanService forwardPlan;
  private final TransactionTemplate transaction;
  private final EntityManager entityManager;

  public MeetingCycleDriver(ApplicationContext context) {
    this.engine = context.getBean(ProcessEngine.class);
    this.meetingService = context.getBean(MeetingService.class);
    this.forwardPlan = context.getBean(ForwardPlanService.class);
    this.transaction = context.getBean(TransactionTemplate.class);
    this.entityManager = context.getBean(EntityManager.class);
  }

  public static String processKey() {
    return MeetingProcess.PROCESS_KEY;
  }

  /** One meeting from scheduling to circulated minutes. */
  public void runCycle(StepTimer timer) {
    clockAt(LocalDateTime.of(2027, 3, 1, 9, 0));
    String body = newBeHealthyGroup();
    transaction.executeWithoutResult(s -> forwardPlan.add(meetingService.body(body),
        CommissioningOutcome.BE_HEALTHY, "Childhood obesity pathway", CHAIR_NAME, CHAIR_NAME, 30, YearMonth.of(2027, 3)));
    String[] ref = new String[1];
    timer.step("Schedule meeting (clerk's start form)", () -> ref[0] = meetingService.schedule(body, LocalDate.of(2027, 3, 17),
        LocalTime.of(10, 0), LocalTime.of(12, 0), "Endeavour House").getReference(),
        () -> runDueJobs(instance(ref[0]).getId()));
    String pi = instance(ref[0]).getId();

    timer.step("Draft agenda (clerk)", () -> {
      Task draft = task(pi, "Task_DraftAgenda");
      completeAs(CLERK, draft, Map.of(MeetingProcess.AGENDA_ITEMS, json(agendaWith(engine.getTaskService(), draft)),
          MeetingProcess.OVERRUN_ACKNOWLEDGED, false));
    }, () -> runDueJobs(pi));
    timer.step("Approve agenda (chair)", () -> {
      completeAs(CHAIR, task(pi, "Task_ApproveAgenda"), Map.of(MeetingProcess.AGENDA_DECISION, ApprovalChoice.APPROVE,
          MeetingProcess.AGENDA_COMMENTS, ""));
    }, () -> runDueJobs(pi));

    transaction.executeWithoutResult(s -> meetingService.paperReceived(ref[0], 2, "Obesity pathway report"));
    clockAt(LocalDateTime.of(2027, 3, 17, 10, 0));
    runDueJobs(pi);

    timer.step("Record meeting (clerk)", () -> {
      List<Integer> numbers = transaction.execute(s -> meetingService.meeting(ref[0]).orderedItems().stream()
          .map(AgendaItem::getNumber).toList());
      completeAs(CLERK, task(pi, "Task_RecordMeeting"), Map.of(
          MeetingProcess.ATTENDANCE, json(attendance()),
          MeetingProcess.ITEM_MINUTES, json(itemMinutes(numbers, Map.of(2, "DEFERRED"))),
          MeetingProcess.DECLARATIONS, json(List.of(declaration(3, "Sam Rowe", "SERVICE", "Manages a provider"))),
          MeetingProcess.ACTIONS, json(List.of(action(2, "Bring the pathway costs", CHAIR_NAME,
              "grace.okafor@childrens-trust.example", "2027-04-14"))),
          MeetingProcess.ANY_OTHER_BUSINESS, "None.",
          MeetingProcess.NEXT_MEETING_NOTE, "21 April, 10:00, Endeavour House"));
    }, () -> runDueJobs(pi));
    timer.step("Approve minutes (chair)", () -> {
      completeAs(CHAIR, task(pi, "Task_ApproveMinutes"), Map.of(MeetingProcess.MINUTES_DECISION, ApprovalChoice.APPROVE,
          MeetingProcess.MINUTES_COMMENTS, ""));
    }, () -> runDueJobs(pi));
    if (task(pi, null) != null) {
      throw new IllegalStateException("the meeting cycle " + ref[0] + " still has a human task open");
    }
    ClockUtil.reset();
  }

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

  private ProcessInstance instance(String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(MeetingProcess.PROCESS_KEY).singleResult();
  }

  private Task task(String processInstanceId, String key) {
    var query = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId);
    if (key == null) {
      return query.list().stream().findFirst().orElse(null);
    }
    Task task = query.taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + key + " in " + processInstanceId);
    }
    return task;
  }

  private void completeAs(String userId, Task task, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
    try {
      engine.getFormService().submitTaskForm(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private void runDueJobs(String processInstanceId) {
    var management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("jobs keep coming for " + processInstanceId);
  }

  private static void clockAt(LocalDateTime time) {
    ClockUtil.setCurrentTime(BusinessClock.toDate(time));
  }
}
