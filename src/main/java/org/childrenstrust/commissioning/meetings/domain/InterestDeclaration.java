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

/** An interest a person declared on an agenda item. */
@Entity
@Table(name = "ct_interest_declaration")
public class InterestDeclaration {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agenda_item_id")
  private AgendaItem agendaItem;
  private String personName;
  @Enumerated(EnumType.STRING)
  private InterestKind kind;
  private String details;

  protected InterestDeclaration() {}

  public InterestDeclaration(AgendaItem agendaItem, String personName, InterestKind kind, String details) {
    this.agendaItem = agendaItem;
    this.personName = personName;
    this.kind = kind;
    this.details = details;
  }

  public Long getId() { return id; }
  public AgendaItem getAgendaItem() { return agendaItem; }
  public String getPersonName() { return personName; }
  public InterestKind getKind() { return kind; }
  public String getDetails() { return details; }
}
