package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** An action of the Commissioning Improvement Plan: what, who owns it, by when, and the question it addresses. */
@Entity
@Table(name = "ov_plan_action")
public class PlanAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long exerciseId;
  private int questionNumber;
  private String description;
  private String ownerId;
  private LocalDate dueDate;
  private String status = "OPEN";
  private boolean reminderSent;
  private boolean chaseSent;
  private LocalDate doneOn;
  private String progressNote;

  protected PlanAction() {}

  public PlanAction(Long exerciseId, int questionNumber, String description, String ownerId, LocalDate dueDate) {
    if (description == null || description.isBlank()) {
      throw new BusinessRuleViolation("Each improvement action needs a description of what will be done.");
    }
    if (ownerId == null || ownerId.isBlank()) {
      throw new BusinessRuleViolation("The action '" + description.strip() + "' needs an owner: give the user id of the person responsible.");
    }
    if (dueDate == null) {
      throw new BusinessRuleViolation("The action '" + description.strip() + "' needs a due date.");
    }
    this.exerciseId = exerciseId;
    this.questionNumber = questionNumber;
    this.description = Texts.limit(description.strip(), 1000, "The action");
    this.ownerId = Texts.limit(ownerId.strip(), 64, "The owner's user id");
    this.dueDate = dueDate;
  }

  /** The owner reports the action done, with what was achieved. */
  public void done(LocalDate on, String note) {
    if (note == null || note.isBlank()) {
      throw new BusinessRuleViolation("Say what was done on '" + description + "'.");
    }
    status = "DONE";
    doneOn = on;
    progressNote = Texts.limit(note.strip(), 2000, "What was done");
  }

  /** True the first time only: a reminder is sent once, however often the step is retried. */
  public boolean markReminderSent() {
    boolean first = !reminderSent;
    reminderSent = true;
    return first;
  }

  public boolean markChaseSent() {
    boolean first = !chaseSent;
    chaseSent = true;
    return first;
  }

  public boolean isOverdue(LocalDate today) {
    return doneOn == null && dueDate.isBefore(today);
  }

  public Long getId() { return id; }
  public Long getExerciseId() { return exerciseId; }
  public int getQuestionNumber() { return questionNumber; }
  public String getDescription() { return description; }
  public String getOwnerId() { return ownerId; }
  public LocalDate getDueDate() { return dueDate; }
  public String getStatus() { return status; }
  public boolean isReminderSent() { return reminderSent; }
  public boolean isChaseSent() { return chaseSent; }
  public LocalDate getDoneOn() { return doneOn; }
  public String getProgressNote() { return progressNote; }
}
