package org.childrenstrust.commissioning.meetings.publication;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a meeting's agenda pack and minutes from one XHTML template each: as an HTML page, or
 * through openhtmltopdf as an A4 PDF with the document title in the page header and "Page X of Y"
 * in the footer. Which items show is decided by the {@link MeetingPaper}'s variant.
 */
@Service
public class MeetingDocuments {

  /** The stylesheet of the papers, inlined so that the HTML page and the PDF are self-contained. */
  static final String STYLESHEET = "static/css/meetings.css";
  /** Leaves the footer empty: the pages are numbered after the reports are appended. */
  private static final String UNNUMBERED_PAGES = "\n@page { @bottom-center { content: none; } }\n";

  /** The two documents of a meeting. */
  public enum Kind {
    AGENDA("meetings/agenda", "Agenda", "agenda.pdf"),
    MINUTES("meetings/minutes", "Minutes", "minutes.pdf");

    private final String template;
    private final String heading;
    /** The public PDF, relative to the public HTML page. */
    private final String pdfLink;

    Kind(String template, String heading, String pdfLink) {
      this.template = template;
      this.heading = heading;
      this.pdfLink = pdfLink;
    }

    public String heading() {
      return heading;
    }
  }

  private final ITemplateEngine templates;
  private final String css;

  public MeetingDocuments(ITemplateEngine templates) {
    RendererLog.install();
    this.templates = templates;
    try (InputStream in = new ClassPathResource(STYLESHEET).getInputStream()) {
      this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The papers' stylesheet " + STYLESHEET + " is missing", e);
    }
  }

  /** The document as an XHTML page, with links to the PDF and the list of meetings when it is the public variant. */
  public String html(MeetingPaper paper, Kind kind) {
    return render(paper, kind, true, css);
  }

  /** The document as an A4 PDF. */
  public byte[] pdf(MeetingPaper paper, Kind kind) {
    return pdf(paper, kind, css);
  }

  /**
   * The agenda pack: the agenda, then each uploaded PDF report in agenda order, with "Page n of N"
   * over the whole pack (stamped with PDFBox when reports follow, as the renderer counts only its own pages).
   */
  public byte[] agendaPack(MeetingPapers.Pack pack) {
    if (pack.pdfReports().isEmpty()) {
      return pdf(pack.paper(), Kind.AGENDA);
    }
    byte[] agenda = pdf(pack.paper(), Kind.AGENDA, css + UNNUMBERED_PAGES);
    return ReportPdfs.append(agenda, pack.pdfReports());
  }

  private byte[] pdf(MeetingPaper paper, Kind kind, String stylesheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(render(paper, kind, false, stylesheet), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF of " + title(paper, kind), e);
    }
    return out.toByteArray();
  }

  /** "Agenda – Children's Trust Executive Commissioning Group, 11 March 2010". */
  public static String title(MeetingPaper paper, Kind kind) {
    return kind.heading + " – " + paper.title() + ", " + paper.date();
  }

  /** A file name for downloads: "ECG-2010-03-11-agenda.pdf". */
  public static String fileName(MeetingPaper paper, Kind kind) {
    return paper.reference() + "-" + kind.name().toLowerCase(Locale.UK)
        + (paper.isPublic() ? "" : "-internal") + ".pdf";
  }

  private String render(MeetingPaper paper, Kind kind, boolean screen, String stylesheet) {
    Context context = new Context(Locale.UK, Map.of(
        "paper", paper,
        "heading", kind.heading,
        "pdfLink", kind.pdfLink,
        "docTitle", title(paper, kind),
        "css", stylesheet,
        "screen", screen));
    return templates.process(kind.template, context);
  }
}
