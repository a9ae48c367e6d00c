package org.childrenstrust.commissioning.meetings.domain;

/** Kinds of interest a member declares on an item (Herefordshire framework: personal, financial, service-related). */
public enum InterestKind {
  PERSONAL, FINANCIAL, SERVICE
}
