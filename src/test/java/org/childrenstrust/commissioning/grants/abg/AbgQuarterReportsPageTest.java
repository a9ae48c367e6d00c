package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The quarter report links the e-mails and the LSP return task give (/abg/quarters/...) open with
 * the reader's Tasklist log-in (or HTTP Basic), with the API's rules: an outcome group reads only its
 * own summary, the LSP return is for officers, the Management Group and administrators.
 */
@Import(AbgYears.class)
class AbgQuarterReportsPageTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired AbgYears years;

  @Test
  void theMailedLinksOpenWithTheTasklistLogin() throws Exception {
    String label = "2124/25";
    years.approvedYear(label, ReallocationWalk.Policy.SKIP);
    String summary = "/abg/quarters/1/summaries/outcome-stay-safe.csv?financialYear=" + label;
    String lsp = "/abg/quarters/1/lsp-return.html?financialYear=" + label;

    HttpClient stay = AbgGrantLinesPageTest.tasklistSession(port, "daniel.price");
    HttpResponse<String> csv = get(stay, summary);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains("CSC-WORKFORCE", "0 of 2 returns received").doesNotContain("CONNEXIONS");
    HttpResponse<String> notTheirs = get(stay, lsp);
    assertThat(notTheirs.statusCode()).isEqualTo(403);
    assertThat(notTheirs.body()).contains("The return to the Local Strategic Partnership is for commissioning officers");

    HttpResponse<String> otherGroup = get(AbgGrantLinesPageTest.tasklistSession(port, "kwame.mensah"), summary);
    assertThat(otherGroup.statusCode()).isEqualTo(403);
    assertThat(otherGroup.body()).contains("An outcome group's summary is for its own members");

    HttpClient officer = AbgGrantLinesPageTest.tasklistSession(port, OFFICER);
    HttpResponse<String> html = get(officer, lsp);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("consolidated return to the Local Strategic Partnership", "Pot £2,534,268.20");
    assertThat(get(officer, "/abg/quarters/5/lsp-return.pdf?financialYear=" + label).body()).isEqualTo("A quarter is 1 to 4, not 5.");
    assertThat(get(officer, "/abg/quarters/1/lsp-return.pdf?financialYear=2124/26").statusCode()).isEqualTo(400);

    HttpResponse<String> basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + lsp))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((OFFICER + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode()).as("scripts still use HTTP Basic").isEqualTo(200);

    HttpResponse<String> anonymous = get(HttpClient.newHttpClient(), summary);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Log in to Tasklist first").doesNotContain("CSC-WORKFORCE");
  }

  private HttpResponse<String> get(HttpClient client, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
