package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A governance body (Board, ECG / Management Group, an outcome group) with its terms of reference and members. */
@Entity
@Table(name = "ct_governance_body")
public class GovernanceBody {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String code;
  private String name;
  private String purpose;
  private String termsOfReference;
  private String camundaGroupId;
  private String defaultPlace;
  private LocalTime defaultStartTime;
  private LocalTime defaultEndTime;
  /** Meetings fall on the n-th {@link #meetingDayOfWeek} of a pattern month (1-4). */
  private Integer meetingWeekOfMonth;
  @Enumerated(EnumType.STRING)
  private DayOfWeek meetingDayOfWeek;
  @Column(name = "publication_clear_days")
  private int publicationClearDays = 5;

  @OneToMany(mappedBy = "body", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<BodyMember> members = new ArrayList<>();

  protected GovernanceBody() {}

  public GovernanceBody(String code, String name, String purpose, String camundaGroupId) {
    this.code = code;
    this.name = name;
    this.purpose = purpose;
    this.camundaGroupId = camundaGroupId;
  }

  public Optional<BodyMember> chair() {
    return members.stream().filter(m -> m.isActive() && m.getRole() == MemberRole.CHAIR).findFirst();
  }

  public boolean hasMemberUser(String userId) {
    return userId != null && members.stream().anyMatch(m -> m.isActive() && userId.equals(m.getUserId())
        && m.getRole() != MemberRole.OFFICER);
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public String getPurpose() { return purpose; }
  public String getTermsOfReference() { return termsOfReference; }
  public String getCamundaGroupId() { return camundaGroupId; }
  public String getDefaultPlace() { return defaultPlace; }
  public LocalTime getDefaultStartTime() { return defaultStartTime; }
  public LocalTime getDefaultEndTime() { return defaultEndTime; }
  public Integer getMeetingWeekOfMonth() { return meetingWeekOfMonth; }
  public DayOfWeek getMeetingDayOfWeek() { return meetingDayOfWeek; }
  public int getPublicationClearDays() { return publicationClearDays; }
  public List<BodyMember> getMembers() { return members; }
}
