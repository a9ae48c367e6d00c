package org.childrenstrust.commissioning.oversight;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.oversight.domain.Score;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.platform.process.TaskForm;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One small form bean per user task of the oversight processes. */
@Configuration
class OversightTaskForms {

  /** A row of the scoring form: the question (read only) and the group's score and evidence. */
  record ScoreRow(Integer questionNumber, String topic, String question, Integer score, String evidence) {}

  /** A row of the improvement plan form. */
  record ActionRow(Integer questionNumber, String action, String owner, String dueDate) {}

  static int groupNumber(DelegateTask task) {
    return ((Number) task.getVariable(OversightProcess.GROUP_NUMBER)).intValue();
  }

  @Bean
  TaskForm scoreQuestionsForm(SelfAnalysisService service) {
    return TaskForm.of(task -> {
      Long exerciseId = FormData.id(task, OversightProcess.EXERCISE_ID);
      Exercise exercise = service.exercise(exerciseId);
      int group = groupNumber(task);
      List<Score> scores = service.scoresOf(exerciseId, group);
      TaskSubject.describe(task, "questions " + scores.get(0).getQuestionNumber() + "–" + scores.get(scores.size() - 1).getQuestionNumber()
          + ", " + exercise.getBodyName() + ", group " + group, exercise.getScoresDue());
      task.setVariableLocal(OversightProcess.SCORING_GUIDE, "Group " + group + " (" + String.join(", ", service.group(exerciseId, group).memberIds())
          + "): score current performance on each question from " + Score.LOWEST + " to " + Score.HIGHEST
          + " (1 not in place, 2 being developed, 3 in place but not consistent, 4 working well) and give the evidence for it.");
      FormData.putList(task, OversightProcess.SCORES, scores.stream()
          .map(s -> new ScoreRow(s.getQuestionNumber(), s.getTopic(), s.getWording(), s.getScore(), s.getEvidence())).toList());
    }, task -> service.recordScores(FormData.id(task, OversightProcess.EXERCISE_ID), groupNumber(task),
        FormData.list(task, OversightProcess.SCORES, ScoreRow.class).stream()
            .map(r -> new SelfAnalysisService.ScoreInput(r.questionNumber(), r.score(), r.evidence())).toList(),
        FormData.currentUser(task)));
  }

  @Bean
  TaskForm setImprovementPlanForm(SelfAnalysisService service, SelfAnalysisReport report, WorkingDays workingDays) {
    return TaskForm.of(task -> {
      Long exerciseId = FormData.id(task, OversightProcess.EXERCISE_ID);
      Exercise exercise = service.exercise(exerciseId);
      TaskSubject.describe(task, exercise.getBodyName() + ", " + exercise.getDecisionMeeting(),
          workingDays.plusWorkingDays(BusinessClock.today(), 10));
      task.setVariableLocal(OversightProcess.RESULTS_SUMMARY, FormData.formText(exercise.getBodyName() + " decided ("
          + exercise.getDecisionMeeting() + ", " + exercise.getDecisionOutcome() + "): " + exercise.getDecisionRationale()
          + "\n\n" + report.summary(exercise, service.results(exerciseId))));
      FormData.putList(task, OversightProcess.PLAN_ACTIONS, List.of(new ActionRow(null, null, null, null)));
    }, task -> service.setPlan(FormData.id(task, OversightProcess.EXERCISE_ID),
        FormData.list(task, OversightProcess.PLAN_ACTIONS, ActionRow.class).stream()
            .map(r -> new SelfAnalysisService.ActionInput(r.questionNumber(), r.action(), r.owner(), r.dueDate())).toList()));
  }

  @Bean
  TaskForm reportActionDoneForm(SelfAnalysisService service) {
    return TaskForm.of(task -> {
      PlanAction action = service.action(FormData.id(task, OversightProcess.ACTION_ID));
      Exercise exercise = service.exercise(action.getExerciseId());
      TaskSubject.describe(task, action.getDescription(), action.getDueDate());
      task.setVariableLocal(OversightProcess.ACTION_SUMMARY, "Commissioning Improvement Plan of " + exercise.getBodyName()
          + " (decided " + exercise.getDecisionMeeting() + ")\nAction: " + action.getDescription() + "\nAddresses question "
          + action.getQuestionNumber() + "\nDue: " + action.getDueDate().format(SelfAnalysisService.LONG_DATE));
    }, task -> service.actionDone(FormData.id(task, OversightProcess.ACTION_ID), FormData.text(task, OversightProcess.PROGRESS_NOTE)));
  }

  @Bean
  TaskForm updateStrategyProgressForm(StrategyTrackerService tracker) {
    return TaskForm.of(task -> {
      org.childrenstrust.commissioning.oversight.domain.StrategyAction action = tracker.action(FormData.id(task, OversightProcess.STRATEGY_ACTION_ID));
      String body = tracker.body(action.getBodyCode()).name();
      TaskSubject.describe(task, "action " + action.getActionNumber() + ", " + body + " " + action.getReportDate().format(TaskSubject.SHORT_DATE),
          tracker.updateDue(action));
      task.setVariableLocal(OversightProcess.STRATEGY_SUMMARY, "Action " + action.getActionNumber() + ": " + action.getDescription()
          + "\nCYPP section: " + action.getCyppSection() + "\nReports to " + body + " on "
          + action.getReportDate().format(SelfAnalysisService.LONG_DATE) + "\nProgress so far: "
          + (action.getProgress() == null ? "none recorded" : action.getProgress()));
      task.setVariableLocal(OversightProcess.STRATEGY_PROGRESS, action.getProgress());
      task.setVariableLocal(OversightProcess.STRATEGY_STATUS, action.getStatus().name());
    }, task -> tracker.progress(FormData.id(task, OversightProcess.STRATEGY_ACTION_ID), FormData.text(task, OversightProcess.STRATEGY_PROGRESS),
        FormData.text(task, OversightProcess.STRATEGY_STATUS)));
  }

  /** A line of a partner's return: the activity (read only) and its figures. */
  record BudgetLine(String activityCode, String activity, java.math.BigDecimal budget, java.math.BigDecimal priorityChange, String changeNote,
      java.math.BigDecimal outturn) {}

  private static TaskForm budgetForm(BudgetMonitoringService budgets, boolean outturn) {
    return TaskForm.of(task -> {
      Long roundId = FormData.id(task, OversightProcess.ROUND_ID);
      var round = budgets.round(roundId);
      var partner = budgets.partner(FormData.text(task, OversightProcess.PARTNER_CODE));
      TaskSubject.describe(task, partner.getName() + ", " + round.getFinancialYear(), outturn ? round.getOutturnDue() : round.getReturnsDue());
      java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
      budgets.activities().forEach(a -> names.put(a.getCode(), a.getName()));
      task.setVariableLocal(OversightProcess.BUDGET_SUMMARY, outturn
          ? partner.getName() + ": the outturn " + round.getFinancialYear() + " of each activity (what was spent), in pounds and pence."
          : partner.getName() + ": the " + round.getFinancialYear() + " budget of each activity that involves spending across the partnership, "
              + "and any change made to it to support the plan's priorities (with what it supports). 0.00 where you spend nothing.");
      FormData.putList(task, OversightProcess.BUDGET_LINES, budgets.returnsOf(roundId, partner.getCode()).stream()
          .map(r -> new BudgetLine(r.getActivityCode(), names.get(r.getActivityCode()), r.getBudget(), r.getPriorityChange(), r.getChangeNote(),
              r.getOutturn())).toList());
    }, task -> {
      List<BudgetMonitoringService.Line> lines = FormData.list(task, OversightProcess.BUDGET_LINES, BudgetLine.class).stream()
          .map(l -> new BudgetMonitoringService.Line(l.activityCode(), l.budget(), l.priorityChange(), l.changeNote(), l.outturn())).toList();
      Long roundId = FormData.id(task, OversightProcess.ROUND_ID);
      String partner = FormData.text(task, OversightProcess.PARTNER_CODE);
      if (outturn) {
        budgets.returnOutturn(roundId, partner, lines, FormData.currentUser(task));
      } else {
        budgets.returnBudgets(roundId, partner, lines, FormData.currentUser(task));
      }
    });
  }

  @Bean
  TaskForm returnBudgetsForm(BudgetMonitoringService budgets) {
    return budgetForm(budgets, false);
  }

  @Bean
  TaskForm returnOutturnForm(BudgetMonitoringService budgets) {
    return budgetForm(budgets, true);
  }
}
