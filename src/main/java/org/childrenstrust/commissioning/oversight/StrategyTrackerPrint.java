package org.childrenstrust.commissioning.oversight;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.childrenstrust.commissioning.oversight.domain.StrategyAction;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The tracker as the North Yorkshire paper prints it: Action (number and text, once per action),
 * CYPP Section, Progress, Report to Board; as a page, a PDF and CSV (which adds status and owner).
 */
@Component
class StrategyTrackerPrint {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  static String reportTo(StrategyAction a) {
    String month = a.getReportDate().format(MONTH);
    return a.getReportNote() == null ? month : a.getReportNote() + " " + month;
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  String html(String bodyName, List<StrategyAction> actions) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>Commissioning strategy: "
        + esc(bodyName) + "</title><style>body{font-family:sans-serif;font-size:10pt;color:#1a1a1a;margin:1em}"
        + "table{border-collapse:collapse;width:100%} th,td{border:1px solid #666;padding:4px;text-align:left;vertical-align:top}"
        + "th{background:#e6e6e6}</style></head><body><h1>Commissioning strategy: progress (" + esc(bodyName) + ")</h1>"
        + "<table><thead><tr><th scope=\"col\" colspan=\"2\">Action</th><th scope=\"col\">CYPP Section</th><th scope=\"col\">Progress</th>"
        + "<th scope=\"col\">Report to Board</th></tr></thead><tbody>");
    for (StrategyAction a : actions) {
      boolean first = a.getLineNumber() == 1;
      html.append("<tr><td>").append(first ? String.valueOf(a.getActionNumber()) : "").append("</td><td>")
          .append(first ? esc(a.getDescription()) : "").append("</td><td>").append(esc(a.getCyppSection())).append("</td><td>")
          .append(esc(a.getProgress())).append("</td><td>").append(esc(reportTo(a))).append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
  }

  byte[] pdf(String bodyName, List<StrategyAction> actions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html(bodyName, actions).replace("<!DOCTYPE html>\n", "").replace("<style>",
        "<style>@page{size:A4 landscape;margin:15mm}"), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not print the strategy tracker", e);
    }
    return out.toByteArray();
  }

  String csv(List<StrategyAction> actions) {
    StringBuilder csv = new StringBuilder("Action,Action text,CYPP Section,Progress,Report to Board,Report date,Status,Owner\r\n");
    for (StrategyAction a : actions) {
      csv.append(a.getActionNumber()).append(',').append(cell(a.getDescription())).append(',').append(cell(a.getCyppSection())).append(',')
          .append(cell(a.getProgress())).append(',').append(cell(reportTo(a))).append(',').append(a.getReportDate()).append(',')
          .append(a.getStatus().name()).append(',').append(cell(a.getOwnerId())).append("\r\n");
    }
    return csv.toString();
  }

  /** RFC 4180 quoting; a cell a spreadsheet would read as a formula is prefixed with an apostrophe. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
