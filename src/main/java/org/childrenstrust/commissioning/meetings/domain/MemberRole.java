package org.childrenstrust.commissioning.meetings.domain;

/** A member's role on a governance body. */
public enum MemberRole {
  CHAIR, MEMBER, SUBSTITUTE, OFFICER
}
