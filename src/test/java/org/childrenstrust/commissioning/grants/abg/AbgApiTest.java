package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ABG rules over HTTP: the three endpoints, their callers, and bad input (4xx, never 500). */
class AbgApiTest extends ProcessTestSupport {

  static final String OFFICER = "imran.qureshi";
  static final String ECG_MEMBER = "tom.hadley";
  static final String OUTCOME_LEAD = "grace.okafor";
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  /** The answer with its amounts exactly as written (scale kept). */
  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  @LocalServerPort int port;

  record ExceptionJson(String kind, Object amount, String reason) {}

  record LineJson(String reference, Object previousAllocation, Object grantThisYear, Object actualSpend, ExceptionJson exception) {}

  record PreviewJson(Object fundingPercent, List<LineJson> lines) {}

  record CandidateJson(String reference, Object cost) {}

  record ReallocationJson(Object amount, String policy, List<CandidateJson> candidates) {}

  private HttpResponse<String> post(String user, String path, Object body) {
    try {
      return new HttpTestClient(port).basic(user, "demo").postJson(path, JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final LineJson CONNEXIONS = new LineJson("CONNEXIONS", 1512000, 1394246, null,
      new ExceptionJson("FULL_GRANT", null, "The grant has already fallen from 09/10"));
  private static final LineJson FAMILY_SUPPORT = new LineJson("TFS", "352000.00", "358000.00", null,
      new ExceptionJson("FIXED_AMOUNT", "337006", "Under a tender exercise"));
  private static final LineJson NEW_ACTIVITY = new LineJson("NEW", null, "1234.25", null, null);

  @Nested
  class AllocationPreview {
    @Test
    void proposesEveryLineWithItsBasisAndThePot() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/allocation-preview",
          new PreviewJson(94, List.of(CONNEXIONS, FAMILY_SUPPORT, NEW_ACTIVITY)));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = json(response);
      // 94% of £1,753,480.25 = £1,648,271.435 -> £1,648,271.44
      assertThat(body.get("pot").decimalValue()).isEqualTo(new BigDecimal("1648271.44"));
      assertThat(body.get("allocated").decimalValue()).isEqualTo(new BigDecimal("1732412.20"));
      assertThat(body.get("headroom").decimalValue()).isEqualTo(new BigDecimal("-84140.76"));
      assertThat(body.get("lines").get(0).get("allocation").decimalValue()).isEqualTo(new BigDecimal("1394246.00"));
      assertThat(body.get("lines").get(0).get("basis").asText()).isEqualTo("FULL_GRANT");
      assertThat(body.get("lines").get(1).get("allocation").decimalValue()).isEqualTo(new BigDecimal("337006.00"));
      assertThat(body.get("lines").get(2).get("basis").asText()).isEqualTo("FUNDING_PERCENT");
    }

    @Test
    void anExceptionWithoutAReasonIs422() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/allocation-preview", new PreviewJson(94,
          List.of(new LineJson("CONNEXIONS", 1512000, 1394246, null, new ExceptionJson("FULL_GRANT", null, null)))));
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body()).contains("needs a recorded reason");
    }

    @Test
    void aNonNumericAmountIs400() {
      HttpResponse<String> response = post(ECG_MEMBER, "/api/abg/allocation-preview",
          new PreviewJson(94, List.of(new LineJson("X", null, "lots", null, null))));
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("amounts as 1234.56");
    }

    @Test
    void aNegativeGrantIs422() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/allocation-preview",
          new PreviewJson(94, List.of(new LineJson("X", null, "-5", null, null))));
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body()).contains("cannot be negative");
    }

    @Test
    void anUnknownExceptionKindIs400() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/allocation-preview", new PreviewJson(94,
          List.of(new LineJson("X", null, "5", null, new ExceptionJson("FAVOUR", null, "friends")))));
      assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void isForbiddenToOthers() {
      HttpResponse<String> response = post(OUTCOME_LEAD, "/api/abg/allocation-preview", new PreviewJson(94, List.of(NEW_ACTIVITY)));
      assertThat(response.statusCode()).isEqualTo(403);
    }
  }

  @Nested
  class ReallocationPreview {
    private final List<CandidateJson> list = List.of(new CandidateJson("P1", "15000"), new CandidateJson("P2", 25000),
        new CandidateJson("P3", "5000.00"));

    @Test
    void walksTheListUnderSkip() {
      JsonNode body = json(post(ECG_MEMBER, "/api/abg/reallocation-preview", new ReallocationJson("35000", "SKIP", list)));
      assertThat(body.get("funded")).extracting(n -> n.get("reference").asText()).containsExactly("P1", "P3");
      assertThat(body.get("notFunded").get(0).get("reason").asText()).isEqualTo("costs £25,000.00, £20,000.00 left");
      assertThat(body.get("remaining").decimalValue()).isEqualTo(new BigDecimal("15000.00"));
      assertThat(body.toString()).contains("\"remaining\":15000.00");
    }

    @Test
    void walksTheListUnderStop() {
      JsonNode body = json(post(OFFICER, "/api/abg/reallocation-preview", new ReallocationJson(35000, "STOP", list)));
      assertThat(body.get("funded")).extracting(n -> n.get("reference").asText()).containsExactly("P1");
      assertThat(body.get("remaining").decimalValue()).isEqualTo(new BigDecimal("20000.00"));
    }

    @Test
    void aNegativeAmountIs422() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/reallocation-preview", new ReallocationJson("-1", "SKIP", list));
      assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void anUnknownPolicyIs400() {
      HttpResponse<String> response = post(OFFICER, "/api/abg/reallocation-preview", new ReallocationJson("1", "BID", list));
      assertThat(response.statusCode()).isEqualTo(400);
    }
  }

  @Nested
  class ReturnDeadlines {
    @Test
    void listsTheYearsQuartersWithTheLspDatesMoved() {
      HttpResponse<String> response = new HttpTestClient(port).basic(OFFICER, "demo").get("/api/abg/return-deadlines?financialYear=2010/11");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode q1 = json(response).get(0);
      assertThat(Map.of("quarter", q1.get("quarter").asInt(), "quarterEnd", q1.get("quarterEnd").asText(), "due", q1.get("due").asText()))
          .isEqualTo(Map.of("quarter", 1, "quarterEnd", "2010-06-30", "due", "2010-07-14"));
      assertThat(q1.get("lspReturnDue").asText()).isEqualTo("2010-07-30");
      assertThat(q1.get("lspReturnNote").asText()).contains("moved to the previous working day");
    }

    @Test
    void aBadYearIs400() {
      HttpResponse<String> response = new HttpTestClient(port).basic(OFFICER, "demo").get("/api/abg/return-deadlines?financialYear=2010");
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).contains("written like 2010/11");
    }
  }

  /** What the screens read: the years, a quarter's returns, the approved priority list (the demo year 2010/11). */
  @Nested
  class ScreensData {
    private HttpResponse<String> get(String user, String path) {
      return new HttpTestClient(port).basic(user, "demo").get(path);
    }

    @Test
    void theYearsWithTheirPotAndApprovals() {
      JsonNode year = java.util.stream.StreamSupport.stream(json(get(ECG_MEMBER, "/api/abg/years")).spliterator(), false)
          .filter(y -> y.get("financialYear").asText().equals("2010/11")).findFirst().orElseThrow();
      assertThat(year.get("status").asText()).isEqualTo("APPROVED");
      assertThat(year.get("pot").decimalValue()).isEqualTo(new BigDecimal("2534268.20"));
      assertThat(year.get("allocated").decimalValue().add(year.get("unallocated").decimalValue())).isEqualTo(new BigDecimal("2534268.20"));
      assertThat(year.get("managementGroupMeeting").asText()).isEqualTo("ECG-2010-01-07");
      assertThat(year.get("boardMeeting").asText()).isEqualTo("BOARD-2010-01-27");
    }

    @Test
    void aQuartersReturnsReceivedAndMissing() {
      JsonNode q1 = json(get(OFFICER, "/api/abg/returns?financialYear=2010/11&quarter=1"));
      JsonNode connexions = java.util.stream.StreamSupport.stream(q1.spliterator(), false)
          .filter(r -> r.get("reference").asText().equals("CONNEXIONS")).findFirst().orElseThrow();
      assertThat(connexions.get("allocation").decimalValue()).isEqualTo(new BigDecimal("1394246.00"));
      assertThat(connexions.get("spendToDate").decimalValue()).isEqualTo(new BigDecimal("348561.50"));
      assertThat(connexions.get("forecastBelowAllocation").decimalValue()).isEqualTo(new BigDecimal("0.00"));
      assertThat(connexions.get("outcomeGroup").asText()).isEqualTo("outcome-economic-wellbeing");
      assertThat(connexions.get("status").asText()).startsWith("Received ");
      JsonNode all = json(get(OFFICER, "/api/abg/returns?financialYear=2010/11"));
      assertThat(all.size()).isEqualTo(4 * q1.size());
      assertThat(all.get(q1.size()).get("quarter").asInt()).isEqualTo(2);
      assertThat(all.get(q1.size()).get("status").asText()).isEqualTo("Overdue: was due 14 October 2010");
      assertThat(all.get(q1.size()).has("spendToDate") && !all.get(q1.size()).get("spendToDate").isNull()).isFalse();
    }

    @Test
    void theApprovedPriorityListInRankOrder() {
      JsonNode list = json(get(ECG_MEMBER, "/api/abg/priority-list?financialYear=2010/11"));
      assertThat(list).extracting(i -> i.get("reference").asText())
          .containsExactly("PL-COUNSELLING", "PL-CAMHS", "PL-ESAFETY", "PL-TEEN-PARENTS", "PL-AIMING-HIGH");
      assertThat(list.get(0).get("rank").asInt()).isEqualTo(1);
      assertThat(list.get(0).get("cost").decimalValue()).isEqualTo(new BigDecimal("30000.00"));
      assertThat(list.get(0).get("approvedMeeting").asText()).isEqualTo("ECG-2010-07-08");
      assertThat(list.get(1).get("outcomeGroup").asText()).isEqualTo("outcome-be-healthy");
    }

    @Test
    void othersAreRefusedAndBadQueriesAre4xx() {
      assertThat(get(OUTCOME_LEAD, "/api/abg/years").statusCode()).isEqualTo(403);
      assertThat(get(OUTCOME_LEAD, "/api/abg/returns?financialYear=2010/11").statusCode()).isEqualTo(403);
      assertThat(get(OFFICER, "/api/abg/returns?financialYear=2010/11&quarter=7").statusCode()).isEqualTo(422);
      assertThat(get(OFFICER, "/api/abg/returns?financialYear=2010/11&quarter=one").statusCode()).isEqualTo(400);
      assertThat(get(OFFICER, "/api/abg/priority-list?financialYear=2099/00").statusCode()).isEqualTo(404);
      assertThat(get(OFFICER, "/api/abg/priority-list?financialYear=next").body()).contains("written like 2010/11");
    }
  }
}
