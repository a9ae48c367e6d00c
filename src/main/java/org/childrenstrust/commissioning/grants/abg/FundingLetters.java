package org.childrenstrust.commissioning.grants.abg;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The funding letter to an activity's lead officer (PDF): amount, basis and the conditions of funding. */
@Component
class FundingLetters {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  String text(Allocation allocation, LocalDate date) {
    return "Dear colleague,\n\n"
        + "The Children's Trust Board (" + allocation.getYear().getBoardMeeting() + ") has approved the Area Based Grant allocations for "
        + allocation.getYear().getLabel() + ", on the recommendation of the Management Group (" + allocation.getYear().getManagementGroupMeeting()
        + ").\n\n"
        + "Activity: " + allocation.getActivity().getName() + " (" + allocation.getActivity().getReference() + ")\n"
        + "Allocation " + allocation.getYear().getLabel() + ": " + Money.format(allocation.getAmount()) + "\n"
        + "Basis: " + basis(allocation) + "\n\n"
        + "Conditions of funding:\n"
        + "1. Declare any potential underspend to the Head of Children's Trust Development at once.\n"
        + "2. Submit a quarterly monitoring return (spend to date and forecast outturn) within 10 working days of each quarter end.\n"
        + "3. At quarter 2 (end of September) give a detailed month-by-month forecast for the rest of the year.\n\n"
        + "Date: " + DAY.format(date) + "\n";
  }

  static String basis(Allocation allocation) {
    String text = switch (allocation.getBasis()) {
      case PREVIOUS_ALLOCATION -> "last year's allocation (lower than " + allocation.getYear().getFundingPercent().stripTrailingZeros().toPlainString()
          + "% of this year's grant)";
      case FUNDING_PERCENT -> allocation.getYear().getFundingPercent().stripTrailingZeros().toPlainString() + "% of this year's grant";
      case FULL_GRANT -> "the full grant (100%)";
      case FIXED_AMOUNT -> "a fixed amount";
      case ACTUAL_SPEND -> "actual spend (spend was below the allocation)";
      case EARMARK -> "an earmarked amount";
      case REALLOCATION -> "reallocation of a declared underspend";
    };
    return allocation.getExceptionReason() == null ? text : text + "; " + allocation.getExceptionReason();
  }

  byte[] pdf(Allocation allocation, LocalDate date) {
    StringBuilder html = new StringBuilder("<html><head><style>body{font-family:sans-serif;font-size:11pt} h1{font-size:16pt}</style>"
        + "</head><body><h1>Area Based Grant " + HtmlUtils.htmlEscape(allocation.getYear().getLabel(), "UTF-8") + ": funding letter</h1>");
    for (String paragraph : text(allocation, date).split("\n\n")) {
      html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8").replace("\n", "<br/>")).append("</p>");
    }
    html.append("</body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html.toString(), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the funding letter of " + allocation.getActivity().getReference(), e);
    }
    return out.toByteArray();
  }
}
