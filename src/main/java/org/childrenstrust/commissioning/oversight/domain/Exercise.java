package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A body's commissioning self-analysis: its groups score the questions, the body decides on the results. */
@Entity
@Table(name = "ov_exercise")
public class Exercise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String bodyCode;
  private String bodyName;
  private String bodyGroup;
  private String openedBy;
  private LocalDate openedOn;
  private LocalDate scoresDue;
  @Enumerated(EnumType.STRING)
  private ExerciseStatus status = ExerciseStatus.SCORING;
  private String decisionOutcome;
  private String decisionRationale;
  private String decisionMeeting;
  @Version
  private long version;

  protected Exercise() {}

  public Exercise(String bodyCode, String bodyName, String bodyGroup, String openedBy, LocalDate openedOn, LocalDate scoresDue) {
    this.bodyCode = bodyCode;
    this.bodyName = bodyName;
    this.bodyGroup = bodyGroup;
    this.openedBy = openedBy;
    this.openedOn = openedOn;
    this.scoresDue = scoresDue;
  }

  /** Every group has scored: the report goes to the body. */
  public void toBody() {
    if (status != ExerciseStatus.SCORING) {
      throw BusinessRuleViolation.conflict("The self-analysis of " + bodyName + " is no longer being scored.");
    }
    status = ExerciseStatus.WITH_BODY;
  }

  /** The body's minuted decision on the results. */
  public void decided(String outcome, String rationale, String meeting) {
    if (status != ExerciseStatus.WITH_BODY) {
      throw BusinessRuleViolation.conflict("The self-analysis of " + bodyName + " is not waiting for the body's decision.");
    }
    decisionOutcome = outcome;
    decisionRationale = rationale;
    decisionMeeting = meeting;
    status = "REJECTED".equals(outcome) ? ExerciseStatus.NOT_ACCEPTED : ExerciseStatus.WITH_BODY;
  }

  /** The Commissioning Improvement Plan is set. */
  public void planAgreed() {
    if (status != ExerciseStatus.WITH_BODY || decisionOutcome == null) {
      throw BusinessRuleViolation.conflict("The improvement plan follows the body's decision on the self-analysis.");
    }
    status = ExerciseStatus.PLAN_AGREED;
  }

  public Long getId() { return id; }
  public String getBodyCode() { return bodyCode; }
  public String getBodyName() { return bodyName; }
  public String getBodyGroup() { return bodyGroup; }
  public String getOpenedBy() { return openedBy; }
  public LocalDate getOpenedOn() { return openedOn; }
  public LocalDate getScoresDue() { return scoresDue; }
  public ExerciseStatus getStatus() { return status; }
  public String getDecisionOutcome() { return decisionOutcome; }
  public String getDecisionRationale() { return decisionRationale; }
  public String getDecisionMeeting() { return decisionMeeting; }
}
