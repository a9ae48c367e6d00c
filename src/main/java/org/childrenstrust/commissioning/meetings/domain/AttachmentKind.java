package org.childrenstrust.commissioning.meetings.domain;

/** What comes with an agenda item. */
public enum AttachmentKind {
  NONE, PRESENTATION, REPORT, REPORT_TO_FOLLOW
}
