package org.childrenstrust.commissioning.oversight;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.childrenstrust.commissioning.oversight.SelfAnalysisService.GroupScore;
import org.childrenstrust.commissioning.oversight.SelfAnalysisService.QuestionResult;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.oversight.domain.Score;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The self-analysis report: per question the groups' scores, their spread and mean, and the
 * evidence; a bar chart of the mean scores (inline SVG in the page; the PDF draws the same bars as
 * boxes, which openhtmltopdf renders without an SVG plug-in); the improvement plan once set.
 */
@Component
class SelfAnalysisReport {

  private static final int BAR_WIDTH = 320;

  /** The plain-text summary for the body's report cover and the officer's form: weakest areas first. */
  String summary(Exercise exercise, List<QuestionResult> results) {
    StringBuilder text = new StringBuilder("Commissioning self-analysis of " + exercise.getBodyName() + ", opened "
        + exercise.getOpenedOn().format(SelfAnalysisService.LONG_DATE) + ". Scores 1 (not in place) to 4 (working well).\n");
    results.stream().sorted((a, b) -> a.mean() == null ? 1 : b.mean() == null ? -1 : a.mean().compareTo(b.mean()))
        .forEach(r -> text.append("\nQ").append(r.number()).append(" ").append(r.topic()).append(": ")
            .append(r.mean() == null ? "not scored" : "mean " + r.mean().toPlainString() + ", scores " + scores(r)
                + ", spread " + r.spread()));
    return text.toString();
  }

  private static String scores(QuestionResult r) {
    return r.scores().stream().map(s -> String.valueOf(s.score())).reduce((a, b) -> a + ", " + b).orElse("none");
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** The page: headings, a table per question, the chart as inline SVG with a text alternative. */
  String html(Exercise exercise, List<QuestionResult> results, List<PlanAction> plan) {
    return document(exercise, results, plan, svgChart(results));
  }

  byte[] pdf(Exercise exercise, List<QuestionResult> results, List<PlanAction> plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(document(exercise, results, plan, boxChart(results)), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the self-analysis report " + exercise.getId(), e);
    }
    return out.toByteArray();
  }

  private String document(Exercise exercise, List<QuestionResult> results, List<PlanAction> plan, String chart) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Commissioning self-analysis: "
        + esc(exercise.getBodyName()) + "</title><style>body{font-family:sans-serif;font-size:11pt;color:#1a1a1a;max-width:60em;margin:1em auto;padding:0 1em}"
        + "h1{font-size:16pt} h2{font-size:13pt} table{border-collapse:collapse;width:100%;margin-bottom:1em}"
        + "th,td{border:1px solid #666;padding:4px;text-align:left;vertical-align:top} .bar{background:#1d5f8a;height:12px}"
        + ".track{background:#e6e6e6;width:" + BAR_WIDTH + "px}</style></head><body>");
    html.append("<h1>Commissioning self-analysis: ").append(esc(exercise.getBodyName())).append("</h1>");
    html.append("<p>Opened ").append(exercise.getOpenedOn().format(SelfAnalysisService.LONG_DATE)).append("; status ")
        .append(exercise.getStatus().name().toLowerCase().replace('_', ' '));
    if (exercise.getDecisionMeeting() != null) {
      html.append("; decided at ").append(esc(exercise.getDecisionMeeting())).append(" (")
          .append(esc(exercise.getDecisionOutcome())).append("): ").append(esc(exercise.getDecisionRationale()));
    }
    html.append(".</p><p>Each group scored current performance on six questions from ").append(Score.LOWEST).append(" to ")
        .append(Score.HIGHEST).append(": 1 not in place, 2 being developed, 3 in place but not consistent, 4 working well.</p>");
    html.append("<h2>Mean score per question</h2>").append(chart);
    html.append("<h2>Scores, spread and evidence</h2>");
    for (QuestionResult r : results) {
      html.append("<h3>Question ").append(r.number()).append(": ").append(esc(r.topic())).append("</h3><p>").append(esc(r.wording()))
          .append("</p><p>").append(r.mean() == null ? "Not scored." : "Mean " + r.mean().toPlainString() + "; lowest " + r.lowest()
              + ", highest " + r.highest() + ", spread " + r.spread() + ".").append("</p>");
      if (!r.scores().isEmpty()) {
        html.append("<table><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Score</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        for (GroupScore s : r.scores()) {
          html.append("<tr><td>").append(s.groupNumber()).append("</td><td>").append(s.score()).append("</td><td>")
              .append(esc(s.evidence())).append("</td></tr>");
        }
        html.append("</tbody></table>");
      }
    }
    if (!plan.isEmpty()) {
      html.append("<h2>Commissioning Improvement Plan</h2><table><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Action</th>"
          + "<th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead><tbody>");
      for (PlanAction a : plan) {
        html.append("<tr><td>").append(a.getQuestionNumber()).append("</td><td>").append(esc(a.getDescription())).append("</td><td>")
            .append(esc(a.getOwnerId())).append("</td><td>").append(a.getDueDate().format(SelfAnalysisService.LONG_DATE))
            .append("</td><td>").append(a.getDoneOn() == null ? "open" : "done " + a.getDoneOn() + ": " + esc(a.getProgressNote()))
            .append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    return html.append("</body></html>").toString();
  }

  private static int barLength(QuestionResult r) {
    return r.mean() == null ? 0 : r.mean().multiply(java.math.BigDecimal.valueOf(BAR_WIDTH))
        .divide(java.math.BigDecimal.valueOf(Score.HIGHEST), 0, java.math.RoundingMode.HALF_UP).intValue();
  }

  /** Horizontal bars, one per question, with the figure written beside each (the chart's text alternative is the tables below). */
  String svgChart(List<QuestionResult> results) {
    int rowHeight = 24;
    int labelWidth = 260;
    int height = results.size() * rowHeight + 10;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\""
        + (labelWidth + BAR_WIDTH + 60) + "\" height=\"" + height + "\" class=\"chart\"><title id=\"chart-title\">Mean score per question, "
        + Score.LOWEST + " to " + Score.HIGHEST + "</title>");
    int y = 5;
    for (QuestionResult r : results) {
      svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#1a1a1a\">Q").append(r.number()).append(" ")
          .append(esc(r.topic())).append("</text>");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(BAR_WIDTH)
          .append("\" height=\"16\" fill=\"#e6e6e6\"/>");
      svg.append("<rect class=\"bar\" data-question=\"").append(r.number()).append("\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(barLength(r)).append("\" height=\"16\" fill=\"#1d5f8a\"/>");
      svg.append("<text x=\"").append(labelWidth + BAR_WIDTH + 6).append("\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#1a1a1a\">")
          .append(r.mean() == null ? "–" : r.mean().toPlainString()).append("</text>");
      y += rowHeight;
    }
    return svg.append("</svg>").toString();
  }

  private String boxChart(List<QuestionResult> results) {
    StringBuilder html = new StringBuilder("<table>");
    for (QuestionResult r : results) {
      html.append("<tr><td style=\"width:40%\">Q").append(r.number()).append(" ").append(esc(r.topic()))
          .append("</td><td><div class=\"track\"><div class=\"bar\" style=\"width:").append(barLength(r)).append("px\"></div></div></td><td>")
          .append(r.mean() == null ? "–" : r.mean().toPlainString()).append("</td></tr>");
    }
    return html.append("</table>").toString();
  }
}
