package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A group's score and evidence on one question, with the question's wording as it was asked. */
@Entity
@Table(name = "ov_score")
public class Score {

  /** The scale every score is on: 1 (not in place) to 4 (working well and consistently). */
  public static final int LOWEST = 1;
  public static final int HIGHEST = 4;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long exerciseId;
  private int groupNumber;
  private int questionNumber;
  private String topic;
  private String wording;
  private Integer score;
  private String evidence;
  private String scoredBy;

  protected Score() {}

  public Score(Long exerciseId, int groupNumber, Question question) {
    this.exerciseId = exerciseId;
    this.groupNumber = groupNumber;
    this.questionNumber = question.getQuestionNumber();
    this.topic = question.getTopic();
    this.wording = question.getWording();
  }

  /** Records the group's score (on the 1 to 4 scale) and its evidence (required). */
  public void record(Integer value, String evidenceText, String by) {
    if (value == null || value < LOWEST || value > HIGHEST) {
      throw new BusinessRuleViolation("Question " + questionNumber + " (" + topic + "): the score is " + LOWEST + " to " + HIGHEST
          + " (1 not in place, 2 being developed, 3 in place but not consistent, 4 working well)"
          + (value == null ? "; give one." : ", not " + value + "."));
    }
    if (evidenceText == null || evidenceText.isBlank()) {
      throw new BusinessRuleViolation("Question " + questionNumber + " (" + topic + "): give the evidence for the score.");
    }
    score = value;
    evidence = Texts.limit(evidenceText.strip(), 2000, "The evidence for question " + questionNumber);
    scoredBy = by;
  }

  public Long getId() { return id; }
  public Long getExerciseId() { return exerciseId; }
  public int getGroupNumber() { return groupNumber; }
  public int getQuestionNumber() { return questionNumber; }
  public String getTopic() { return topic; }
  public String getWording() { return wording; }
  public Integer getScore() { return score; }
  public String getEvidence() { return evidence; }
  public String getScoredBy() { return scoredBy; }
}
