package org.childrenstrust.commissioning.meetings.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * Uploaded PDF reports: checked when they are uploaded (a PDF that PDFBox cannot open would break
 * the agenda pack later), appended to the agenda, and every page of the whole pack numbered
 * "Page n of N" in the footer, as openhtmltopdf numbers the agenda's own pages.
 */
public final class ReportPdfs {

  /** 10 mm above the page's bottom edge: the middle of the agenda's bottom margin (20 mm). */
  private static final float FOOTER_BASELINE = 10 * 72 / 25.4f - 3;
  private static final float FONT_SIZE = 8;

  private ReportPdfs() {}

  /**
   * The number of pages of an uploaded PDF.
   *
   * @throws BusinessRuleViolation when it cannot be opened (damaged, or protected by a password)
   */
  public static int pages(String fileName, byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
      if (document.getNumberOfPages() < 1) {
        throw new BusinessRuleViolation("'" + fileName + "' is a PDF without pages: upload the report itself.");
      }
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new BusinessRuleViolation("'" + fileName + "' could not be opened as a PDF (it is damaged or needs a "
          + "password): save it again as a PDF without a password and upload that.");
    }
  }

  /** The agenda followed by each report in the given order, every page numbered "Page n of N". */
  public static byte[] append(byte[] agenda, List<byte[]> reports) {
    List<PDDocument> opened = new ArrayList<>();
    try (PDDocument pack = Loader.loadPDF(agenda)) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (byte[] report : reports) {
        PDDocument source = Loader.loadPDF(new RandomAccessReadBuffer(report));
        opened.add(source);
        source.setAllSecurityToBeRemoved(true);
        merger.appendDocument(pack, source);
      }
      numberPages(pack);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pack.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not append the reports to the agenda pack", e);
    } finally {
      for (PDDocument document : opened) {
        try {
          document.close();
        } catch (IOException ignored) {
          // nothing to free beyond memory
        }
      }
    }
  }

  private static void numberPages(PDDocument pack) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    int total = pack.getNumberOfPages();
    int number = 0;
    for (PDPage page : pack.getPages()) {
      number++;
      String text = "Page " + number + " of " + total;
      float width = font.getStringWidth(text) / 1000 * FONT_SIZE;
      PDRectangle box = page.getCropBox();
      try (PDPageContentStream footer = new PDPageContentStream(pack, page, AppendMode.APPEND, true, true)) {
        footer.beginText();
        footer.setFont(font, FONT_SIZE);
        footer.setNonStrokingColor(0x4a / 255f, 0x4a / 255f, 0x4a / 255f);
        footer.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + FOOTER_BASELINE);
        footer.showText(text);
        footer.endText();
      }
    }
  }
}
