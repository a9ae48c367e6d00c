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
import org.childrenstrust.commissioning.platform.web.BusinessRuleViolation;

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
  public void setStatus(MeetingStatus status) { this.status = status; }
  public boolean isOverrunAcknowledged() { return overrunAcknowledged; }
  public void setOverrunAcknowledged(boolean acknowledged) { this.overrunAcknowledged = acknowledged; }
  public String getAgendaReturnedComments() { return agendaReturnedComments; }
  public void setAgendaReturnedComments(String comments) { this.agendaReturnedComments = comments; }
  public String getAgendaApprovedBy() { return agendaApprovedBy; }
  public void setAgendaApprovedBy(String userId) { this.agendaApprovedBy = userId; }
  public LocalDate getAgendaPublishedOn() { return agendaPublishedOn; }
  public void setAgendaPublishedOn(LocalDate date) { this.agendaPublishedOn = date; }
  public String getLatePublicationReason() { return latePublicationReason; }
  public void setLatePublicationReason(String reason) { this.latePublicationReason = reason; }
  public String getMinutesReturnedComments() { return minutesReturnedComments; }
  public void setMinutesReturnedComments(String comments) { this.minutesReturnedComments = comments; }
  public String getMinutesApprovedBy() { return minutesApprovedBy; }
  public void setMinutesApprovedBy(String userId) { this.minutesApprovedBy = userId; }
  public LocalDate getMinutesCirculatedOn() { return minutesCirculatedOn; }
  public void setMinutesCirculatedOn(LocalDate date) { this.minutesCirculatedOn = date; }
  public Meeting getMinutesConfirmedAt() { return minutesConfirmedAt; }
  public void setMinutesConfirmedAt(Meeting meeting) { this.minutesConfirmedAt = meeting; }
  public LocalDate getMinutesPublishedOn() { return minutesPublishedOn; }
  public void setMinutesPublishedOn(LocalDate date) { this.minutesPublishedOn = date; }
  public boolean isMinutesLocked() { return minutesLocked; }
  public void lockMinutes() { this.minutesLocked = true; }
  public String getNextMeetingNote() { return nextMeetingNote; }
  public void setNextMeetingNote(String note) { this.nextMeetingNote = note; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public List<AgendaItem> getItems() { return items; }
  public List<Attendance> getAttendance() { return attendance; }
  public List<MeetingAction> getActions() { return actions; }
  public List<MinutesAmendment> getAmendments() { return amendments; }
}
