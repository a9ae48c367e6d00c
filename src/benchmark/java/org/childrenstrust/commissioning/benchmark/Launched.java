package org.childrenstrust.commissioning.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Spring Boot jar launched as its own process, timed until Tasklist answers, then stopped. */
final class Launched implements AutoCloseable {

  private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private final Process process;
  private final long launchedAt;
  private final int port;

  private Launched(Process process, long launchedAt, int port) {
    this.process = process;
    this.launchedAt = launchedAt;
    this.port = port;
  }

  static Launched start(Path jar, int port, Map<String, String> environment, List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(), "-jar", jar.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    return new Launched(builder.start(), start, port);
  }

  /** Milliseconds from launch until GET /camunda/app/tasklist/ answers with Tasklist's page. */
  double untilTasklistAnswers(Duration limit) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/camunda/app/tasklist/"))
        .timeout(Duration.ofSeconds(10)).build();
    long deadline = launchedAt + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped with exit code " + process.exitValue());
      }
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().toLowerCase().contains("tasklist")) {
          return (System.nanoTime() - launchedAt) / 1_000_000.0;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Tasklist did not answer within " + limit);
  }

  /** The heap in use after a full collection (jcmd GC.run, GC.heap_info), in MiB. */
  double heapAfterGcMb() {
    String jcmd = javaHome().resolve("bin/jcmd").toString();
    String pid = String.valueOf(process.pid());
    DebianPostgres.exec(List.of(jcmd, pid, "GC.run"), Path.of("."), 60);
    String info = DebianPostgres.exec(List.of(jcmd, pid, "GC.heap_info"), Path.of("."), 60);
    Matcher m = USED.matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("no heap figures in: " + info);
    }
    return Long.parseLong(m.group(2)) / 1024.0;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(40, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }
}
