package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRoundRepository;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The share preview and opening a round over HTTP, and the bad input both refuse. */
class PrgRoundsApiTest extends ProcessTestSupport {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  record Preview(Object total, Integer partnerships, BigDecimal sspSharePercent, BigDecimal innovationFundPercent,
      BigDecimal variancePercent) {}

  record Round(String name, String financialYear, Object total, List<String> partnerships, LocalDate deadline,
      BigDecimal sspSharePercent) {}

  static final List<String> NINE = List.of("Children's Trust", "Safer Suffolk", "Economic Prosperity", "Health and Wellbeing",
      "Learning and Skills", "Environment", "Housing", "Culture and Leisure", "Older People");

  @LocalServerPort int port;
  @Autowired PrgRoundRepository rounds;

  HttpResponse<String> post(String user, String path, Object body) throws Exception {
    return new HttpTestClient(port).basic(user, "demo").postJson(path, JSON.writeValueAsString(body));
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Nested
  class SharePreview {
    @Test
    void givesTheSeedsFiguresToThePenny() throws Exception {
      HttpResponse<String> response = post("imran.qureshi", "/api/prg/share-preview", new Preview(2900692, 9, null, null, null));
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.path("total").asText()).isEqualTo("2900692.00");
      assertThat(body.path("sspShare").asText()).isEqualTo("1450346.00");
      assertThat(body.path("lspShare").asText()).isEqualTo("1450346.00");
      assertThat(body.path("innovationFund").asText()).isEqualTo("145034.60");
      assertThat(body.path("partnershipShares")).hasSize(9);
      assertThat(body.path("partnershipShares").get(8).path("share").asText()).isEqualTo("145034.60");
      assertThat(body.path("partnershipShares").get(8).path("less").asText()).isEqualTo("116027.68");
      assertThat(body.path("partnershipShares").get(8).path("more").asText()).isEqualTo("174041.52");
    }

    @Test
    void acceptsTheTotalAsAString() throws Exception {
      HttpResponse<String> response = post("imran.qureshi", "/api/prg/share-preview", new Preview("1000.00", 7, null, null, null));
      assertThat(json(response).path("partnershipShares").get(0).path("share").asText()).isEqualTo("64.29");
    }

    @Test
    void refusesANegativeTotalZeroPartnershipsAndAPercentageOverAHundred() throws Exception {
      assertThat(post("imran.qureshi", "/api/prg/share-preview", new Preview(-5, 9, null, null, null)))
          .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422))
          .satisfies(r -> assertThat(r.body()).contains("must be more than £0.00"));
      assertThat(post("imran.qureshi", "/api/prg/share-preview", new Preview(2900692, 0, null, null, null)))
          .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422))
          .satisfies(r -> assertThat(r.body()).contains("one delivery partnership or more, not 0"));
      assertThat(post("imran.qureshi", "/api/prg/share-preview", new Preview(2900692, 9, null, null, BigDecimal.valueOf(120))))
          .satisfies(r -> assertThat(r.statusCode()).isEqualTo(422))
          .satisfies(r -> assertThat(r.body()).contains("The variance is a percentage from 0 to 100, not 120"));
    }
  }

  @Nested
  class OpeningARound {
    @Test
    void thePartnershipsTeamOpensItWithItsShares() throws Exception {
      HttpResponse<String> response = post("ruth.adeyemi", "/api/prg/rounds",
          new Round("Performance Reward Grant 2031/32", "2031/32", "2900692.00", NINE, LocalDate.of(2031, 5, 23), null));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      JsonNode body = json(response);
      assertThat(body.path("reference").asText()).isEqualTo("PRG-2031-32");
      assertThat(body.path("innovationFund").asText()).isEqualTo("145034.60");
      assertThat(body.path("partnershipShares").get(0).path("partnership").asText()).isEqualTo("Children's Trust");
      assertThat(body.path("partnershipShares").get(0).path("more").asText()).isEqualTo("174041.52");
      assertThat(body.path("principles")).hasSize(4);
      assertThat(rounds.findByReference("PRG-2031-32")).isPresent();
    }

    @Test
    void aWeekendDeadlineIsRefusedNamingTheFriday() throws Exception {
      HttpResponse<String> response = post("owen.hughes", "/api/prg/rounds",
          new Round("PRG 2032/33", "2032/33", 2900692, NINE, LocalDate.of(2009, 5, 23), null));
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body()).contains("Saturday 23 May 2009 is not a working day; the previous working day is Friday 22 May 2009");
      assertThat(rounds.findByReference("PRG-2032-33")).isEmpty();
    }

    @Test
    void badInputChangesNothing() throws Exception {
      long before = rounds.count();
      assertThat(post("owen.hughes", "/api/prg/rounds", new Round("PRG", "2033/34", -1, NINE, LocalDate.of(2033, 5, 20), null))
          .statusCode()).isEqualTo(422);
      assertThat(post("owen.hughes", "/api/prg/rounds", new Round("PRG", "2033/34", 100, List.of(), LocalDate.of(2033, 5, 20), null))
          .statusCode()).isEqualTo(422);
      assertThat(post("owen.hughes", "/api/prg/rounds",
          new Round("PRG", "2033/34", 100, NINE, LocalDate.of(2033, 5, 20), BigDecimal.valueOf(150))).statusCode()).isEqualTo(422);
      assertThat(post("owen.hughes", "/api/prg/rounds", new Round("PRG", "2033", 100, NINE, LocalDate.of(2033, 5, 20), null))
          .statusCode()).isEqualTo(422);
      assertThat(post("owen.hughes", "/api/prg/rounds", new Round("x".repeat(201), "2033/34", 100, NINE,
          LocalDate.of(2033, 5, 20), null)).statusCode()).isEqualTo(400);
      assertThat(rounds.count()).isEqualTo(before);
    }

    @Test
    void aSecondRoundForTheSameYearIsAConflictAndTheFirstStaysAsItWas() throws Exception {
      Round round = new Round("PRG 2034/35", "2034/35", 1000, NINE, LocalDate.of(2034, 5, 19), null);
      assertThat(post("ruth.adeyemi", "/api/prg/rounds", round).statusCode()).isEqualTo(201);
      HttpResponse<String> again = post("ruth.adeyemi", "/api/prg/rounds",
          new Round("PRG 2034/35", "2034/35", 5000, NINE, LocalDate.of(2034, 5, 19), null));
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(rounds.findByReference("PRG-2034-35").orElseThrow().getTotal()).isEqualByComparingTo("1000");
    }

    @Test
    void othersMayNotOpenARound() throws Exception {
      HttpResponse<String> response = post("imran.qureshi", "/api/prg/rounds",
          new Round("PRG 2035/36", "2035/36", 1000, NINE, LocalDate.of(2035, 5, 18), null));
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(rounds.findByReference("PRG-2035-36")).isEmpty();
    }
  }
}
