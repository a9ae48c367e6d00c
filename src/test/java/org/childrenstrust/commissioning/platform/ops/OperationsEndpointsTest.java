package org.childrenstrust.commissioning.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.platform.HttpTestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.junit.jupiter.api.Test;

/** Health for load balancers, metrics for administrators. */
class OperationsEndpointsTest extends PlatformWebTest {

  @Test
  void healthIsOpenAndUpWithTheDatabaseAndTheEngine() {
    HttpResponse<String> response = http().get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = json(response);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").has("details")).as("details only for administrators").isFalse();
  }

  @Test
  void administratorsSeeHealthDetails() {
    JsonNode health = json(as("admin", DemoUsers.PASSWORD).get("/actuator/health"));

    assertThat(health.path("components").path("db").path("details").path("database").asText()).isNotBlank();
  }

  @Test
  void metricsNeedCredentials() {
    HttpResponse<String> response = http().get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void metricsAreForAdministratorsOnly() {
    HttpResponse<String> response = as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD).get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("commissioning_incidents_open");
  }

  @Test
  void administratorsReadTheEngineMetrics() {
    HttpResponse<String> response = as("admin", DemoUsers.PASSWORD).get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("commissioning_incidents_open")
        .contains("commissioning_process_instances_running")
        .contains("commissioning_jobs_failed")
        .contains("commissioning_tasks_open");
  }

  @Test
  void otherActuatorEndpointsAreForAdministratorsToo() {
    assertThat(http().get("/actuator/metrics").statusCode()).isEqualTo(401);
    assertThat(as(DemoUsers.CLERK.id(), DemoUsers.PASSWORD).get("/actuator/metrics").statusCode()).isEqualTo(403);
    assertThat(as("admin", DemoUsers.PASSWORD).get("/actuator/metrics").statusCode()).isEqualTo(200);
  }
}
