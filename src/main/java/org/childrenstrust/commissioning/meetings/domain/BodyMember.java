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

/** A person on a governance body: chair, member, substitute or officer (e.g. the clerk). */
@Entity
@Table(name = "ct_body_member")
public class BodyMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id")
  private GovernanceBody body;
  private String personName;
  private String organisation;
  @Enumerated(EnumType.STRING)
  private MemberRole role;
  /** The person's Camunda user id, when they use the system. */
  private String userId;
  private String email;
  private boolean active = true;

  protected BodyMember() {}

  public BodyMember(GovernanceBody body, String personName, String organisation, MemberRole role,
      String userId, String email) {
    this.body = body;
    this.personName = personName;
    this.organisation = organisation;
    this.role = role;
    this.userId = userId;
    this.email = email;
    body.getMembers().add(this);
  }

  public Long getId() { return id; }
  public GovernanceBody getBody() { return body; }
  public String getPersonName() { return personName; }
  public String getOrganisation() { return organisation; }
  public MemberRole getRole() { return role; }
  public String getUserId() { return userId; }
  public String getEmail() { return email; }
  public boolean isActive() { return active; }
}
