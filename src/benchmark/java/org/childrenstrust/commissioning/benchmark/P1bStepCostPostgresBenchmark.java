package org.childrenstrust.commissioning.benchmark;

import org.junit.jupiter.api.Test;

/** P1 on PostgreSQL: the real processes' human steps against the bare process's. */
class P1bStepCostPostgresBenchmark extends OnPostgres {

  @Test
  void humanStepsAgainstTheBareEngine() {
    StepCostWorkload.measure(this, "PostgreSQL");
  }
}
