package org.childrenstrust.commissioning.grants.abg;

/** The kinds of recorded exception to the allocation rule (Herefordshire Appendix C, 2010/11). */
public enum ExceptionKind {
  /** 100% of this year's grant (Connexions: the grant had already fallen). */
  FULL_GRANT,
  /** A fixed amount (targeted family support, £337,006, under tender). */
  FIXED_AMOUNT,
  /** Actual spend, where spend was below the allocation (child death review). */
  ACTUAL_SPEND,
  /** An amount earmarked for a purpose (the young people's Shadow Board). */
  EARMARK;

  public boolean needsAmount() {
    return this == FIXED_AMOUNT || this == EARMARK;
  }
}
