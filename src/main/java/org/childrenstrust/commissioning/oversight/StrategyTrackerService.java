package org.childrenstrust.commissioning.oversight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.meetings.GovernanceBodies;
import org.childrenstrust.commissioning.oversight.domain.StrategyAction;
import org.childrenstrust.commissioning.oversight.domain.StrategyActionRepository;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's commissioning strategy tracker: each action line, the Board meeting it reports to (which
 * puts it on the body's forward plan), and the owner's progress updates, requested before that date.
 */
@Service
@Transactional
class StrategyTrackerService {

  /** The owner is asked for an update this many working days before the report date ... */
  static final int REQUEST_WORKING_DAYS = 10;
  /** ... and it is due this many working days before it, in time for the report. */
  static final int UPDATE_DUE_WORKING_DAYS = 5;

  private final StrategyActionRepository actions;
  private final GovernanceBodies bodies;
  private final Users users;
  private final RuntimeService runtimeService;
  private final WorkingDays workingDays;

  StrategyTrackerService(StrategyActionRepository actions, GovernanceBodies bodies, Users users,
      RuntimeService runtimeService, WorkingDays workingDays) {
    this.actions = actions;
    this.bodies = bodies;
    this.users = users;
    this.runtimeService = runtimeService;
    this.workingDays = workingDays;
  }

  /** A new line of the tracker as entered. */
  record ActionInput(Integer number, String action, String cyppSection, String owner, String reportDate, String progress,
      String status, String reportNote) {}

  GovernanceBodies.Body body(String code) {
    return bodies.body(code).orElseThrow(() -> new NotFound("There is no governance body '" + code + "'."));
  }

  /**
   * Adds an action line: the owner must be a user, the report date the date of a meeting to come on a
   * working day. Its report date puts it on the body's forward plan, and the owner is asked for a
   * progress update {@value #REQUEST_WORKING_DAYS} working days before it.
   */
  StrategyAction add(String bodyCode, ActionInput input) {
    StrategyAction action = line(bodyCode, input);
    LocalDate date = action.getReportDate();
    if (!date.isAfter(BusinessClock.today())) {
      throw new BusinessRuleViolation("Strategy action " + action.getActionNumber() + " reports to a meeting on "
          + date.format(SelfAnalysisService.LONG_DATE) + ", which is not after today.");
    }
    if (!workingDays.isWorkingDay(date)) {
      throw new BusinessRuleViolation("Strategy action " + action.getActionNumber() + " reports on " + date.format(SelfAnalysisService.LONG_DATE)
          + ", which is not a working day: the working day before is " + workingDays.minusWorkingDays(date, 1).format(SelfAnalysisService.LONG_DATE) + ".");
    }
    actions.save(action);
    action.onForwardPlan(bodies.addToForwardPlan(action.getBodyCode(), "Commissioning strategy action " + action.getActionNumber() + ": "
        + shortened(action.getDescription()) + " (progress report)", action.getOwnerId(), YearMonth.from(date)));
    // the progress request is the application's follow-up, whoever added the action
    users.asApplication(() -> runtimeService.startProcessInstanceByKey(OversightProcess.STRATEGY_UPDATE, "SAT-" + action.getBodyCode() + "-"
        + action.getActionNumber() + "." + action.getLineNumber() + "-" + date, Map.of(OversightProcess.STRATEGY_ACTION_ID, action.getId())));
    return action;
  }

  /** The tracker as it stood (demo data, an import): recorded with its progress, nothing requested or planned. */
  StrategyAction record(String bodyCode, ActionInput input) {
    StrategyAction action = line(bodyCode, input);
    if (input.progress() != null) {
      action.progress(input.progress(), status(input.status()), BusinessClock.today());
    }
    return actions.save(action);
  }

  private StrategyAction line(String bodyCode, ActionInput input) {
    GovernanceBodies.Body body = body(bodyCode);
    if (input.number() == null) {
      throw new BusinessRuleViolation("Give the strategy action's number.");
    }
    if (input.owner() != null && !input.owner().isBlank() && !users.exists(input.owner().strip())) {
      throw new BusinessRuleViolation("Strategy action " + input.number() + ": '" + input.owner().strip()
          + "' is not a user; the owner is given by user id.");
    }
    int line = (int) actions.findByBodyCodeOrderByActionNumberAscLineNumberAsc(body.code()).stream()
        .filter(a -> a.getActionNumber() == input.number()).count() + 1;
    StrategyAction action = new StrategyAction(body.code(), input.number(), line, input.action(), input.cyppSection(), input.owner(),
        FormData.date(input.reportDate(), "The report date of strategy action " + input.number()));
    action.noteReport(input.reportNote());
    return action;
  }

  private static String shortened(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  static StrategyAction.Status status(String value) {
    return value == null || value.isBlank() ? null : FormData.choice(StrategyAction.Status.class, value, "The status");
  }

  @Transactional(readOnly = true)
  List<StrategyAction> tracker(String bodyCode) {
    return actions.findByBodyCodeOrderByActionNumberAscLineNumberAsc(body(bodyCode).code());
  }

  @Transactional(readOnly = true)
  StrategyAction action(Long id) {
    return actions.findById(id).orElseThrow(() -> new NotFound("There is no strategy action " + id + "."));
  }

  void progress(Long id, String narrative, String status) {
    action(id).progress(narrative, status(status), BusinessClock.today());
  }

  boolean reminderDue(Long id) {
    return action(id).markReminderSent();
  }

  LocalDate requestDay(StrategyAction action) {
    return workingDays.minusWorkingDays(action.getReportDate(), REQUEST_WORKING_DAYS);
  }

  LocalDate updateDue(StrategyAction action) {
    return workingDays.minusWorkingDays(action.getReportDate(), UPDATE_DUE_WORKING_DAYS);
  }
}
