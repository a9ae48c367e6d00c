package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * A line of a body's commissioning strategy tracker: the action (numbered; an action may have
 * several lines, one per CYPP section it touches), its CYPP section, progress, status, and the
 * date of the Board meeting it reports to.
 */
@Entity
@Table(name = "ov_strategy_action")
public class StrategyAction {

  public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String bodyCode;
  private int actionNumber;
  private int lineNumber;
  private String description;
  private String cyppSection;
  private String progress;
  @Enumerated(EnumType.STRING)
  private Status status = Status.IN_PROGRESS;
  private LocalDate reportDate;
  private String reportNote;
  private String ownerId;
  private Long forwardPlanItemId;
  private LocalDate updatedOn;
  private boolean reminderSent;

  protected StrategyAction() {}

  public StrategyAction(String bodyCode, int actionNumber, int lineNumber, String description, String cyppSection, String ownerId,
      LocalDate reportDate) {
    if (actionNumber < 1 || lineNumber < 1) {
      throw new BusinessRuleViolation("A strategy action is numbered from 1, not " + actionNumber + ".");
    }
    if (description == null || description.isBlank()) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + " needs its text (what will be done).");
    }
    if (cyppSection == null || cyppSection.isBlank()) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + " needs the CYPP section it sits in, e.g. 'WT5: Commissioning'.");
    }
    if (ownerId == null || ownerId.isBlank()) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + " needs an owner: give the user id of the person who reports on it.");
    }
    if (reportDate == null) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + " needs the date of the Board meeting it reports to.");
    }
    this.bodyCode = bodyCode;
    this.actionNumber = actionNumber;
    this.lineNumber = lineNumber;
    this.description = Texts.limit(description.strip(), 500, "The text of strategy action " + actionNumber);
    this.cyppSection = Texts.limit(cyppSection.strip(), 100, "The CYPP section");
    this.ownerId = Texts.limit(ownerId.strip(), 64, "The owner's user id");
    this.reportDate = reportDate;
  }

  /** The owner's progress update. */
  public void progress(String narrative, Status newStatus, LocalDate on) {
    if (narrative == null || narrative.isBlank()) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + ": describe the progress made.");
    }
    if (newStatus == null) {
      throw new BusinessRuleViolation("Strategy action " + actionNumber + ": give its status (not started, in progress, complete).");
    }
    progress = Texts.limit(narrative.strip(), 2000, "The progress of strategy action " + actionNumber);
    status = newStatus;
    updatedOn = on;
    reminderSent = false;
  }

  /** As printed in the seed's "Report to Board" column, e.g. "March 2010" or "Established January 2010". */
  public void noteReport(String note) {
    reportNote = note == null || note.isBlank() ? null : Texts.limit(note.strip(), 60, "The report note");
  }

  public void onForwardPlan(long itemId) {
    forwardPlanItemId = itemId;
  }

  public boolean markReminderSent() {
    boolean first = !reminderSent;
    reminderSent = true;
    return first;
  }

  public Long getId() { return id; }
  public String getBodyCode() { return bodyCode; }
  public int getActionNumber() { return actionNumber; }
  public int getLineNumber() { return lineNumber; }
  public String getDescription() { return description; }
  public String getCyppSection() { return cyppSection; }
  public String getProgress() { return progress; }
  public Status getStatus() { return status; }
  public LocalDate getReportDate() { return reportDate; }
  public String getReportNote() { return reportNote; }
  public String getOwnerId() { return ownerId; }
  public Long getForwardPlanItemId() { return forwardPlanItemId; }
  public LocalDate getUpdatedOn() { return updatedOn; }
}
