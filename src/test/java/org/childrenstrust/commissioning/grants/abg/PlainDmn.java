package org.childrenstrust.commissioning.grants.abg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The ABG allocation decision on a plain DMN engine (no process engine, no Spring). */
final class PlainDmn {

  static final String MODEL = "processes/grants/abg/AbgAllocationRule.dmn";
  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision DECISION = parse();

  private PlainDmn() {}

  private static DmnDecision parse() {
    try (InputStream model = PlainDmn.class.getClassLoader().getResourceAsStream(MODEL)) {
      return ENGINE.parseDecision(AllocationRule.DECISION_KEY, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String basis(Map<String, Object> inputs) {
    return ENGINE.evaluateDecisionTable(DECISION, inputs).getSingleResult().getEntry("basis");
  }

  static AllocationRule rule() {
    return new AllocationRule(PlainDmn::basis);
  }
}
