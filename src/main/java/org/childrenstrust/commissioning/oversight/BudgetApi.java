package org.childrenstrust.commissioning.oversight;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.oversight.BudgetMonitoringService.Consolidated;
import org.childrenstrust.commissioning.oversight.BudgetMonitoringService.Total;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The consolidated partnership budgets of a year (the year in the address as 2010-11): per activity
 * and per partner, as JSON, a page and CSV; for the Board, the Management Group, commissioning
 * officers and administrators (HTTP Basic).
 */
@RestController
@RequestMapping("/api/oversight/budgets/{year}")
class BudgetApi {

  private final BudgetMonitoringService budgets;
  private final IdentityService identityService;

  BudgetApi(BudgetMonitoringService budgets, IdentityService identityService) {
    this.budgets = budgets;
    this.identityService = identityService;
  }

  private Consolidated consolidated(String year) {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (groups.stream().noneMatch(g -> List.of(GovernanceGroup.TRUST_BOARD_ID, GovernanceGroup.MANAGEMENT_GROUP_ID,
        StrategyTrackerApi.COMMISSIONING_OFFICERS, GovernanceGroup.ADMINISTRATORS_ID).contains(g))) {
      throw BusinessRuleViolation.forbidden("The partnership budgets are for the Board, the Management Group and commissioning officers.");
    }
    String label = year.replace('-', '/');
    BudgetMonitoringService.startYear(label);
    return budgets.consolidated(label);
  }

  @GetMapping
  Consolidated json(@PathVariable String year) {
    return consolidated(year);
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "not yet returned" : Money.format(amount);
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static void table(StringBuilder html, String caption, String first, List<Total> rows, Total total) {
    html.append("<table><caption>").append(caption).append("</caption><thead><tr><th scope=\"col\">").append(first)
        .append("</th><th scope=\"col\">Budget</th><th scope=\"col\">Change to support priorities</th><th scope=\"col\">Outturn</th>"
            + "<th scope=\"col\">Outturn − budget</th></tr></thead><tbody>");
    for (Total t : rows) {
      row(html, "<th scope=\"row\">" + esc(t.name()) + "</th>", t);
    }
    row(html, "<th scope=\"row\">Total</th>", total);
    html.append("</tbody></table>");
  }

  private static void row(StringBuilder html, String head, Total t) {
    html.append("<tr>").append(head).append("<td>").append(money(t.budget())).append("</td><td>").append(money(t.priorityChange()))
        .append("</td><td>").append(money(t.outturn())).append("</td><td>").append(money(t.variance())).append("</td></tr>");
  }

  @GetMapping(value = "/consolidated", produces = MediaType.TEXT_HTML_VALUE)
  String page(@PathVariable String year) {
    Consolidated c = consolidated(year);
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Partnership budgets "
        + esc(c.financialYear()) + "</title><style>body{font-family:sans-serif;color:#1a1a1a;margin:1em}table{border-collapse:collapse;"
        + "margin-bottom:1.5em}caption{text-align:left;font-weight:bold;padding:4px 0}th,td{border:1px solid #666;padding:4px 8px}"
        + "td{text-align:right}th{text-align:left}</style></head><body><h1>Partnership budgets " + esc(c.financialYear()) + "</h1>");
    table(html, "By activity", "Activity", c.byActivity(), c.total());
    table(html, "By partner", "Partner", c.byPartner(), c.total());
    html.append("<p><a href=\"consolidated.csv\">Download as CSV</a></p></body></html>");
    return html.toString();
  }

  @GetMapping(value = "/consolidated.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(@PathVariable String year) {
    Consolidated c = consolidated(year);
    StringBuilder csv = new StringBuilder("View,Code,Name,Budget,Change to support priorities,Outturn,Outturn - budget\r\n");
    c.byActivity().forEach(t -> line(csv, "activity", t));
    c.byPartner().forEach(t -> line(csv, "partner", t));
    line(csv, "total", c.total());
    return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"partnership-budgets-" + year + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder csv, String view, Total t) {
    csv.append(view).append(',').append(StrategyTrackerPrint.cell(t.code())).append(',').append(StrategyTrackerPrint.cell(t.name())).append(',')
        .append(plain(t.budget())).append(',').append(plain(t.priorityChange())).append(',').append(plain(t.outturn())).append(',')
        .append(plain(t.variance())).append("\r\n");
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
