package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A meeting of a governance body: its agenda, who came, what was decided, and its minutes. */
@Entity
@Table(name = "ct_meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id")
  private GovernanceBody body;
  /** Human reference and process business key, e.g. "ECG-2010-03-11". */
  private String reference;
  private String title;
  private String purpose;
  private LocalDate meetingDate;
  private LocalTime startTime;
  private LocalTime endTime;
  private String place;
  @Enumerated(EnumType.STRING)
  private MeetingStatus status = MeetingStatus.SCHEDULED;
  private boolean overrunAcknowledged;
  private String agendaReturnedComments;
  private String agendaApprovedBy;
  private LocalDate agendaPublishedOn;
  private String latePublicationReason;
  private String minutesReturnedComments;
  private String minutesApprovedBy;
  private LocalDate minutesCirculatedOn;
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "minutes_confirmed_at_id")
  private Meeting minutesConfirmedAt;
  private LocalDate minutesPublishedOn;
  private boolean minutesLocked;
  private String nextMeetingNote;
  private String processInstanceId;
  @Version
  private long version;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<AgendaItem> items = new ArrayList<>();
  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Attendance> attendance = new ArrayList<>();
  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<MeetingAction> actions = new ArrayList<>();
  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<MinutesAmendment> amendments = new ArrayList<>();

  protected Meeting() {}

  public Meeting(GovernanceBody body, LocalDate date, LocalTime start, LocalTime end, String place) {
    if (date == null || start == null || end == null) {
      throw new BusinessRuleViolation("A meeting needs a date, a start time and an end time.");
    }
    if (!end.isAfter(start)) {
      throw new BusinessRuleViolation("The meeting ends (" + end + ") before it starts (" + start
          + "): check the times.");
    }
    if (place == null || place.isBlank()) {
      throw new BusinessRuleViolation("A meeting needs a place.");
    }
    this.body = body;
    this.meetingDate = date;
    this.startTime = start;
    this.endTime = end;
    this.place = place.strip();
    this.title = body.getName();
    this.purpose = body.getPurpose();
    this.reference = body.getCode() + "-" + date;
  }

  /** The agenda in running order, with each item's start time worked out from the one before. */
  public List<AgendaItem> orderedItems() {
    return items.stream().sorted(Comparator.comparingInt(AgendaItem::getNumber)).toList();
  }

  /** Minutes by which the planned items run past the end time (0 when they fit). */
  public long overrunMinutes() {
    LocalTime finish = plannedFinish();
    return finish.isAfter(endTime) ? Duration.between(endTime, finish).toMinutes() : 0;
  }

  public LocalTime plannedFinish() {
    LocalTime finish = startTime;
    for (AgendaItem item : orderedItems()) {
      LocalTime itemStart = item.getPlannedStart() != null && item.getPlannedStart().isAfter(finish)
          ? item.getPlannedStart() : finish;
      finish = itemStart.plusMinutes(item.getDurationMinutes());
    }
    return finish;
  }

  /** Recomputes every item's planned start: items follow each other from the start time. */
  public void retime() {
    LocalTime next = startTime;
    for (AgendaItem item : orderedItems()) {
      item.setPlannedStart(next);
      next = next.plusMinutes(item.getDurationMinutes());
    }
  }

  public int nextItemNumber() {
    return items.stream().mapToInt(AgendaItem::getNumber).max().orElse(0) + 1;
  }

  public Optional<AgendaItem> item(int number) {
    return items.stream().filter(i -> i.getNumber() == number).findFirst();
  }

  public Optional<AgendaItem> standingItem(ItemKind kind) {
    return items.stream().filter(i -> i.getKind() == kind).findFirst();
  }

  public LocalDateTime startsAt() {
    return meetingDate.atTime(startTime);
  }

  public void ensureMinutesEditable() {
    if (minutesLocked) {
      throw BusinessRuleViolation.conflict("The minutes of " + reference
          + " were approved as a true record and are locked: record an amendment instead of editing them.");
    }
  }

  // --- the meeting's life: each transition refuses a change its state does not allow ---

  /** The clerk starts drafting the agenda (again, when the process step is retried). */
  public void draftAgenda() {
    requireStatus("draft the agenda", MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_DRAFT);
    status = MeetingStatus.AGENDA_DRAFT;
  }

  /** The clerk accepts that the items run past the end time (or the draft no longer does). */
  public void acceptOverrun(boolean accepted) {
    this.overrunAcknowledged = accepted;
  }

  public void approveAgenda(String chairUserId) {
    requireStatus("approve the agenda", MeetingStatus.AGENDA_DRAFT);
    status = MeetingStatus.AGENDA_APPROVED;
    agendaApprovedBy = chairUserId;
    agendaReturnedComments = null;
  }

  public void returnAgenda(String comments) {
    requireStatus("send the agenda back", MeetingStatus.AGENDA_DRAFT);
    agendaReturnedComments = requireText(comments, "Tell the clerk what to change before sending the agenda back.");
  }

  public void recordLatePublicationReason(String reason) {
    latePublicationReason = requireText(reason, "The agenda is late: give the reason it is published late.");
  }

  public void publishAgenda(LocalDate on) {
    if (status != MeetingStatus.AGENDA_APPROVED) {
      throw BusinessRuleViolation.conflict("The agenda of " + reference + " is not approved by the chair yet.");
    }
    agendaPublishedOn = on;
    status = MeetingStatus.AGENDA_PUBLISHED;
  }

  /** The clerk recorded what happened at the meeting. */
  public void markHeld(String nextMeetingNote) {
    if (!status.agendaPublished()) {
      throw BusinessRuleViolation.conflict("The agenda of " + reference + " was never published: the meeting cannot be recorded.");
    }
    ensureMinutesEditable();
    this.nextMeetingNote = nextMeetingNote;
    if (status.compareTo(MeetingStatus.HELD) < 0) {
      status = MeetingStatus.HELD;
    }
  }

  /** The outcomes were applied: the minutes are a draft for the chair. */
  public void draftMinutes() {
    requireStatus("draft the minutes", MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT);
    status = MeetingStatus.MINUTES_DRAFT;
    minutesReturnedComments = null;
  }

  public void approveMinutes(String userId) {
    ensureMinutesEditable();
    requireStatus("approve the draft minutes", MeetingStatus.MINUTES_DRAFT);
    status = MeetingStatus.MINUTES_APPROVED_BY_CHAIR;
    minutesApprovedBy = userId;
    minutesReturnedComments = null;
  }

  public void returnMinutes(String comments) {
    ensureMinutesEditable();
    requireStatus("return the draft minutes", MeetingStatus.MINUTES_DRAFT);
    minutesReturnedComments = requireText(comments, "Tell the clerk what to change before sending the draft minutes back.");
  }

  public void circulateMinutes(LocalDate on) {
    if (status.compareTo(MeetingStatus.MINUTES_APPROVED_BY_CHAIR) < 0 || status == MeetingStatus.CANCELLED) {
      throw BusinessRuleViolation.conflict("The minutes of " + reference + " are not approved by the chair yet.");
    }
    minutesCirculatedOn = on;
    if (status.compareTo(MeetingStatus.MINUTES_CIRCULATED) < 0) {
      status = MeetingStatus.MINUTES_CIRCULATED;
    }
  }

  /** The next meeting ({@code at}) approved these minutes as a true record. */
  public void confirmMinutes(Meeting at) {
    if (status.compareTo(MeetingStatus.MINUTES_APPROVED_BY_CHAIR) < 0 || status == MeetingStatus.CANCELLED) {
      throw BusinessRuleViolation.conflict("The minutes of " + reference + " are not approved by the chair yet.");
    }
    minutesConfirmedAt = at;
    if (status.compareTo(MeetingStatus.MINUTES_CONFIRMED) < 0) {
      status = MeetingStatus.MINUTES_CONFIRMED;
    }
  }

  /** Publishes confirmed minutes and locks them: from now on a correction is an amendment. */
  public void publishMinutes(LocalDate on) {
    if (minutesConfirmedAt == null) {
      throw BusinessRuleViolation.conflict("The minutes of " + reference
          + " are not yet approved as a true record by the next meeting.");
    }
    minutesLocked = true;
    minutesPublishedOn = on;
    status = MeetingStatus.MINUTES_PUBLISHED;
  }

  /** The AgendaToMinutes instance that runs this meeting; a meeting has one. */
  public void runBy(String processInstanceId) {
    if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
      throw new BusinessRuleViolation("Meeting " + reference + " already has its process.");
    }
    this.processInstanceId = processInstanceId;
  }

  private void requireStatus(String what, MeetingStatus... allowed) {
    for (MeetingStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw BusinessRuleViolation.conflict("Cannot " + what + " of " + reference + ": the meeting is at "
        + status.name().toLowerCase().replace('_', ' ') + ".");
  }

  private static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new BusinessRuleViolation(message);
    }
    return text.strip();
  }

  public Long getId() { return id; }
  public GovernanceBody getBody() { return body; }
  public String getReference() { return reference; }
  public String getTitle() { return title; }
  public String getPurpose() { return purpose; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public LocalTime getStartTime() { return startTime; }
  public LocalTime getEndTime() { return endTime; }
  public String getPlace() { return place; }
  public MeetingStatus getStatus() { return status; }
  public boolean isOverrunAcknowledged() { return overrunAcknowledged; }
  public String getAgendaReturnedComments() { return agendaReturnedComments; }
  public String getAgendaApprovedBy() { return agendaApprovedBy; }
  public LocalDate getAgendaPublishedOn() { return agendaPublishedOn; }
  public String getLatePublicationReason() { return latePublicationReason; }
  public String getMinutesReturnedComments() { return minutesReturnedComments; }
  public String getMinutesApprovedBy() { return minutesApprovedBy; }
  public LocalDate getMinutesCirculatedOn() { return minutesCirculatedOn; }
  public Meeting getMinutesConfirmedAt() { return minutesConfirmedAt; }
  public LocalDate getMinutesPublishedOn() { return minutesPublishedOn; }
  public boolean isMinutesLocked() { return minutesLocked; }
  public String getNextMeetingNote() { return nextMeetingNote; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<AgendaItem> getItems() { return items; }
  public List<Attendance> getAttendance() { return attendance; }
  public List<MeetingAction> getActions() { return actions; }
  public List<MinutesAmendment> getAmendments() { return amendments; }
}
