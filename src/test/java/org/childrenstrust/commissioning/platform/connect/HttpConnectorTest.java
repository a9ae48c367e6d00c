package org.childrenstrust.commissioning.platform.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda Connect's http-connector (camunda-connect-http-client 7.23.0 on connect-core 7.24.0)
 * calls another system from a BPMN step: a real HTTP server in the test receives the request.
 */
class HttpConnectorTest extends PlatformWebTest {

  private static final String PROCESS = "PlatformHttpConnector";

  /** What the archive server received. */
  record Received(String method, String path, String contentType, String body) {}

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private HttpServer archive;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    repositoryService.createDeployment().name("platform-http-connector").enableDuplicateFiltering(false)
        .addClasspathResource("platform/" + PROCESS + ".bpmn").deploy();
    archive = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    archive.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      received.add(new Received(exchange.getRequestMethod(), path,
          exchange.getRequestHeaders().getFirst("Content-Type"), body));
      boolean down = path.contains("unavailable");
      byte[] answer = (down ? "{\"error\": \"maintenance\"}" : "{\"reference\": \"PAPER-42\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(down ? 503 : 201, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    archive.start();
  }

  @AfterEach
  void stop() {
    archive.stop(0);
  }

  @Test
  void postsJsonToTheOtherSystemAndMapsTheAnswerIntoProcessVariables() {
    String processInstanceId = sendPapers("ecg-2010-03-11");

    assertThat(received).containsExactly(new Received("POST", "/papers/ecg-2010-03-11", "application/json",
        "{\"meeting\": \"ECG\", \"date\": \"2010-03-11\"}"));
    assertThat(variable(processInstanceId, "archiveStatus")).isEqualTo(201);
    assertThat(variable(processInstanceId, "archiveResponse")).isEqualTo("{\"reference\": \"PAPER-42\"}");
    assertThat(variable(processInstanceId, "archiveReference")).isEqualTo("PAPER-42");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).completed().count())
        .isEqualTo(1);
  }

  @Test
  void anHttpErrorIsAStatusCodeNotAFailure() {
    String processInstanceId = sendPapers("unavailable");

    assertThat(received).extracting(Received::path).containsExactly("/papers/unavailable");
    assertThat(variable(processInstanceId, "archiveStatus")).isEqualTo(503);
    assertThat(variable(processInstanceId, "archiveReference")).isNull();
  }

  private String sendPapers(String meetingId) {
    String processInstanceId = runtimeService.startProcessInstanceByKey(PROCESS, Map.of(
        "archiveUrl", "http://localhost:" + archive.getAddress().getPort(),
        "meetingId", meetingId,
        "payload", "{\"meeting\": \"ECG\", \"date\": \"2010-03-11\"}")).getId();
    assertThat(received).as("the step is asynchronous: nothing sent before its job runs").isEmpty();
    String jobId = managementService.createJobQuery().processInstanceId(processInstanceId).singleResult().getId();
    managementService.executeJob(jobId);
    return processInstanceId;
  }

  private Object variable(String processInstanceId, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }
}
