package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Only members of a body see its self-analysis; only administrators reword the questions; bad input is a 4xx. */
class OversightApiTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired SelfAnalysisService service;
  @Autowired JdbcTemplate jdbc;

  private HttpResponse<String> get(String user, String path) {
    return new HttpTestClient(port).basic(user, "demo").get(path);
  }

  private HttpResponse<String> put(String user, String path, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Exercise boardExercise() {
    clockAt(LocalDateTime.of(2009, 11, 2, 9, 0));
    return service.open("BOARD", "imran.qureshi");
  }

  @Test
  void membersOfTheBodySeeItsExerciseAndReportOthersAreRefused() {
    Exercise exercise = boardExercise();
    String path = "/api/oversight/bodies/BOARD/self-analyses/" + exercise.getId();
    HttpResponse<String> member = get("hannah.wells", path);
    assertThat(member.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.json(member).get("status").asText()).isEqualTo("SCORING");
    HttpResponse<String> page = get("marcus.reid", path + "/report");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Commissioning self-analysis: Children&#39;s Trust Board</h1>").contains("<svg");
    HttpResponse<String> pdf = get("hannah.wells", path + "/report.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");

    HttpResponse<String> outsider = get("tom.hadley", path);
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.json(outsider).get("message").asText())
        .isEqualTo("Only members of Children's Trust Board see its self-analysis and improvement plan.");
    assertThat(get("imran.qureshi", path + "/report").statusCode()).isEqualTo(403);
    assertThat(get("tom.hadley", "/api/oversight/bodies/ECG/self-analyses/" + exercise.getId()).statusCode())
        .as("another body's exercise under the ECG's address").isEqualTo(404);
    assertThat(get("hannah.wells", "/api/oversight/bodies/NOPE/self-analyses").statusCode()).isEqualTo(404);
    assertThat(get("hannah.wells", "/api/oversight/bodies/BOARD/self-analyses/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAdministratorsRewordAQuestionAndOpenExercisesKeepTheirWording() throws Exception {
    Exercise before = boardExercise();
    String body = "{\"topic\": \"Needs assessment\", \"wording\": \"How well does the JSNA drive our priorities?\"}";
    assertThat(put("hannah.wells", "/api/oversight/questions/1", body).statusCode()).isEqualTo(403);
    HttpResponse<String> blank = put("admin", "/api/oversight/questions/1", "{\"topic\": \"Needs assessment\", \"wording\": \" \"}");
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(put("admin", "/api/oversight/questions/13", body).statusCode()).isEqualTo(404);
    assertThat(put("admin", "/api/oversight/questions/1", "{not json").statusCode()).isEqualTo(400);
    try {
      assertThat(put("admin", "/api/oversight/questions/1", body).statusCode()).isEqualTo(200);
      assertThat(HttpTestClient.json(get("tom.hadley", "/api/oversight/questions")).get(0).get("wording").asText())
          .isEqualTo("How well does the JSNA drive our priorities?");
      assertThat(jdbc.queryForObject("select wording from ov_score where exercise_id = ? and question_number = 1", String.class,
          before.getId())).startsWith("How well does a shared, up-to-date assessment");
    } finally {
      jdbc.update("update ov_question set wording = ? where question_number = 1", "How well does a shared, up-to-date assessment of the "
          + "needs of children, young people and families across the five outcomes drive our priorities and commissioning decisions?");
    }
  }
}
