package org.childrenstrust.commissioning.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Times each human step of a process: the person's submit plus the engine's work up to the next wait state. */
public final class StepTimer {

  private final Map<String, List<Double>> byStep = new LinkedHashMap<>();
  private boolean recording = true;

  public void recording(boolean on) {
    this.recording = on;
  }

  public void step(String name, Runnable work) {
    double ms = Bench.millis(work);
    if (recording) {
      byStep.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
    }
  }

  public Map<String, List<Double>> byStep() {
    return byStep;
  }

  public List<Double> all() {
    return byStep.values().stream().flatMap(List::stream).toList();
  }
}
