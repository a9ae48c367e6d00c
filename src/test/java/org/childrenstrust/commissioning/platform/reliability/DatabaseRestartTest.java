package org.childrenstrust.commissioning.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The postgres profile with its PostgreSQL server stopped: the domain API and the engine REST API
 * answer 503 with a message a person can act on within seconds (Hikari gives up after
 * {@code connection-timeout}), never a 30-second hang and a 500; once the server is back, the
 * same request succeeds. A server of its own (the other tests share one), stopped and started again
 * on the same port and data folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "ADMIN_USER_ID=" + DatabaseRestartTest.ADMIN, "ADMIN_PASSWORD=" + DatabaseRestartTest.PASSWORD,
    "DB_CONNECTION_TIMEOUT_MS=2000"})
@ActiveProfiles("postgres")
class DatabaseRestartTest {

  /**
   * The engines of all test contexts register in one static registry under the name "default", which
   * the webapps and the REST API of every context look up. Closing this context early
   * (@DirtiesContext) would unregister that name and the other cached contexts' Tasklist would answer
   * 500; so the context stays cached with its job executor stopped (its server is gone), and the
   * engine registered before it started is put back.
   */
  private static final ProcessEngine ENGINE_BEFORE = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);

  @AfterAll
  static void standDown(@Autowired ProcessEngine engine) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
    if (ENGINE_BEFORE != null) {
      ProcessEngines.registerProcessEngine(ENGINE_BEFORE);
    }
  }

  static final String ADMIN = "ops.admin";
  static final String PASSWORD = "Correct-Horse-Battery-7";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PG_PORT = freePort();
  private static final Path PG_DATA = tempDir();
  private static EmbeddedPostgres server = startServer();

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "commissioning"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void whileTheDatabaseIsDownRequestsGetAQuick503AndAfterItIsBackTheyWork() throws Exception {
    assertThat(post("/api/meetings", meeting("2027-02-09")).statusCode()).isEqualTo(201);

    server.close();
    server = null;

    long start = System.nanoTime();
    HttpResponse<String> api = post("/api/meetings", meeting("2027-03-09"));
    long apiMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    HttpResponse<String> engine = get("/engine-rest/task?candidateGroup=clerks");
    long engineMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    HttpResponse<String> meetingPage = get("/api/meetings/ECG-2027-02-09");
    long readMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(JSON.readTree(api.body()).path("message").asText())
        .startsWith("The database cannot be reached just now").contains("saved").contains("in a minute");
    assertThat(apiMillis).isLessThan(15_000);
    assertThat(engine.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(engine.body()).path("message").asText()).startsWith("The database cannot be reached just now");
    assertThat(engineMillis).isLessThan(15_000);
    assertThat(meetingPage.statusCode()).isEqualTo(503);
    assertThat(readMillis).isLessThan(15_000);
    assertThat(api.body() + engine.body() + meetingPage.body()).doesNotContain("Exception:", "\tat ");

    server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(PG_PORT).setDataDirectory(PG_DATA)
        .setCleanDataDirectory(false).start();

    int status = 0;
    for (int attempt = 0; attempt < 30 && status != 201; attempt++) {
      status = post("/api/meetings", meeting("2027-03-09")).statusCode();
      if (status != 201) {
        Thread.sleep(1000);
      }
    }
    assertThat(status).isEqualTo(201);
    JsonNode both = JSON.readTree(get("/engine-rest/process-instance?processDefinitionKey=AgendaToMinutes").body());
    assertThat(both.size()).isEqualTo(2);
    // the request refused while the database was down left nothing behind: one meeting on 9 March
    assertThat(get("/api/meetings/ECG-2027-03-09").statusCode()).isEqualTo(200);
  }

  private static String meeting(String date) {
    return "{\"bodyCode\":\"ECG\",\"date\":\"" + date + "\",\"startTime\":\"14:00\",\"endTime\":\"16:30\",\"place\":\"Rose Room\"}";
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)));
  }

  private static EmbeddedPostgres startServer() {
    try {
      EmbeddedPostgres started = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(PG_PORT)
          .setDataDirectory(PG_DATA).setCleanDataDirectory(false).start();
      try (Connection connection = started.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE commissioning");
      }
      return started;
    } catch (Exception e) {
      throw new IllegalStateException("Embedded PostgreSQL did not start", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("reliability-pg-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
