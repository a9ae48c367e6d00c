package org.childrenstrust.commissioning.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childrenstrust.commissioning.meetings.GovernanceBodies;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.ExerciseGroup;
import org.childrenstrust.commissioning.oversight.domain.ExerciseGroupRepository;
import org.childrenstrust.commissioning.oversight.domain.ExerciseRepository;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.oversight.domain.PlanActionRepository;
import org.childrenstrust.commissioning.oversight.domain.Question;
import org.childrenstrust.commissioning.oversight.domain.QuestionRepository;
import org.childrenstrust.commissioning.oversight.domain.Score;
import org.childrenstrust.commissioning.oversight.domain.ScoreRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commissioning self-analysis: the exercise, its groups and scores, the results, the improvement plan. */
@Service
@Transactional
class SelfAnalysisService {

  /** The groups have this many working days from the opening to score their questions. */
  static final int SCORING_WORKING_DAYS = 10;
  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final GovernanceBodies bodies;
  private final Users users;
  private final WorkingDays workingDays;
  private final QuestionRepository questions;
  private final ExerciseRepository exercises;
  private final ExerciseGroupRepository groups;
  private final ScoreRepository scores;
  private final PlanActionRepository actions;

  SelfAnalysisService(GovernanceBodies bodies, Users users, WorkingDays workingDays, QuestionRepository questions,
      ExerciseRepository exercises, ExerciseGroupRepository groups, ScoreRepository scores, PlanActionRepository actions) {
    this.bodies = bodies;
    this.users = users;
    this.workingDays = workingDays;
    this.questions = questions;
    this.exercises = exercises;
    this.groups = groups;
    this.scores = scores;
    this.actions = actions;
  }

  /** Opens an exercise for the body: its members split into groups, each group's six questions ready to score. */
  Exercise open(String bodyCode, String openedBy) {
    if (bodyCode == null || bodyCode.isBlank()) {
      throw new BusinessRuleViolation("Choose the body whose members carry out the self-analysis (e.g. BOARD).");
    }
    GovernanceBodies.Body body = bodies.body(bodyCode)
        .orElseThrow(() -> new BusinessRuleViolation("There is no governance body '" + bodyCode.strip() + "'."));
    List<String> members = users.membersOf(body.groupId());
    List<Question> questionnaire = questions.findAllByOrderByQuestionNumberAsc();
    List<GroupSplit.Group> split = GroupSplit.split(members, questionnaire.stream().map(Question::getQuestionNumber).toList());
    LocalDate today = BusinessClock.today();
    Exercise exercise = exercises.save(new Exercise(body.code(), body.name(), body.groupId(), openedBy, today,
        workingDays.plusWorkingDays(today, SCORING_WORKING_DAYS)));
    Map<Integer, Question> byNumber = new LinkedHashMap<>();
    questionnaire.forEach(q -> byNumber.put(q.getQuestionNumber(), q));
    for (GroupSplit.Group group : split) {
      groups.save(new ExerciseGroup(exercise.getId(), group.number(), group.members()));
      for (int number : group.questions()) {
        scores.save(new Score(exercise.getId(), group.number(), byNumber.get(number)));
      }
    }
    return exercise;
  }

  @Transactional(readOnly = true)
  Exercise exercise(Long id) {
    return exercises.findById(id).orElseThrow(() -> new NotFound("There is no self-analysis " + id + "."));
  }

  @Transactional(readOnly = true)
  List<Exercise> exercisesOf(String bodyCode) {
    return exercises.findByBodyCodeOrderByOpenedOnDescIdDesc(bodyCode);
  }

  @Transactional(readOnly = true)
  List<Integer> groupNumbers(Long exerciseId) {
    return groups.findByExerciseIdOrderByGroupNumberAsc(exerciseId).stream().map(ExerciseGroup::getGroupNumber).toList();
  }

  @Transactional(readOnly = true)
  ExerciseGroup group(Long exerciseId, int groupNumber) {
    return groups.findByExerciseIdAndGroupNumber(exerciseId, groupNumber)
        .orElseThrow(() -> new NotFound("The self-analysis " + exerciseId + " has no group " + groupNumber + "."));
  }

  @Transactional(readOnly = true)
  List<Score> scoresOf(Long exerciseId, int groupNumber) {
    return scores.findByExerciseIdAndGroupNumberOrderByQuestionNumberAsc(exerciseId, groupNumber);
  }

  /** A score the group enters in its form. */
  record ScoreInput(Integer questionNumber, Integer score, String evidence) {}

  /**
   * The group's scores and evidence, all six at once: a score off the scale, evidence missing, a
   * question the group was not given or one left out refuses the whole form and nothing is saved.
   */
  void recordScores(Long exerciseId, int groupNumber, List<ScoreInput> inputs, String user) {
    Exercise exercise = exercise(exerciseId);
    if (exercise.getStatus() != org.childrenstrust.commissioning.oversight.domain.ExerciseStatus.SCORING) {
      throw BusinessRuleViolation.conflict("The self-analysis of " + exercise.getBodyName() + " is no longer being scored.");
    }
    ExerciseGroup group = group(exerciseId, groupNumber);
    if (user != null && !group.memberIds().contains(user)) {
      throw BusinessRuleViolation.forbidden("Only the members of group " + groupNumber + " (" + String.join(", ", group.memberIds())
          + ") record its scores.");
    }
    Map<Integer, Score> own = new LinkedHashMap<>();
    scoresOf(exerciseId, groupNumber).forEach(s -> own.put(s.getQuestionNumber(), s));
    Set<Integer> given = new HashSet<>();
    for (ScoreInput input : inputs) {
      Score score = input.questionNumber() == null ? null : own.get(input.questionNumber());
      if (score == null) {
        throw new BusinessRuleViolation("Group " + groupNumber + " scores questions " + own.keySet() + ", not question "
            + input.questionNumber() + ".");
      }
      if (!given.add(input.questionNumber())) {
        throw new BusinessRuleViolation("Question " + input.questionNumber() + " is scored twice: give one score per question.");
      }
      score.record(input.score(), input.evidence(), user);
    }
    if (!given.containsAll(own.keySet())) {
      Set<Integer> missing = new java.util.TreeSet<>(own.keySet());
      missing.removeAll(given);
      throw new BusinessRuleViolation("Score every question of the group: questions " + missing + " have no score yet.");
    }
  }

  /** Every group has scored: the results go to the body. */
  void toBody(Long exerciseId) {
    exercise(exerciseId).toBody();
  }

  /** One group's score on a question, with its evidence. */
  record GroupScore(int groupNumber, int score, String evidence) {}

  /** A question's results: every group's score, the lowest, highest, spread (highest − lowest) and mean (2 places). */
  record QuestionResult(int number, String topic, String wording, List<GroupScore> scores, Integer lowest, Integer highest,
      Integer spread, BigDecimal mean) {}

  @Transactional(readOnly = true)
  List<QuestionResult> results(Long exerciseId) {
    Map<Integer, List<Score>> byQuestion = new LinkedHashMap<>();
    for (Score score : scores.findByExerciseIdOrderByQuestionNumberAscGroupNumberAsc(exerciseId)) {
      byQuestion.computeIfAbsent(score.getQuestionNumber(), n -> new ArrayList<>()).add(score);
    }
    List<QuestionResult> results = new ArrayList<>();
    byQuestion.forEach((number, list) -> {
      List<GroupScore> scored = list.stream().filter(s -> s.getScore() != null)
          .map(s -> new GroupScore(s.getGroupNumber(), s.getScore(), s.getEvidence())).toList();
      Integer lowest = scored.stream().map(GroupScore::score).min(Integer::compare).orElse(null);
      Integer highest = scored.stream().map(GroupScore::score).max(Integer::compare).orElse(null);
      BigDecimal mean = scored.isEmpty() ? null : BigDecimal.valueOf(scored.stream().mapToInt(GroupScore::score).sum())
          .divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
      results.add(new QuestionResult(number, list.get(0).getTopic(), list.get(0).getWording(), scored, lowest, highest,
          lowest == null ? null : highest - lowest, mean));
    });
    return results;
  }

  /** The body's minuted decision on the results. */
  void decided(Long exerciseId, String outcome, String rationale, String meeting) {
    exercise(exerciseId).decided(outcome, rationale, meeting);
  }

  /** An improvement action as the officer enters it. */
  record ActionInput(Integer questionNumber, String action, String owner, String dueDate) {}

  /**
   * Sets the Commissioning Improvement Plan the body's decision asked for: each action needs the
   * question it addresses, an owner who is a user, and a due date that is a working day after today
   * (a weekend or bank holiday is refused, naming the working day before it). All or nothing.
   */
  List<PlanAction> setPlan(Long exerciseId, List<ActionInput> inputs) {
    Exercise exercise = exercise(exerciseId);
    if (inputs.isEmpty()) {
      throw new BusinessRuleViolation("The improvement plan needs at least one action.");
    }
    Set<Integer> asked = new HashSet<>();
    results(exerciseId).forEach(r -> asked.add(r.number()));
    LocalDate today = BusinessClock.today();
    List<PlanAction> plan = new ArrayList<>();
    for (ActionInput input : inputs) {
      String what = input.action() == null || input.action().isBlank() ? "An action" : "The action '" + input.action().strip() + "'";
      if (input.questionNumber() == null || !asked.contains(input.questionNumber())) {
        throw new BusinessRuleViolation(what + " must name the question it addresses (1 to " + GroupSplit.QUESTIONS + "), not "
            + input.questionNumber() + ".");
      }
      if (input.owner() != null && !input.owner().isBlank()
          && !users.exists(input.owner().strip())) {
        throw new BusinessRuleViolation(what + ": '" + input.owner().strip() + "' is not a user; the owner is given by user id.");
      }
      LocalDate due = org.childrenstrust.commissioning.platform.process.FormData.date(input.dueDate(), what + "'s due date");
      if (due != null && !due.isAfter(today)) {
        throw new BusinessRuleViolation(what + " is due " + due.format(LONG_DATE) + ", which is not after today.");
      }
      if (due != null && !workingDays.isWorkingDay(due)) {
        throw new BusinessRuleViolation(what + " is due " + due.format(LONG_DATE) + ", which is not a working day"
            + (workingDays.isBankHoliday(due) ? " (a bank holiday)" : "") + ": the working day before is "
            + workingDays.minusWorkingDays(due, 1).format(LONG_DATE) + ".");
      }
      plan.add(new PlanAction(exerciseId, input.questionNumber(), input.action(), input.owner(), due));
    }
    exercise.planAgreed();
    return actions.saveAll(plan);
  }

  @Transactional(readOnly = true)
  List<PlanAction> planOf(Long exerciseId) {
    return actions.findByExerciseIdOrderByDueDateAscIdAsc(exerciseId);
  }

  @Transactional(readOnly = true)
  PlanAction action(Long actionId) {
    return actions.findById(actionId).orElseThrow(() -> new NotFound("There is no improvement action " + actionId + "."));
  }

  void actionDone(Long actionId, String note) {
    action(actionId).done(BusinessClock.today(), note);
  }

  /** Marks the reminder sent; true only the first time. */
  boolean reminderDue(Long actionId) {
    return action(actionId).markReminderSent();
  }

  boolean chaseDue(Long actionId) {
    return action(actionId).markChaseSent();
  }

  @Transactional(readOnly = true)
  List<Question> questionnaire() {
    return questions.findAllByOrderByQuestionNumberAsc();
  }

  /** An administrator rewords a question; exercises already opened keep the wording they were scored on. */
  Question reword(int number, String topic, String wording) {
    Question question = questions.findByQuestionNumber(number)
        .orElseThrow(() -> new NotFound("There is no question " + number + " (the questionnaire has questions 1 to "
            + GroupSplit.QUESTIONS + ")."));
    question.reword(topic, wording);
    return question;
  }
}
