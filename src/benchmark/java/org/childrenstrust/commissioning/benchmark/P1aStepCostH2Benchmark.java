package org.childrenstrust.commissioning.benchmark;

import org.junit.jupiter.api.Test;

/** P1 on H2: the real processes' human steps against the bare process's. */
class P1aStepCostH2Benchmark extends OnH2 {

  @Test
  void humanStepsAgainstTheBareEngine() {
    StepCostWorkload.measure(this, "H2");
  }
}
