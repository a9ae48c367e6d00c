package org.childrenstrust.commissioning.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.childrenstrust.commissioning.cycle.CommissioningCycleDriver;
import org.childrenstrust.commissioning.grants.abg.AbgPriorityListsDriver;
import org.childrenstrust.commissioning.grants.prg.PrgProposalDriver;
import org.childrenstrust.commissioning.meetings.MeetingCycleDriver;

/**
 * P1: the median time of a human step of each real process divided by the median time of a human
 * step of the bare process, on one database, measured interleaved (one real cycle, then a few bare
 * ones) so that the machine's noise falls on both alike. To profile one process:
 * {@code -Dbenchmark.p1.only=AgendaToMinutes -Dbenchmark.p1.cycles=30} (process keys, comma-separated).
 */
final class StepCostWorkload {

  /** The largest ratio over every database and process measured in this JVM. */
  private static double largest = 0;
  private static final List<List<String>> TABLE = new ArrayList<>(List.of(
      List.of("database", "process", "human steps timed", "median ms per step", "bare median ms per step", "ratio",
          "submit only: median ms", "bare submit only", "submit-only ratio")));
  private static final List<List<String>> STEPS = new ArrayList<>(List.of(
      List.of("database", "process", "step", "n", "median ms (with its asynchronous work)", "p90 ms",
          "median ms of the submit alone")));

  private StepCostWorkload() {}

  static void measure(EngineBenchmarkSupport support, String database) {
    MeetingCycleDriver meetings = new MeetingCycleDriver(support.context);
    measure(support, database, MeetingCycleDriver.processKey(), meetings::runCycle);
    AbgPriorityListsDriver priorityLists = new AbgPriorityListsDriver(support.context);
    measure(support, database, AbgPriorityListsDriver.processKey(), priorityLists::runCycle);
    PrgProposalDriver prgProposal = new PrgProposalDriver(support.context);
    measure(support, database, PrgProposalDriver.processKey(), prgProposal::runCycle);
    CommissioningCycleDriver commissioningCycle = new CommissioningCycleDriver(support.context);
    measure(support, database, CommissioningCycleDriver.processKey(), commissioningCycle::runCycle);
  }

  private static void measure(EngineBenchmarkSupport support, String database, String process, Consumer<StepTimer> cycle) {
    String only = System.getProperty("benchmark.p1.only", "");
    if (!only.isBlank() && !List.of(only.split(",")).contains(process)) {
      Bench.progress("P1 " + database + " " + process + ": left out (-Dbenchmark.p1.only=" + only + ")");
      return;
    }
    int warmUp = Bench.pick(1, 5);
    int cycles = Integer.getInteger("benchmark.p1.cycles", Bench.pick(6, 40));
    int barePerCycle = 6;
    StepTimer real = new StepTimer();
    StepTimer bare = new StepTimer();
    real.recording(false);
    bare.recording(false);
    for (int i = 0; i < warmUp; i++) {
      cycle.accept(real);
      for (int b = 0; b < barePerCycle * 3; b++) {
        support.bareCycle(bare);
      }
    }
    real.recording(true);
    bare.recording(true);
    Bench.progress("P1 " + database + " " + process + ": " + cycles + " cycles, " + barePerCycle + " bare instances after each");
    for (int i = 0; i < cycles; i++) {
      cycle.accept(real);
      for (int b = 0; b < barePerCycle; b++) {
        support.bareCycle(bare);
      }
    }
    double realMedian = Bench.median(real.all());
    double bareMedian = Bench.median(bare.all());
    double ratio = realMedian / bareMedian;
    double submitRatio = Bench.median(real.allSubmits()) / Bench.median(bare.allSubmits());
    Bench.progress("P1 " + database + " " + process + ": median step " + Bench.f(realMedian) + " ms, bare "
        + Bench.f(bareMedian) + " ms, ratio " + Bench.f(ratio) + " (the submit alone: ratio " + Bench.f(submitRatio) + ")");
    synchronized (StepCostWorkload.class) {
      TABLE.add(List.of(database, process, String.valueOf(real.all().size()), Bench.f(realMedian), Bench.f(bareMedian),
          Bench.f(ratio), Bench.f(Bench.median(real.allSubmits())), Bench.f(Bench.median(bare.allSubmits())),
          Bench.f(submitRatio)));
      addSteps(database, process, real);
      addSteps(database, BARE_NAME, bare);
      largest = Math.max(largest, ratio);
      BenchmarkResults.table("P1: the cost of a human step against the bare engine", TABLE);
      BenchmarkResults.table("P1: each human step", STEPS);
      BenchmarkResults.workload("P1 " + database + " " + process, EngineBenchmarkSupport.figures(
          "cycles", cycles, "steps_timed", real.all().size(), "median_ms_per_step", BenchmarkResults.round(realMedian),
          "bare_median_ms_per_step", BenchmarkResults.round(bareMedian), "ratio", BenchmarkResults.round(ratio),
          "submit_only_ratio", BenchmarkResults.round(submitRatio),
          "history_level", support.engine.getProcessEngineConfiguration().getHistory(),
          "smtp_server", EngineBenchmarkSupport.PROMPT_SMTP ? "GreenMail with TCP_NODELAY" : "GreenMail as it comes"));
      BenchmarkResults.ratio(BenchmarkResults.STEP_RATIO, largest);
    }
  }

  private static final String BARE_NAME = "bare (start, user task, end)";

  private static void addSteps(String database, String process, StepTimer timer) {
    for (Map.Entry<String, List<Double>> step : timer.byStep().entrySet()) {
      STEPS.add(List.of(database, process, step.getKey(), String.valueOf(step.getValue().size()),
          Bench.f(Bench.median(step.getValue())), Bench.f(Bench.percentile(step.getValue(), 0.9)),
          Bench.f(Bench.median(timer.submitByStep().get(step.getKey())))));
    }
  }
}
