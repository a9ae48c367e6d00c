package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo data at every stage, through the API, the register's CSV and the page (real HTTP, HTTP Basic). */
class CycleApiTest extends ProcessTestSupport {

  @LocalServerPort int port;

  private HttpTestClient signedIn() {
    return new HttpTestClient(port).basic("grace.okafor", "demo");
  }

  @Test
  void theCyclesListShowsTheHerefordshireFocusAreasAtTheSeedsStages() {
    HttpResponse<String> answer = signedIn().get("/api/cycles");
    assertThat(answer.statusCode()).isEqualTo(200);
    Map<String, JsonNode> byReference = new HashMap<>();
    StreamSupport.stream(HttpTestClient.json(answer).spliterator(), false).forEach(c -> byReference.put(c.get("reference").asText(), c));
    JsonNode teenageParents = byReference.get("TEENAGE-PARENTS-2010-11");
    assertThat(teenageParents.get("serviceArea").asText()).isEqualTo("Teenage parents");
    assertThat(teenageParents.get("stage").asText()).isEqualTo("DO");
    assertThat(teenageParents.get("lead").asText()).isEqualTo("Maureen Hollis");
    assertThat(teenageParents.get("commissioner").asText()).isEqualTo("imran.qureshi");
    assertThat(teenageParents.get("hostOutcomeGroup").asText()).isEqualTo("outcome-be-healthy");
    assertThat(Map.of("CAMHS-2010-11", "DO", "SUBSTANCE-MISUSE-2010-11", "REVIEW", "COUNSELLING-2010-11", "REVIEW",
        "DISABLED-CHILDREN-2010-11", "REVIEW", "PARTICIPATION-14-19-2010-11", "PLAN", "PARENTING-2010-11", "PLAN",
        "BULLYING-ESAFETY-2010-11", "UNDERSTAND", "ENGAGEMENT-2010-11", "UNDERSTAND", "COMPLEX-NEEDS-2010-11", "REVIEW"))
        .allSatisfy((reference, stage) -> assertThat(byReference.get(reference).get("stage").asText()).as(reference).isEqualTo(stage));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("DISABLED-CHILDREN-2010-11").singleResult().getName())
        .isEqualTo("Review service: Children with disabilities (Aiming High, transition), 2010/11");
    // each instance waits at the step its cycle has reached
    assertThat(Map.of("BULLYING-ESAFETY-2010-11", "Task_AssessNeeds", "ENGAGEMENT-2010-11", "Task_ScrutiniseNeeds",
        "PARTICIPATION-14-19-2010-11", "Task_DraftPlan", "PARENTING-2010-11", "Task_EndorsePlan",
        "TEENAGE-PARENTS-2010-11", "Task_DeclareEvaluatorInterests", "CAMHS-2010-11", "Task_EvaluateBids"))
        .allSatisfy((key, taskKey) -> assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult()
            .getTaskDefinitionKey()).as(key).isEqualTo(taskKey));
  }

  @Test
  void theContractRegisterIsExportedAsCsvWithItsDates() {
    HttpResponse<String> csv = signedIn().get("/api/contracts.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse(""))
        .isEqualTo("reference,cycle,serviceArea,provider,value,startsOn,endsOn,reviewOn,status,commissioner,dueForReview");
    assertThat(csv.body()).contains("COMPLEX-NEEDS-2010-11-C1,COMPLEX-NEEDS-2010-11,\"Children with complex needs (section 75 pooled fund)\","
        + "\"Herefordshire Complex Needs Service\",900000.00,2009-04-01,2012-03-31,2011-03-31,LIVE,imran.qureshi,true");
  }

  @Test
  void thePageShowsEveryStageToThoseSignedInOnly() {
    assertThat(new HttpTestClient(port).get("/api/cycles").statusCode()).isEqualTo(401);
    assertThat(new HttpTestClient(port).getHtml("/cycles").statusCode()).isEqualTo(401);
    HttpResponse<String> page = signedIn().getHtml("/cycles");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Bullying and e-safety", "Widening participation 14-19", "Contracts due for review",
        "Marches Counselling Trust", "£900,000.00");
  }

  /**
   * Every demo cycle's OCDS export carries the release package's and the release's required
   * fields, with OCDS's codelists. Against the official 1.1.5 JSON Schema (not kept in this
   * repository): {@link CycleOcdsSchemaTest}, given OCDS_SCHEMA_DIR ({@code scripts/ocds-validate.sh}).
   */
  @Test
  void everyDemoCycleExportsAnOcdsReleasePackage() {
    HttpTestClient client = signedIn();
    for (JsonNode cycle : HttpTestClient.json(client.get("/api/cycles"))) {
      HttpResponse<String> answer = client.get("/api/cycles/" + cycle.get("reference").asText() + "/ocds");
      assertThat(answer.statusCode()).as(cycle.get("reference").asText()).isEqualTo(200);
      JsonNode pack = HttpTestClient.json(answer);
      assertThat(pack.get("version").asText()).isEqualTo("1.1");
      assertThat(pack.get("uri").asText()).startsWith("http");
      assertThat(java.time.OffsetDateTime.parse(pack.get("publishedDate").asText())).isNotNull();
      JsonNode release = pack.get("releases").get(0);
      assertThat(release.get("ocid").asText()).startsWith("ocds-").endsWith(cycle.get("reference").asText());
      assertThat(release.get("initiationType").asText()).isEqualTo("tender");
      assertThat(release.get("tag").get(0).asText()).isEqualTo("planning");
    }
    JsonNode camhs = HttpTestClient.json(client.get("/api/cycles/CAMHS-2010-11/ocds")).get("releases").get(0);
    assertThat(camhs.get("tender").get("procurementMethod").asText()).isEqualTo("selective");
    assertThat(camhs.get("tender").get("procurementMethodRationale").asText()).contains("restricted tender");
    assertThat(camhs.get("planning").get("budget").get("amount").get("amount").decimalValue()).isEqualByComparingTo("480000.00");
    JsonNode pooled = HttpTestClient.json(client.get("/api/cycles/COMPLEX-NEEDS-2010-11/ocds")).get("releases").get(0);
    assertThat(pooled.get("tag").toString()).contains("award", "contract");
    assertThat(pooled.get("contracts").get(0).get("period").get("endDate").asText()).startsWith("2012-03-3");
    assertThat(pooled.get("parties").toString()).contains("NHS Herefordshire", "funder", "supplier");
    assertThat(client.get("/api/cycles/NO-SUCH-2010-11/ocds").statusCode()).isEqualTo(404);
  }
}
