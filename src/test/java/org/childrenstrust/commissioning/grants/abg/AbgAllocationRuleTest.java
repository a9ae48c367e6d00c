package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The AbgAllocationRule decision table on a plain DMN engine: one row per seed case. */
class AbgAllocationRuleTest {

  @ParameterizedTest(name = "{0}: {1}, existing {2}, previous lower {3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      "Connexions (grant already fell) | FULL_GRANT | true | false | FULL_GRANT",
      "Targeted family support (under tender) | FIXED_AMOUNT | true | false | FIXED_AMOUNT",
      "Children's Fund staff pick-up (£106,000) | FIXED_AMOUNT | false | false | FIXED_AMOUNT",
      "Child death review (spend below allocation) | ACTUAL_SPEND | true | true | ACTUAL_SPEND",
      "Young people's Shadow Board | EARMARK | false | false | EARMARK",
      "Children's social care workforce (09/10 lower) | NONE | true | true | PREVIOUS_ALLOCATION",
      "Existing activity, 94% of 10/11 lower | NONE | true | false | FUNDING_PERCENT",
      "New activity | NONE | false | false | FUNDING_PERCENT",
  })
  void decidesTheBasis(String seedCase, String exceptionKind, boolean existing, boolean previousLower, String basis) {
    assertThat(PlainDmn.basis(Map.of("exceptionKind", exceptionKind, "existingActivity", existing,
        "previousAllocationIsLower", previousLower))).as(seedCase).isEqualTo(basis);
  }
}
