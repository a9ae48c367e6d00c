package org.childrenstrust.commissioning.benchmark;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers shared by the benchmarks: the mode, progress lines, medians. */
public final class Bench {

  /** {@code -Dbenchmark.quick=true}: fewer repetitions and smaller data, the whole run under 5 minutes on 2 cores. */
  public static final boolean QUICK = Boolean.getBoolean("benchmark.quick");

  private Bench() {}

  public static int pick(int quick, int full) {
    return QUICK ? quick : full;
  }

  public static Path outputDir() {
    return Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
  }

  /** One line on the console per workload step, so a long run shows where it is. */
  public static void progress(String line) {
    System.out.println("[benchmark " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    System.out.flush();
  }

  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  /** Milliseconds a call took. */
  public static double millis(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1_000_000.0;
  }

  public static String f(double value) {
    return String.format("%.2f", value);
  }
}
