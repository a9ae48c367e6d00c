package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action a meeting gave someone, followed up until done. */
@Entity
@Table(name = "ct_meeting_action")
public class MeetingAction {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "agenda_item_id")
  private AgendaItem agendaItem;
  private String description;
  private String ownerName;
  private String ownerEmail;
  private LocalDate dueDate;
  @Enumerated(EnumType.STRING)
  private ActionStatus status = ActionStatus.OPEN;
  private LocalDate completedOn;
  private String progressNote;
  private LocalDate remindedBeforeOn;
  private LocalDate remindedOverdueOn;

  protected MeetingAction() {}

  public MeetingAction(Meeting meeting, AgendaItem item, String description, String ownerName,
      String ownerEmail, LocalDate dueDate) {
    this.meeting = meeting;
    this.agendaItem = item;
    this.description = description;
    this.ownerName = ownerName;
    this.ownerEmail = ownerEmail;
    this.dueDate = dueDate;
  }

  public boolean isOpen() { return status == ActionStatus.OPEN; }

  public void complete(LocalDate on, String note) {
    this.status = ActionStatus.DONE;
    this.completedOn = on;
    this.progressNote = note;
  }

  public Long getId() { return id; }
  public Meeting getMeeting() { return meeting; }
  public AgendaItem getAgendaItem() { return agendaItem; }
  public String getDescription() { return description; }
  public String getOwnerName() { return ownerName; }
  public String getOwnerEmail() { return ownerEmail; }
  public LocalDate getDueDate() { return dueDate; }
  public ActionStatus getStatus() { return status; }
  public LocalDate getCompletedOn() { return completedOn; }
  public String getProgressNote() { return progressNote; }
  public LocalDate getRemindedBeforeOn() { return remindedBeforeOn; }
  public void setRemindedBeforeOn(LocalDate date) { this.remindedBeforeOn = date; }
  public LocalDate getRemindedOverdueOn() { return remindedOverdueOn; }
  public void setRemindedOverdueOn(LocalDate date) { this.remindedOverdueOn = date; }
}
