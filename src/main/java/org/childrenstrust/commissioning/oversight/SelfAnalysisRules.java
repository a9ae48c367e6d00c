package org.childrenstrust.commissioning.oversight;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the self-analysis model's multi-instances, call activity and timers ask ({@code ${selfAnalysisRules...}}). */
@Component("selfAnalysisRules")
@Transactional(readOnly = true)
class SelfAnalysisRules {

  /** The body decides on the results within this many working days of the last group's scores. */
  static final int DECISION_WORKING_DAYS = 20;
  /** An action's owner is reminded this many working days before it is due. */
  static final int REMINDER_WORKING_DAYS = 2;
  static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

  private final SelfAnalysisService service;
  private final SelfAnalysisReport report;
  private final WorkingDays workingDays;

  SelfAnalysisRules(SelfAnalysisService service, SelfAnalysisReport report, WorkingDays workingDays) {
    this.service = service;
    this.report = report;
    this.workingDays = workingDays;
  }

  public List<Integer> groupNumbers(Long exerciseId) {
    return service.groupNumbers(exerciseId);
  }

  /** The group's members, as {@code camunda:candidateUsers} takes them. */
  public String membersOf(Long exerciseId, Object groupNumber) {
    return String.join(",", service.group(exerciseId, ((Number) groupNumber).intValue()).memberIds());
  }

  public String bodyCode(Long exerciseId) {
    return service.exercise(exerciseId).getBodyCode();
  }

  public String decisionSubject(Long exerciseId) {
    return "Commissioning self-analysis: results and improvement plan";
  }

  public String decisionQuestion(Long exerciseId) {
    Exercise exercise = service.exercise(exerciseId);
    return "To consider the results of " + exercise.getBodyName() + "'s commissioning self-analysis and agree the key areas "
        + "the Commissioning Improvement Plan addresses.";
  }

  public String decisionDueDate(Long exerciseId) {
    return workingDays.plusWorkingDays(BusinessClock.today(), DECISION_WORKING_DAYS).toString();
  }

  public String reportSummary(Long exerciseId) {
    return report.summary(service.exercise(exerciseId), service.results(exerciseId));
  }

  public List<Long> planActionIds(Long exerciseId) {
    return service.planOf(exerciseId).stream().map(PlanAction::getId).toList();
  }

  public String ownerOf(Long actionId) {
    return service.action(actionId).getOwnerId();
  }

  /** 08:00 two working days before the action is due (at once if that has passed). */
  public Date reminderAt(Long actionId) {
    LocalDate day = workingDays.minusWorkingDays(service.action(actionId).getDueDate(), REMINDER_WORKING_DAYS);
    return BusinessClock.toDate(day.atTime(REMINDER_TIME));
  }

  /** 08:00 the working day after the action was due. */
  public Date chaseAt(Long actionId) {
    LocalDate day = workingDays.plusWorkingDays(service.action(actionId).getDueDate(), 1);
    return BusinessClock.toDate(day.atTime(REMINDER_TIME));
  }
}
