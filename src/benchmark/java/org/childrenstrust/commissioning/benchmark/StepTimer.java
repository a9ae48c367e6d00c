package org.childrenstrust.commissioning.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times each human step of a process twice: what the person waits for (the submit's transaction,
 * up to the first asynchronous boundary) and the whole step (the submit plus the asynchronous work
 * it leads to, run as the job executor would, up to the next wait state).
 */
public final class StepTimer {

  private final Map<String, List<Double>> whole = new LinkedHashMap<>();
  private final Map<String, List<Double>> submit = new LinkedHashMap<>();
  private boolean recording = true;

  public void recording(boolean on) {
    this.recording = on;
  }

  /** A step with no asynchronous work after it. */
  public void step(String name, Runnable work) {
    step(name, work, () -> { });
  }

  public void step(String name, Runnable submitted, Runnable asynchronous) {
    double s = Bench.millis(submitted);
    double a = Bench.millis(asynchronous);
    if (recording) {
      submit.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
      whole.computeIfAbsent(name, k -> new ArrayList<>()).add(s + a);
    }
  }

  /** Whole steps, by step. */
  public Map<String, List<Double>> byStep() {
    return whole;
  }

  public Map<String, List<Double>> submitByStep() {
    return submit;
  }

  public List<Double> all() {
    return whole.values().stream().flatMap(List::stream).toList();
  }

  public List<Double> allSubmits() {
    return submit.values().stream().flatMap(List::stream).toList();
  }
}
