package org.childrenstrust.commissioning.oversight;

import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.platform.mail.Mail;
import org.springframework.stereotype.Component;

/** Reminders and chases to owners of improvement actions; each is sent once, however often its step is retried. */
@Component
class OversightMailer {

  private final Mail mail;
  private final SelfAnalysisService service;

  private final StrategyTrackerService tracker;
  private final BudgetMonitoringService budgets;

  OversightMailer(Mail mail, SelfAnalysisService service, StrategyTrackerService tracker, BudgetMonitoringService budgets) {
    this.mail = mail;
    this.service = service;
    this.tracker = tracker;
    this.budgets = budgets;
  }

  /** The partner's contact is chased (the officer who opened the year copied) the working day after its return was due. */
  void chaseBudgets(Long roundId, String partnerCode, boolean outturn) {
    var round = budgets.round(roundId);
    var partner = budgets.partner(partnerCode);
    java.time.LocalDate due = outturn ? round.getOutturnDue() : round.getReturnsDue();
    String what = outturn ? "outturn" : "budgets";
    List<String> to = new ArrayList<>(List.of(partner.getContactUser()));
    if (round.getOpenedBy() != null) {
      to.add(round.getOpenedBy());
    }
    mail.send(mail.emailsOf(to), "Overdue: " + partner.getName() + "'s partnership " + what + " " + round.getFinancialYear(),
        partner.getName() + "'s " + what + " for " + round.getFinancialYear() + " (learning difficulties and disabilities, Aiming Higher, "
            + "CAMHS, the Local Safeguarding Board, substance misuse) were due on " + due.format(SelfAnalysisService.LONG_DATE)
            + " and have not been returned. Return them in Tasklist.");
  }

  void remindStrategyUpdate(Long actionId) {
    if (!tracker.reminderDue(actionId)) {
      return;
    }
    org.childrenstrust.commissioning.oversight.domain.StrategyAction action = tracker.action(actionId);
    String body = tracker.body(action.getBodyCode()).name();
    mail.send(mail.emailsOf(List.of(action.getOwnerId())), "Progress update due " + tracker.updateDue(action).format(SelfAnalysisService.LONG_DATE)
        + ": strategy action " + action.getActionNumber(), "Strategy action " + action.getActionNumber() + " (" + action.getDescription()
        + ") reports to " + body + " on " + action.getReportDate().format(SelfAnalysisService.LONG_DATE) + ". Your progress update is due on "
        + tracker.updateDue(action).format(SelfAnalysisService.LONG_DATE) + ": give it in Tasklist (\"Update strategy action progress\").");
  }

  void remind(Long actionId) {
    if (!service.reminderDue(actionId)) {
      return;
    }
    PlanAction action = service.action(actionId);
    Exercise exercise = service.exercise(action.getExerciseId());
    mail.send(mail.emailsOf(List.of(action.getOwnerId())),
        "Improvement action due " + action.getDueDate().format(SelfAnalysisService.LONG_DATE) + ": " + action.getDescription(),
        "The Commissioning Improvement Plan of " + exercise.getBodyName() + " has an action you own, due on "
            + action.getDueDate().format(SelfAnalysisService.LONG_DATE) + ":\n\n" + action.getDescription()
            + "\n\n(question " + action.getQuestionNumber() + " of the self-analysis)\n\n"
            + "Report it done in Tasklist (\"Report improvement action done\") with what was achieved.");
  }

  void chase(Long actionId) {
    if (!service.chaseDue(actionId)) {
      return;
    }
    PlanAction action = service.action(actionId);
    Exercise exercise = service.exercise(action.getExerciseId());
    List<String> to = new ArrayList<>(List.of(action.getOwnerId()));
    if (exercise.getOpenedBy() != null) {
      to.add(exercise.getOpenedBy());
    }
    mail.send(mail.emailsOf(to), "Overdue improvement action: " + action.getDescription(),
        "This action of " + exercise.getBodyName() + "'s Commissioning Improvement Plan was due on "
            + action.getDueDate().format(SelfAnalysisService.LONG_DATE) + " and is not reported done:\n\n" + action.getDescription()
            + "\n\nOwner: " + action.getOwnerId() + ". Report it done in Tasklist, or agree a new date with the commissioning officer.");
  }
}
