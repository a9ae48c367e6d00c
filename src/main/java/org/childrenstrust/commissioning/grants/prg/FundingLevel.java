package org.childrenstrust.commissioning.grants.prg;

/** The levels of funding the PMG recommends and the SSP Board awards for a proposal. */
enum FundingLevel {
  NONE("No funding"),
  LESS("20% less than the equal share"),
  EQUAL("The equal share"),
  MORE("20% more than the equal share");

  private final String label;

  FundingLevel(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
