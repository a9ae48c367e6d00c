package org.childrenstrust.commissioning.meetings.publication;

/** Who a meeting paper is for. */
public enum DocumentVariant {
  /** Part A only: exempt items are withheld, showing at most "Item n: exempt from publication". */
  PUBLIC,
  /** Every item, exempt ones included: for members of the body, clerks and administrators. */
  INTERNAL
}
