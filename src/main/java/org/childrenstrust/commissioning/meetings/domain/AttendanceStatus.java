package org.childrenstrust.commissioning.meetings.domain;

/** Whether a member came: present, sent apologies, was represented by a substitute, or was absent without apologies. */
public enum AttendanceStatus {
  PRESENT, APOLOGIES, SUBSTITUTE, ABSENT
}
