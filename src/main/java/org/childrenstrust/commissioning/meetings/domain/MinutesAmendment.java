package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A correction to approved (locked) minutes: recorded beside them, never an edit. */
@Entity
@Table(name = "ct_minutes_amendment")
public class MinutesAmendment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;
  @Column(name = "item_number")
  private Integer itemNumber;
  private String amendment;
  private String reason;
  private String recordedBy;
  private LocalDate recordedOn;

  protected MinutesAmendment() {}

  public MinutesAmendment(Meeting meeting, Integer itemNumber, String amendment, String reason,
      String recordedBy, LocalDate recordedOn) {
    this.meeting = meeting;
    this.itemNumber = itemNumber;
    this.amendment = amendment;
    this.reason = reason;
    this.recordedBy = recordedBy;
    this.recordedOn = recordedOn;
  }

  public Long getId() { return id; }
  public Meeting getMeeting() { return meeting; }
  public Integer getItemNumber() { return itemNumber; }
  public String getAmendment() { return amendment; }
  public String getReason() { return reason; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDate getRecordedOn() { return recordedOn; }
}
