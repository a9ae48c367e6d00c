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

/** Who was at a meeting: present (chair marked), apologies, or a substitute for a member. */
@Entity
@Table(name = "ct_attendance")
public class Attendance {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;
  private String personName;
  private String organisation;
  @Enumerated(EnumType.STRING)
  private AttendanceStatus status;
  private boolean chair;
  private String substituteFor;

  protected Attendance() {}

  public Attendance(Meeting meeting, String personName, String organisation, AttendanceStatus status,
      boolean chair, String substituteFor) {
    this.meeting = meeting;
    this.personName = personName;
    this.organisation = organisation;
    this.status = status;
    this.chair = chair;
    this.substituteFor = substituteFor;
  }

  public Long getId() { return id; }
  public Meeting getMeeting() { return meeting; }
  public String getPersonName() { return personName; }
  public String getOrganisation() { return organisation; }
  public AttendanceStatus getStatus() { return status; }
  public boolean isChair() { return chair; }
  public String getSubstituteFor() { return substituteFor; }
}
