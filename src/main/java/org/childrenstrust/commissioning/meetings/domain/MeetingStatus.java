package org.childrenstrust.commissioning.meetings.domain;

/** A meeting's life, from scheduling to published minutes. */
public enum MeetingStatus {
  SCHEDULED,
  AGENDA_DRAFT,
  AGENDA_APPROVED,
  AGENDA_PUBLISHED,
  HELD,
  MINUTES_DRAFT,
  MINUTES_APPROVED_BY_CHAIR,
  MINUTES_CIRCULATED,
  MINUTES_CONFIRMED,
  MINUTES_PUBLISHED,
  CANCELLED;

  public boolean agendaPublished() {
    return compareTo(AGENDA_PUBLISHED) >= 0 && this != CANCELLED;
  }

  public boolean held() {
    return compareTo(HELD) >= 0 && this != CANCELLED;
  }
}
