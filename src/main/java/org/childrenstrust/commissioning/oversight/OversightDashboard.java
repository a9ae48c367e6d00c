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
 * the commissioning cycle are not on it yet (no public interface of theirs to read).
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

  OversightDashboard(SignedInUsers signedInUsers, StrategyTrackerService tracker, PlanActionRepository planActions,
      BudgetRoundRepository rounds, BudgetMonitoringService budgets) {
    this.signedInUsers = signedInUsers;
    this.tracker = tracker;
    this.planActions = planActions;
    this.rounds = rounds;
    this.budgets = budgets;
  }

  private void reader(HttpServletRequest request) {
    SignedInUser user = signedInUsers.of(request).orElse(null);
    if (user == null) {
      throw new Unauthenticated();
    }
    if (!user.inAnyGroup(GovernanceGroup.TRUST_BOARD_ID, GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("The oversight dashboard is for members of the Board and the Management Group.");
    }
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
    return figures;
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
      int width = f.value().multiply(BigDecimal.valueOf(300)).divide(max, 0, RoundingMode.HALF_UP).intValue();
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
    reader(request);
    Map<String, List<Figure>> figures = figures();
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>Commissioning oversight</title><style>"
        + "body{font-family:sans-serif;font-size:16px;color:#1a1a1a;background:#fff;max-width:60em;margin:0 auto;padding:1em}"
        + "section{margin-bottom:2em} a{color:#0b4f7c} ul{padding-left:1.2em} .chart{max-width:640px}</style></head><body>"
        + "<main><h1>Commissioning oversight</h1>");
    html.append("<section aria-labelledby=\"strategy\"><h2 id=\"strategy\">Board strategy actions by status</h2>")
        .append(chart("strategy", "Board strategy actions by status", figures.get("strategy")))
        .append("<p><a href=\"/api/oversight/bodies/BOARD/strategy-tracker\">The tracker</a> · <a href=\"/oversight/dashboard/strategy.csv\">"
            + "Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"overdue\"><h2 id=\"overdue\">Overdue (").append(figures.get("overdue").size()).append(")</h2><ul>");
    figures.get("overdue").forEach(f -> html.append("<li>").append(esc(f.label())).append(": ").append(esc(f.shown())).append("</li>"));
    html.append("</ul><p><a href=\"/oversight/dashboard/overdue.csv\">Download as CSV</a></p></section>");
    html.append("<section aria-labelledby=\"budgets\"><h2 id=\"budgets\">Partnership budgets by activity</h2>");
    if (figures.get("budgets").isEmpty()) {
      html.append("<p>No partnership budgets collected yet.</p>");
    } else {
      html.append(chart("budgets", "Partnership budgets by activity", figures.get("budgets")));
    }
    html.append("<p><a href=\"/oversight/dashboard/budgets.csv\">Download as CSV</a></p></section></main></body></html>");
    return html.toString();
  }

  @GetMapping(value = "/{figure}.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(@PathVariable String figure, HttpServletRequest request) {
    reader(request);
    List<Figure> rows = figures().get(figure);
    if (rows == null) {
      throw new NotFound("The dashboard has no figure '" + figure + "' (strategy, overdue, budgets).");
    }
    StringBuilder csv = new StringBuilder("Item,Figure\r\n");
    rows.forEach(f -> csv.append(StrategyTrackerPrint.cell(f.label())).append(',').append(StrategyTrackerPrint.cell(f.shown())).append("\r\n"));
    return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"oversight-" + figure + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
