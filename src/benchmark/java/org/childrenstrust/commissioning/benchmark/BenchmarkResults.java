package org.childrenstrust.commissioning.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmarks measured in this run, written after every workload to
 * {@code target/benchmark/results.json} and {@code results.md}: so a run that stops half way still
 * leaves what it had. Figures are reported, never asserted.
 */
public final class BenchmarkResults {

  /** The five ratios of issue 13, with their goals (reported, not asserted). */
  public static final String STEP_RATIO = "step_ratio_vs_bare_engine";
  public static final String ENGINE_VS_PGBENCH = "engine_commits_per_pgbench_tps";
  public static final String TASK_QUERY_RATIO = "task_query_ratio_100k_vs_1k";
  public static final String REST_VS_JAVA = "rest_vs_java_ratio";
  public static final String STARTUP_RATIO = "startup_ratio_vs_bare_starter";

  private static final Map<String, String> GOALS = Map.of(
      STEP_RATIO, "<= 1.3", ENGINE_VS_PGBENCH, ">= 0.5", TASK_QUERY_RATIO, "<= 2",
      REST_VS_JAVA, "<= 1.5", STARTUP_RATIO, "<= 1.3");

  private static final Map<String, Double> RATIOS = new LinkedHashMap<>();
  private static final Map<String, Map<String, Object>> WORKLOADS = new LinkedHashMap<>();
  private static final Map<String, List<List<String>>> TABLES = new LinkedHashMap<>();
  private static final List<String> NOTES = new ArrayList<>();
  private static final Map<String, Object> ENVIRONMENT = new LinkedHashMap<>();

  private BenchmarkResults() {}

  public static synchronized void ratio(String name, double value) {
    RATIOS.put(name, round(value));
    Bench.progress("ratio " + name + " = " + String.format("%.3f", value) + " (goal " + GOALS.get(name) + ")");
    write();
  }

  /** Figures of one workload (numbers, strings, nested maps). */
  public static synchronized void workload(String name, Map<String, Object> figures) {
    WORKLOADS.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(figures);
    write();
  }

  /** A table for results.md: the first row is the header. */
  public static synchronized void table(String title, List<List<String>> rows) {
    TABLES.put(title, rows);
    write();
  }

  public static synchronized void note(String text) {
    NOTES.add(text);
    write();
  }

  public static synchronized void environment(String key, Object value) {
    ENVIRONMENT.put(key, value);
    write();
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }

  private static void write() {
    Path dir = Bench.outputDir();
    try {
      Files.createDirectories(dir);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("written", Instant.now().toString());
      json.put("quick", Bench.QUICK);
      json.put("environment", environmentFigures());
      json.put("ratios", RATIOS);
      json.put("goals", GOALS);
      json.put("workloads", WORKLOADS);
      json.put("notes", NOTES);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("results.json").toFile(), json);
      Files.writeString(dir.resolve("results.md"), markdown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> environmentFigures() {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("cores", Runtime.getRuntime().availableProcessors());
    env.put("memory", memoryTotal());
    env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("benchmark_jvm_max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    env.put("load_average_at_write", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    env.putAll(ENVIRONMENT);
    return env;
  }

  private static String memoryTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> l.replaceAll("\\s+", " ").substring("MemTotal: ".length())).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder("# Benchmark results\n\n");
    md.append(Bench.QUICK ? "Quick run (`-Dbenchmark.quick=true`: fewer repetitions, smaller data; see each table).\n\n"
        : "Full run.\n\n");
    md.append("| machine | |\n|---|---|\n");
    environmentFigures().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n## Ratios (measured side by side in this run; goals are reported, not asserted)\n\n");
    md.append("| ratio | value | goal | met |\n|---|---|---|---|\n");
    for (String name : List.of(STEP_RATIO, ENGINE_VS_PGBENCH, TASK_QUERY_RATIO, REST_VS_JAVA, STARTUP_RATIO)) {
      Double value = RATIOS.get(name);
      md.append("| `").append(name).append("` | ").append(value == null ? "not measured" : String.format("%.2f", value))
          .append(" | ").append(GOALS.get(name)).append(" | ").append(value == null ? "" : met(name, value) ? "yes" : "**no**")
          .append(" |\n");
    }
    TABLES.forEach((title, rows) -> {
      md.append("\n## ").append(title).append("\n\n");
      for (int i = 0; i < rows.size(); i++) {
        md.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
        if (i == 0) {
          md.append("|").append("---|".repeat(rows.get(0).size())).append("\n");
        }
      }
    });
    if (!NOTES.isEmpty()) {
      md.append("\n## Notes\n\n");
      NOTES.forEach(n -> md.append("- ").append(n).append("\n"));
    }
    return md.toString();
  }

  static boolean met(String name, double value) {
    String goal = GOALS.get(name);
    double bound = Double.parseDouble(goal.substring(3));
    return goal.startsWith("<=") ? value <= bound : value >= bound;
  }
}
