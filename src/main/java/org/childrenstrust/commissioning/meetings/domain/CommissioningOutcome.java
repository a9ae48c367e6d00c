package org.childrenstrust.commissioning.meetings.domain;

/** Every Child Matters outcomes, by which the forward work plan is grouped, plus the other headings the seed's plan uses. */
public enum CommissioningOutcome {
  BE_HEALTHY("Be Healthy"),
  STAY_SAFE("Stay Safe"),
  ENJOY_AND_ACHIEVE("Enjoy & Achieve"),
  POSITIVE_CONTRIBUTION("Make a Positive Contribution"),
  ECONOMIC_WELLBEING("Achieve Economic Well-being"),
  CHILDRENS_CENTRES("Children's Centres"),
  EXTENDED_SCHOOLS("Extended Schools"),
  GOVERNANCE("Governance and resources");

  private final String label;

  CommissioningOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
