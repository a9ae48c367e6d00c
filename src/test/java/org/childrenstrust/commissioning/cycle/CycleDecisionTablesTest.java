package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two decision tables users may change, on a plain DMN engine (no process engine, no Spring). */
class CycleDecisionTablesTest {

  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECIDING_BODY = parse("processes/cycle/CycleDecidingBody.dmn", CycleProcess.DECIDING_BODY_DECISION);
  private static final DmnDecision ROUTE = parse("processes/cycle/CycleProcurementRoute.dmn", CycleProcess.PROCUREMENT_ROUTE_DECISION);

  private static DmnDecision parse(String file, String key) {
    try (InputStream model = CycleDecisionTablesTest.class.getClassLoader().getResourceAsStream(file)) {
      return ENGINE.parseDecision(key, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}: £{1}, {2} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "Complex needs pool under section 75 (small) | 20000 | POOLED | BOARD",
      "Complex needs pool under section 75 | 900000 | POOLED | BOARD",
      "Single agency above the threshold | 500000.01 | SINGLE_AGENCY | BOARD",
      "Aligned budgets above the threshold | 750000 | ALIGNED | BOARD",
      "Single agency at the threshold | 500000 | SINGLE_AGENCY | ECG",
      "Aligned budgets, small | 20000 | ALIGNED | ECG",
      "Single agency, small | 25000 | SINGLE_AGENCY | HOST_OUTCOME_GROUP",
      "Single agency, just above small | 25000.01 | SINGLE_AGENCY | ECG",
  })
  void decidesTheBody(String example, double value, String arrangement, String body) {
    DmnDecisionRuleResult result = ENGINE.evaluateDecisionTable(DECIDING_BODY, Map.of("value", value, "arrangement", arrangement))
        .getSingleResult();
    assertThat((String) result.getEntry("body")).as(example).isEqualTo(body);
    assertThat((String) result.getEntry("reason")).isNotBlank();
  }

  @ParameterizedTest(name = "{0}: £{1}, {2}, {3} -> {4}")
  @CsvSource(delimiter = '|', value = {
      "Small purchase | 9999.99 | SERVICES | COMPETITIVE | ONE_QUOTE",
      "At the quotes threshold | 10000 | SERVICES | COMPETITIVE | THREE_QUOTES",
      "Just under tender | 74999.99 | GOODS | LIMITED | THREE_QUOTES",
      "Counselling, open market | 75000 | SERVICES | COMPETITIVE | OPEN_TENDER",
      "CAMHS, few providers | 480000 | SERVICES | LIMITED | RESTRICTED_TENDER",
      "Framework call-off, any value | 300000 | SERVICES | FRAMEWORK | FRAMEWORK_CALL_OFF",
      "Voluntary sector grant | 60000 | GRANT_FUNDED | COMPETITIVE | GRANT_AGREEMENT",
      "Council's own service | 200000 | IN_HOUSE | COMPETITIVE | IN_HOUSE_SLA",
      "Only the NHS can provide | 200000 | SERVICES | IN_HOUSE | IN_HOUSE_SLA",
  })
  void choosesTheProcurementRoute(String example, double value, String kind, String market, String route) {
    DmnDecisionRuleResult result = ENGINE.evaluateDecisionTable(ROUTE, Map.of("value", value, "kindOfService", kind, "market", market))
        .getSingleResult();
    assertThat((String) result.getEntry("route")).as(example).isEqualTo(route);
    assertThat((String) result.getEntry("rationale")).isNotBlank();
  }
}
