package org.childrenstrust.commissioning.grants.abg;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.childrenstrust.commissioning.grants.abg.QuarterReports.Report;
import org.childrenstrust.commissioning.grants.abg.QuarterReports.Row;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.web.util.HtmlUtils;

/**
 * A quarter's report as a page (HTML), a document to circulate (PDF, openhtmltopdf as the funding
 * letters) and a spreadsheet (CSV, Apache Commons CSV; amounts as plain pounds and pence).
 */
final class QuarterReportFormats {

  static final List<String> CSV_HEADER = List.of("outcome group", "reference", "activity", "lead officer", "allocation",
      "spend to date", "forecast outturn", "forecast below allocation", "return");

  private QuarterReportFormats() {}

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "" : Money.format(amount);
  }

  /** Well-formed XHTML, so that the PDF renders the same page. */
  static String html(Report report) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/><title>")
        .append(esc(report.title())).append("</title><style>body{font-family:sans-serif;font-size:10pt} h1{font-size:15pt}"
            + " table{border-collapse:collapse;width:100%} th,td{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}"
            + " td.amount,th.amount{text-align:right} tr.total td{font-weight:bold}</style></head><body><h1>")
        .append(esc(report.title())).append("</h1>");
    for (String fact : report.facts()) {
      html.append("<p>").append(esc(fact)).append("</p>");
    }
    html.append("<table><thead><tr><th>Outcome group</th><th>Activity</th><th>Lead officer</th><th class=\"amount\">Allocation</th>"
        + "<th class=\"amount\">Spend to date</th><th class=\"amount\">Forecast outturn</th>"
        + "<th class=\"amount\">Forecast below allocation</th><th>Return</th></tr></thead><tbody>");
    for (Row row : report.rows()) {
      html.append(tr(row, ""));
    }
    html.append(tr(report.total(), " class=\"total\"")).append("</tbody></table></body></html>");
    return html.toString();
  }

  private static String tr(Row row, String attributes) {
    return "<tr" + attributes + "><td>" + esc(QuarterReports.outcomeGroupName(row.outcomeGroup())) + "</td><td>" + esc(row.activity())
        + (row.reference().isEmpty() ? "" : " (" + esc(row.reference()) + ")") + "</td><td>" + esc(row.leadOfficer())
        + "</td><td class=\"amount\">" + money(row.allocation()) + "</td><td class=\"amount\">" + money(row.spendToDate())
        + "</td><td class=\"amount\">" + money(row.forecastOutturn()) + "</td><td class=\"amount\">" + money(row.variance())
        + "</td><td>" + esc(row.returnStatus()) + "</td></tr>";
  }

  static byte[] pdf(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html(report), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + report.title() + " as PDF", e);
    }
    return out.toByteArray();
  }

  static String csv(Report report) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
      for (Row row : report.rows()) {
        print(printer, row);
      }
      print(printer, report.total());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void print(CSVPrinter printer, Row row) throws IOException {
    printer.printRecord(row.outcomeGroup(), row.reference(), row.activity(), row.leadOfficer(), plain(row.allocation()),
        plain(row.spendToDate()), plain(row.forecastOutturn()), plain(row.variance()), row.returnStatus());
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }
}
