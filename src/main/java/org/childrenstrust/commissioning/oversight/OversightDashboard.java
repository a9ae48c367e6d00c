package org.childrenstrust.commissioning.oversight;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.cycle.CycleFigures;
import org.childrenstrust.commissioning.grants.AbgFigures;
import org.childrenstrust.commissioning.oversight.domain.BudgetRoundRepository;
import org.childrenstrust.commissioning.oversight.domain.PlanActionRepository;
import org.childrenstrust.commissioning.oversight.domain.StrategyAction;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.web.SignedInUser;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The Board's and Management Group's oversight dashboard (Tasklist session or HTTP Basic): the
 * Board's strategy actions by status, what is overdue (strategy actions past their report date,
 * improvement actions past their due date), and the latest year's partnership budgets per activity;
 * charts as inline SVG with the figures in text beside them; each figure exports to CSV. Grants and
 * the commissioning cycle come through their public read-only interfaces ({@code grants.AbgFigures},
 * {@code cycle.CycleFigures}): ABG allocations by outcome group and per activity with spend and forecast
 * against allocation, overdue quarterly returns, each service area's stage and the contracts due for review.
 */
@Controller
@RequestMapping("/oversight/dashboard")
class OversightDashboard {

  static final String BAR = "#1d5f8a";

  private final SignedInUsers signedInUsers;
  private final StrategyTrackerService tracker;
  private final PlanActionRepository planActions;
  private final BudgetRoundRepository rounds;
  private final BudgetMonitoringService budgets;
  private final AbgFigures abg;
  private final CycleFigures cycle;

  OversightDashboard(SignedInUsers signedInUsers, StrategyTrackerService tracker, PlanActionRepository planActions,
      BudgetRoundRepository rounds, BudgetMonitoringService budgets, AbgFigures abg, CycleFigures cycle) {
    this.abg = abg;
    this.cycle = cycle;
    this.signedInUsers = signedInUsers;
    this.tracker = tracker;
    this.planActions = planActions;
    this.rounds = rounds;
    this.budgets = budgets;
  }

  private SignedInUser reader(HttpServletRequest request) {
    SignedInUser user = signedInUsers.of(request).orElse(null);
    if (user == null) {
      throw new Unauthenticated();
    }
    if (!user.inAnyGroup(GovernanceGroup.TRUST_BOARD_ID, GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("The oversight dashboard is for members of the Board and the Management Group.");
    }
    return user;
  }

  /**
   * The link to the latest quarter's consolidated ABG return (a page that works with the Tasklist
   * login), for those who may read it: the Management Group and administrators. The Board reads the
   * same figures in the tables here; a link it could not open is not shown.
   */
  private String lspReturnLink(SignedInUser user, String year) {
    if (year == null || !user.inAnyGroup(GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID)) {
      return "";
    }
    int quarter = abg.activities(year).stream().mapToInt(AbgFigures.ActivityFigure::latestQuarter).max().orElse(0);
    if (quarter == 0) {
      return "";
    }
    return "<a href=\"/abg/quarters/" + quarter + "/lsp-return.html?financialYear=" + esc(year) + "\">The consolidated return, quarter "
        + quarter + "</a> · ";
  }

  static class Unauthenticated extends RuntimeException {
    Unauthenticated() {
      super("Log in to Tasklist first (or send HTTP Basic credentials).");
    }
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(Unauthenticated.class)
  ResponseEntity<String> unauthenticated(Unauthenticated e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }

  /** A figure: label, value shown, value charted, link to its detail. */
  record Figure(String label, String shown, BigDecimal value) {}

  @Transactional(readOnly = true)
  Map<String, List<Figure>> figures() {
    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    List<StrategyAction> board = tracker.tracker(OversightDemoData.BOARD);
    List<Figure> status = new ArrayList<>();
    for (StrategyAction.Status s : StrategyAction.Status.values()) {
      long n = board.stream().filter(a -> a.getStatus() == s).count();
      status.add(new Figure(s.name().charAt(0) + s.name().substring(1).toLowerCase().replace('_', ' '), String.valueOf(n), BigDecimal.valueOf(n)));
    }
    figures.put("strategy", status);
    LocalDate today = BusinessClock.today();
    List<Figure> overdue = new ArrayList<>();
    board.stream().filter(a -> a.getReportDate().isBefore(today) && a.getStatus() != StrategyAction.Status.COMPLETE)
        .forEach(a -> overdue.add(new Figure("Strategy action " + a.getActionNumber() + " (" + a.getCyppSection() + "), owner " + a.getOwnerId(),
            "report date " + a.getReportDate(), BigDecimal.ONE)));
    planActions.findAll().stream().filter(a -> a.isOverdue(today))
        .forEach(a -> overdue.add(new Figure("Improvement action: " + a.getDescription() + ", owner " + a.getOwnerId(), "due " + a.getDueDate(),
            BigDecimal.ONE)));
    figures.put("overdue", overdue);
    List<Figure> spend = new ArrayList<>();
    rounds.findAll().stream().max(Comparator.comparing(r -> r.getFinancialYear())).ifPresent(round ->
        budgets.consolidated(round.getFinancialYear()).byActivity().forEach(t ->
            spend.add(new Figure(t.name() + " " + round.getFinancialYear(), Money.format(t.budget()), t.budget()))));
    figures.put("budgets", spend);
    String year = abg.latestApprovedYear().orElse(null);
    List<AbgFigures.ActivityFigure> activities = year == null ? List.of() : abg.activities(year);
    Map<String, BigDecimal> byGroup = new java.util.TreeMap<>();
    activities.forEach(a -> byGroup.merge(groupName(a.outcomeGroup()), a.allocation(), BigDecimal::add));
    List<Figure> allocations = new ArrayList<>();
    byGroup.forEach((group, amount) -> allocations.add(new Figure(group, Money.format(amount), amount)));
    figures.put("allocations", allocations);
    BigDecimal allocated = activities.stream().map(AbgFigures.ActivityFigure::allocation).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal spent = activities.stream().map(a -> a.spendToDate() == null ? BigDecimal.ZERO : a.spendToDate()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal forecast = activities.stream().map(a -> a.forecastOutturn() == null ? BigDecimal.ZERO : a.forecastOutturn())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    figures.put("spend", activities.isEmpty() ? List.of() : List.of(new Figure("Allocation " + year, Money.format(allocated), allocated),
        new Figure("Spend to date (latest returns)", Money.format(spent), spent),
        new Figure("Forecast outturn (latest returns)", Money.format(forecast), forecast)));
    List<CycleFigures.AreaStage> stages = cycle.stages();
    List<Figure> stageCounts = new ArrayList<>();
    for (String stage : CycleFigures.STAGES) {
      long n = stages.stream().filter(a -> a.stage().equals(stage)).count();
      stageCounts.add(new Figure(stageName(stage), String.valueOf(n), BigDecimal.valueOf(n)));
    }
    figures.put("stages", stageCounts);
    return figures;
  }

  /** A figure set out as a table: its column headings and rows of text (amounts as plain pounds and pence). */
  record Table(List<String> headings, List<List<String>> rows) {}

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(Money.SCALE, RoundingMode.HALF_UP).toPlainString();
  }

  /** An outcome group's name without the "Outcome group: " prefix, so that it fits beside its bar. */
  private static String groupName(String id) {
    return GovernanceGroup.all().stream().filter(g -> g.id().equals(id)).map(GovernanceGroup::displayName).findFirst().orElse(id)
        .replaceFirst("^Outcome group: ", "");
  }

  private static String stageName(String stage) {
    return stage.charAt(0) + stage.substring(1).toLowerCase();
  }

  @Transactional(readOnly = true)
  Map<String, Table> tables() {
    Map<String, Table> tables = new LinkedHashMap<>();
    List<List<String>> activityRows = new ArrayList<>();
    abg.latestApprovedYear().ifPresent(year -> abg.activities(year).forEach(a -> activityRows.add(List.of(a.year(), a.reference(),
        a.activity(), groupName(a.outcomeGroup()), plain(a.allocation()), a.latestQuarter() == 0 ? "" : "Q" + a.latestQuarter(),
        plain(a.spendToDate()), plain(a.forecastOutturn()),
        a.forecastOutturn() == null ? "" : plain(a.forecastOutturn().subtract(a.allocation()))))));
    tables.put("activities", new Table(List.of("Year", "Reference", "Activity", "Outcome group", "Allocation", "Latest return",
        "Spend to date", "Forecast outturn", "Forecast minus allocation"), activityRows));
    tables.put("returns", new Table(List.of("Year", "Quarter", "Reference", "Activity", "Outcome group", "Lead officer", "Due"),
        abg.overdueReturns(BusinessClock.today()).stream().map(r -> List.of(r.year(), "Q" + r.quarter(), r.reference(), r.activity(),
            groupName(r.outcomeGroup()), r.leadOfficer(), r.due().toString())).toList()));
    tables.put("cycles", new Table(List.of("Service area", "Cycle", "Year", "Round", "Stage"), cycle.stages().stream()
        .map(a -> List.of(a.serviceArea(), a.cycleReference(), a.financialYear(), String.valueOf(a.round()), stageName(a.stage()))).toList()));
    tables.put("contracts", new Table(List.of("Contract", "Cycle", "Service area", "Provider", "Value", "Review on", "Ends on"),
        cycle.contractsDueForReview().stream().map(c -> List.of(c.reference(), c.cycleReference(), c.serviceArea(), c.provider(),
            plain(c.value()), c.reviewOn().toString(), c.endsOn().toString())).toList()));
    return tables;
  }

  /** A cell holding plain pounds and pence (as in the CSV), shown on the page as £1,394,246.00. */
  private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?\\d+\\.\\d{2}");

  private static String table(String id, String caption, Table table) {
    if (table.rows().isEmpty()) {
      return "<p id=\"" + id + "-table\">None.</p>";
    }
    StringBuilder html = new StringBuilder("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + esc(caption)
        + "\"><table id=\"" + id + "-table\"><caption>" + esc(caption) + "</caption><thead><tr>");
    table.headings().forEach(h -> html.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      row.forEach(cell -> html.append(AMOUNT.matcher(cell).matches()
          ? "<td class=\"amount\">" + esc(Money.format(new BigDecimal(cell))) : "<td>" + esc(cell)).append("</td>"));
      html.append("</tr>");
    }
    return html.append("</tbody></table></div>").toString();
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static String chart(String id, String title, List<Figure> figures) {
    BigDecimal max = figures.stream().map(Figure::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int rowHeight = 28;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + id + "-title\" viewBox=\"0 0 640 "
        + (figures.size() * rowHeight + 8) + "\" width=\"100%\" class=\"chart\" id=\"" + id + "-chart\"><title id=\"" + id + "-title\">"
        + esc(title) + "</title>");
    int y = 4;
    for (Figure f : figures) {
      int width = f.value().multiply(BigDecimal.valueOf(260)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#1a1a1a\">").append(esc(f.label())).append("</text>")
          .append("<rect x=\"250\" y=\"").append(y + 4).append("\" width=\"").append(Math.max(width, 0)).append("\" height=\"18\" fill=\"").append(BAR)
          .append("\"/><text x=\"").append(256 + width).append("\" y=\"").append(y + 17).append("\" font-size=\"13\" fill=\"#1a1a1a\">")
          .append(esc(f.shown())).append("</text>");
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
  @org.springframework.web.bind.annotation.ResponseBody
  String page(HttpServletRequest request) {
    SignedInUser user = reader(request);
    Map<String, List<Figure>> figures = figures();
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>Commissioning oversight</title><style>"
        + "body{font-family:sans-serif;font-size:16px;color:#1a1a1a;background:#fff;max-width:60em;margin:0 auto;padding:1em}"
        + "section{margin-bottom:2em} a{color:#0b4f7c} ul{padding-left:1.2em} .chart{max-width:640px}"
        + ".scroll{overflow-x:auto;max-width:100%} table{border-collapse:collapse;font-size:14px} caption{text-align:left;font-weight:bold;padding:.3em 0}"
        + "th,td{border:1px solid #767676;padding:.3em .5em;text-align:left;vertical-align:top} th{background:#f0f0f0}</style></head><body>"
        + "<main><h1>Commissioning oversight</h1>");
    html.append("<section aria-labelledby=\"strategy\"><h2 id=\"strategy\">Board strategy actions by status</h2>")
        .append(chart("strategy", "Board strategy actions by status", figures.get("strategy")))
        .append("<p>").append(user.inAnyGroup(GovernanceGroup.TRUST_BOARD_ID, GovernanceGroup.ADMINISTRATORS_ID)
            ? "<a href=\"/api/oversight/bodies/BOARD/strategy-tracker\">The tracker</a> · " : "")
        .append("<a href=\"/oversight/dashboard/strategy.csv\">Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"overdue\"><h2 id=\"overdue\">Overdue (").append(figures.get("overdue").size()).append(")</h2><ul>");
    figures.get("overdue").forEach(f -> html.append("<li>").append(esc(f.label())).append(": ").append(esc(f.shown())).append("</li>"));
    html.append("</ul><p><a href=\"/oversight/dashboard/overdue.csv\">Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"budgets\"><h2 id=\"budgets\">Partnership budgets by activity</h2>");
    if (figures.get("budgets").isEmpty()) {
      html.append("<p>No partnership budgets collected yet.</p>");
    } else {
      html.append(chart("budgets", "Partnership budgets by activity", figures.get("budgets")));
    }
    html.append("<p><a href=\"/oversight/dashboard/budgets.csv\">Download as CSV</a></p></section>");
    Map<String, Table> tables = tables();
    String year = abg.latestApprovedYear().orElse(null);
    html.append("<section aria-labelledby=\"allocations\"><h2 id=\"allocations\">Area Based Grant allocations by outcome group")
        .append(year == null ? "" : " " + esc(year)).append("</h2>");
    if (figures.get("allocations").isEmpty()) {
      html.append("<p>No approved Area Based Grant allocations yet.</p>");
    } else {
      html.append(chart("allocations", "Area Based Grant allocations by outcome group", figures.get("allocations")));
    }
    html.append("<p><a href=\"/oversight/dashboard/allocations.csv\">Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"spend\"><h2 id=\"spend\">Spend and forecast against allocation</h2>");
    if (!figures.get("spend").isEmpty()) {
      html.append(chart("spend", "Area Based Grant spend and forecast against allocation", figures.get("spend")));
    }
    html.append(table("activities", "Allocation, spend and forecast per activity", tables.get("activities")))
        .append("<p>").append(lspReturnLink(user, year))
        .append("<a href=\"/oversight/dashboard/spend.csv\">Download the totals as CSV</a> · "
            + "<a href=\"/oversight/dashboard/activities.csv\">Download the activities as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"returns\"><h2 id=\"returns\">Overdue quarterly returns (").append(tables.get("returns").rows().size())
        .append(")</h2>").append(table("returns", "ABG quarterly returns past their due date", tables.get("returns")))
        .append("<p>").append(lspReturnLink(user, year))
        .append("<a href=\"/oversight/dashboard/returns.csv\">Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"stages\"><h2 id=\"stages\">Service areas by stage of the commissioning cycle</h2>")
        .append(chart("stages", "Service areas by stage of the commissioning cycle", figures.get("stages")))
        .append(table("cycles", "Each service area's stage", tables.get("cycles")))
        .append("<p><a href=\"/cycles\">The commissioning cycles</a> · <a href=\"/oversight/dashboard/stages.csv\">Download the counts as CSV</a> · "
            + "<a href=\"/oversight/dashboard/cycles.csv\">Download the service areas as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"contracts\"><h2 id=\"contracts\">Contracts due for review (").append(tables.get("contracts").rows().size())
        .append(")</h2>").append(table("contracts", "Live contracts whose review or end is due", tables.get("contracts")))
        .append("<p><a href=\"/api/contracts.csv\">The contract register</a> · <a href=\"/oversight/dashboard/contracts.csv\">Download as CSV</a></p>"
            + "</section></main></body></html>");
    return html.toString();
  }

  /** Amounts of the grant figures go to CSV as plain pounds and pence; the others as shown. */
  private static String csvValue(String figure, Figure f) {
    return "allocations".equals(figure) || "spend".equals(figure) ? plain(f.value()) : f.shown();
  }

  @GetMapping(value = "/{figure}.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(@PathVariable String figure, HttpServletRequest request) {
    reader(request);
    List<Figure> rows = figures().get(figure);
    Table table = rows == null ? tables().get(figure) : null;
    if (rows == null && table == null) {
      throw new NotFound("The dashboard has no figure '" + figure
          + "' (strategy, overdue, budgets, allocations, spend, activities, returns, stages, cycles, contracts).");
    }
    StringBuilder csv = new StringBuilder();
    if (rows != null) {
      csv.append("Item,Figure\r\n");
      rows.forEach(f -> csv.append(StrategyTrackerPrint.cell(f.label())).append(',').append(StrategyTrackerPrint.cell(csvValue(figure, f)))
          .append("\r\n"));
    } else {
      csv.append(String.join(",", table.headings().stream().map(StrategyTrackerPrint::cell).toList())).append("\r\n");
      table.rows().forEach(r -> csv.append(String.join(",", r.stream().map(StrategyTrackerPrint::cell).toList())).append("\r\n"));
    }
    return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"oversight-" + figure + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
