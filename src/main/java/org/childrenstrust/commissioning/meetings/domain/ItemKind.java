package org.childrenstrust.commissioning.meetings.domain;

/** The kind of an agenda item; standing items are added to every agenda. */
public enum ItemKind {
  WELCOME,
  APOLOGIES,
  /** Approval of the previous meeting's minutes as a true record, and open actions. */
  MINUTES_AND_MATTERS_ARISING,
  BUSINESS,
  ANY_OTHER_BUSINESS
}
