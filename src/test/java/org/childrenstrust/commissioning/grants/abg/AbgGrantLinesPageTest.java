package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grant lines upload page (/abg/grant-lines) that the "Load grant lines" task links to: a
 * commissioning officer logged into Tasklist uploads a real .xlsx (Apache POI) and the lines are
 * stored; a file with wrong rows shows each row's error on the page and stores nothing; an upload
 * without the page's token, someone of another group and someone not logged in are refused.
 */
@Import(AbgYears.class)
class AbgGrantLinesPageTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired AllocationService allocations;
  @Autowired AbgYears years;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOfficerLoggedIntoTasklistUploadsAnXlsxAndTheLinesAreStored() throws Exception {
    String label = "2121/22";
    openYear(label);
    HttpClient browser = tasklistSession(OFFICER);

    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/abg/grant-lines")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Logged in as " + OFFICER + ".", "enctype=\"multipart/form-data\"",
        "accept=\".csv,.xlsx");

    HttpResponse<String> uploaded = browser.send(multipart(HttpRequest.newBuilder(uri("/abg/grant-lines")),
        Map.of("csrf", csrfToken(page.body()), "financialYear", label), "abg-2121-22.xlsx",
        AbgGrantLinesUploadTest.xlsx(AbgGrantLinesUploadTest.seedRows())), HttpResponse.BodyHandlers.ofString());

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Loaded 9 grant lines for 2121/22 from abg-2121-22.xlsx.");
    assertThat(storedLines(label)).isEqualTo(9);
    assertThat(allocations.year(label).getPot()).isEqualTo(gbp("2534268.20"));
    years.assertPotWhole(label);
  }

  @Test
  void wrongRowsAreShownOnThePageAndNothingIsStored() throws Exception {
    String label = "2122/23";
    openYear(label);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String token = csrfToken(browser.send(basic(OFFICER, "/abg/grant-lines?financialYear=2122/23").GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    List<List<Object>> rows = new ArrayList<>(AbgGrantLinesUploadTest.seedRows().subList(0, 2));
    rows.add(new ArrayList<>(List.of("BAD", "Some grant", "lots", "", "", "", "Activity", "nadia.karim", "outcome-stay-safe", "NI 1", "CYPP")));
    rows.add(new ArrayList<>(List.of("BAD2", "Other grant", -100, "", "", "", "Activity", "nobody.here", "outcome-stay-safe", "NI 1", "CYPP")));

    HttpResponse<String> refused = browser.send(multipart(basic(OFFICER, "/abg/grant-lines"),
        Map.of("csrf", token, "financialYear", label), "export.xlsx", AbgGrantLinesUploadTest.xlsx(rows)),
        HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("Nothing was loaded", "Row 4: &#39;lots&#39; is not an amount for grant this year.",
        "Row 5: grant this year is negative (-100); no user &#39;nobody.here&#39;").doesNotContain("Row 2:", "Row 3:");
    assertThat(refused.body()).as("the year stays in the form to try again").contains("value=\"2122/23\"");
    assertThat(storedLines(label)).isZero();

    HttpResponse<String> csv = browser.send(multipart(basic(OFFICER, "/abg/grant-lines"),
        Map.of("csrf", token, "financialYear", label), "export.csv",
        (String.join(",", GrantLinesCsv.HEADER) + "\nBAD,Some grant,lots,,,,Activity,nadia.karim,outcome-stay-safe,NI 1,CYPP")
            .getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(422);
    assertThat(csv.body()).contains("Line 2: &#39;lots&#39; is not an amount for grant this year.");

    HttpResponse<String> badYear = browser.send(multipart(basic(OFFICER, "/abg/grant-lines"),
        Map.of("csrf", token, "financialYear", "2122/24"), "export.xlsx", AbgGrantLinesUploadTest.xlsx(rows)),
        HttpResponse.BodyHandlers.ofString());
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(badYear.body()).contains("A financial year runs over two consecutive years, like 2010/11");

    HttpResponse<String> forged = browser.send(multipart(basic(OFFICER, "/abg/grant-lines"), Map.of("financialYear", label),
        "abg.xlsx", AbgGrantLinesUploadTest.xlsx(AbgGrantLinesUploadTest.seedRows())), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("This form has expired or did not come from this page: nothing was loaded.");
    assertThat(storedLines(label)).isZero();
  }

  @Test
  void otherGroupsGetAFriendly403AndNobodyLoggedInIsSentToTasklist() throws Exception {
    String label = "2123/24";
    openYear(label);
    HttpClient browser = tasklistSession("tom.hadley");
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/abg/grant-lines")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Only commissioning officers and administrators can load grant lines. You are logged in as tom.hadley")
        .doesNotContain("<form");

    HttpResponse<String> upload = browser.send(multipart(HttpRequest.newBuilder(uri("/abg/grant-lines")),
        Map.of("csrf", "0".repeat(64), "financialYear", label), "abg.xlsx",
        AbgGrantLinesUploadTest.xlsx(AbgGrantLinesUploadTest.seedRows())), HttpResponse.BodyHandlers.ofString());
    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(storedLines(label)).isZero();

    HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/abg/grant-lines")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Log in to Tasklist", "/camunda/app/tasklist/").doesNotContain("<form");
  }

  @Test
  void theLoadGrantLinesFormLinksThePage() throws Exception {
    String form = new String(getClass().getResourceAsStream("/forms/grants/abg/loadGrantLines.form").readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(form).contains("(/abg/grant-lines)");
  }

  // ---------------------------------------------------------------------------------------------

  private void openYear(String label) {
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AbgProcess.ANNUAL_ALLOCATION).latestVersion().singleResult().getId();
      processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.FUNDING_PERCENT, "94", AbgProcess.REALLOCATION_POLICY, "SKIP"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private int storedLines(String label) {
    return jdbc.queryForObject("select count(*) from abg_grant_line l join abg_year y on y.id = l.year_id where y.label = ?",
        Integer.class, label);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest.Builder basic(String user, String path) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  /** A client whose cookies hold a Tasklist login, as a browser's would. */
  private HttpClient tasklistSession(String user) throws Exception {
    return tasklistSession(port, user);
  }

  /** A client whose cookies hold a Tasklist login of {@code user} (password demo) on the server at {@code port}. */
  static HttpClient tasklistSession(int port, String user) throws Exception {
    java.util.function.Function<String, URI> uri = path -> URI.create("http://localhost:" + port + path);
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(uri.apply("/camunda/app/tasklist/")).GET().build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri.apply("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  private static HttpRequest multipart(HttpRequest.Builder request, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----abgpage" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  private static String csrfToken(String page) {
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
    assertThat(token.find()).as("the page's CSRF token").isTrue();
    return token.group(1);
  }
}
