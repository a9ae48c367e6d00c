package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.OFFICER;
import static org.childrenstrust.commissioning.grants.abg.AbgFixtures.gbp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The finance export uploaded as a file (POST /api/abg/grant-lines, multipart part "file"): a real
 * Excel workbook written with Apache POI, amounts as numbers and as "£1,394,246.00" text; the same
 * checks and messages as CSV, rows numbered as the spreadsheet shows them; nothing loaded while any
 * row is wrong. The officer then completes "Load grant lines" with the box as it is.
 */
@Import(AbgYears.class)
class AbgGrantLinesUploadTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired AbgYears years;
  @Autowired AllocationService allocations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anXlsxExportIsLoadedAndTheRuleProposesEveryAllocation() throws Exception {
    String label = "2101/02";
    ProcessInstance pi = openYear(label);
    List<List<Object>> rows = seedRows();
    rows.get(0).set(2, "£1,394,246.00");

    HttpResponse<String> response = upload(OFFICER, label, "abg-2101-02.xlsx", xlsx(rows));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(AbgApiTest.json(response).get("grantLines").asInt()).isEqualTo(9);
    assertThat(allocations.year(label).getPot()).isEqualTo(gbp("2534268.20"));
    assertThat(years.allocationOf(label, "CONNEXIONS")).as("the lower of £1,520,000 and 94% of £1,394,246").isEqualTo(gbp("1310591.24"));
    assertThat(years.allocationOf(label, "CSC-WORKFORCE")).isEqualTo(gbp("195000.00"));
    years.assertPotWhole(label);
    completeAs(OFFICER, task(pi.getId(), "Task_LoadGrantLines"), Map.of(AbgProcess.GRANT_LINES_CSV,
        String.join(",", GrantLinesCsv.HEADER) + "\n"));
    assertThat(pi).isWaitingAt("Task_ReviewAllocations");
    assertThat(upload(OFFICER, label, "again.xlsx", xlsx(rows)).statusCode()).as("a second load").isEqualTo(409);
  }

  @Test
  void aWorkbookWithBadRowsIsRefusedRowByRowAndLoadsNothing() throws Exception {
    String label = "2102/03";
    openYear(label);
    List<List<Object>> rows = new ArrayList<>(seedRows().subList(0, 2));
    rows.add(new ArrayList<>(List.of("BAD", "Some grant", "lots", "", "", "", "Activity", "nadia.karim", "outcome-stay-safe", "NI 1", "CYPP")));
    rows.add(new ArrayList<>(List.of("BAD2", "Other grant", -100, "", "", "", "Activity", "nobody.here", "outcome-nowhere", "NI 1", "CYPP")));
    rows.add(new ArrayList<>(List.of("BAD3", "Third grant", 100.125, "", "", "", "Activity", "nadia.karim", "outcome-stay-safe", "NI 1", "")));

    HttpResponse<String> response = upload(OFFICER, label, "export.xlsx", xlsx(rows));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(AbgApiTest.json(response).get("message").asText()).contains("Nothing was loaded",
        "Row 4: 'lots' is not an amount for grant this year.",
        "Row 5: grant this year is negative (-100); no user 'nobody.here' (give the lead officer's user id, e.g. nadia.karim); "
            + "'outcome-nowhere' is not an outcome group (e.g. outcome-stay-safe).",
        "Row 6: grant this year has more than pounds and pence (100.125); CYPP priority is empty.")
        .doesNotContain("Row 2", "Row 3");
    assertThat(allocations.year(label).getPot()).isEqualTo(gbp("0.00"));
    assertThat(jdbc.queryForObject("select count(*) from abg_grant_line l join abg_year y on y.id = l.year_id where y.label = ?",
        Integer.class, label)).isZero();
  }

  @Test
  void aCsvFileGetsTheSameMessagesAndOtherFilesAndCallersAreRefused() throws Exception {
    String label = "2103/04";
    openYear(label);
    String csv = AbgAnnualAllocationProcessTest.csv(AbgFixtures.lines().subList(0, 1))
        + "\nBAD,Some grant,lots,,,,Activity,nadia.karim,outcome-stay-safe,NI 1,CYPP";
    HttpResponse<String> bad = upload(OFFICER, label, "export.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("Line 3: 'lots' is not an amount for grant this year.");
    assertThat(upload(OFFICER, label, "minutes.pdf", "%PDF-1.4 not grant lines".getBytes(StandardCharsets.US_ASCII)).body())
        .contains("'minutes.pdf' is not a CSV file or an Excel workbook (.xlsx).");
    byte[] broken = xlsx(seedRows());
    HttpResponse<String> truncated = upload(OFFICER, label, "broken.xlsx", java.util.Arrays.copyOf(broken, broken.length / 2));
    assertThat(truncated.statusCode()).isEqualTo(422);
    assertThat(truncated.body()).contains("cannot be read as an Excel workbook");
    assertThat(upload("tom.hadley", label, "export.xlsx", xlsx(seedRows())).statusCode()).as("a Management Group member").isEqualTo(403);
    assertThat(allocations.year(label).getPot()).isEqualTo(gbp("0.00"));
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance openYear(String label) {
    identityService.setAuthentication(OFFICER, List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AbgProcess.ANNUAL_ALLOCATION).latestVersion().singleResult().getId();
      return processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.FUNDING_PERCENT, "94", AbgProcess.REALLOCATION_POLICY, "SKIP"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The seed's lines as a finance export would have them: amounts as numbers, empty cells where there is none. */
  static List<List<Object>> seedRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (GrantLineInput l : AbgFixtures.lines()) {
      rows.add(new ArrayList<>(java.util.Arrays.asList(l.reference(), l.grantName(), number(l.grantThisYear()),
          number(l.previousAllocation()), number(l.actualSpendTwoYearsAgo()), number(l.actualSpendLastYear()), l.activityName(),
          l.leadOfficer(), l.hostOutcomeGroup(), l.laaTarget(), l.cyppPriority())));
    }
    return rows;
  }

  private static Object number(BigDecimal amount) {
    return amount == null ? "" : amount.doubleValue();
  }

  /** A real .xlsx: a header row, then the rows (numbers as numeric cells, text as text cells). */
  static byte[] xlsx(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("ABG grant lines");
      Row header = sheet.createRow(0);
      for (int i = 0; i < GrantLinesCsv.HEADER.size(); i++) {
        header.createCell(i).setCellValue(GrantLinesCsv.HEADER.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (!value.toString().isEmpty()) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private HttpResponse<String> upload(String user, String label, String fileName, byte[] content) throws Exception {
    String boundary = "----abg" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/abg/grant-lines?financialYear="
            + java.net.URLEncoder.encode(label, StandardCharsets.UTF_8)))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
