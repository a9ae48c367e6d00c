package org.childrenstrust.commissioning.meetings.domain;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of report a clerk may upload, told apart by their content, never by the file name or
 * the browser's content type: a PDF starts with {@code %PDF-}, a Word .docx is a ZIP holding
 * {@code word/document.xml}, a legacy Word .doc is an OLE2 compound file.
 */
public enum PaperFormat {
  PDF("application/pdf", "PDF document", ".pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", ".docx"),
  DOC("application/msword", "Word document", ".doc");

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private final String contentType;
  private final String label;
  private final String extension;

  PaperFormat(String contentType, String label, String extension) {
    this.contentType = contentType;
    this.label = label;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  /** "PDF document", "Word document". */
  public String label() {
    return label;
  }

  public String extension() {
    return extension;
  }

  public boolean isWord() {
    return this != PDF;
  }

  /** The format of {@code content}, or empty when it is neither a PDF nor a Word document. */
  public static Optional<PaperFormat> of(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, OLE2_MAGIC)) {
      return Optional.of(DOC);
    }
    if (startsWith(content, ZIP_MAGIC) && zipHoldsWordDocument(content)) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  public static PaperFormat ofContentType(String contentType) {
    for (PaperFormat format : values()) {
      if (format.contentType.equals(contentType)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Not a paper format: " + contentType);
  }

  /**
   * Reads the names in the ZIP's central directory (nothing is unpacked, so a ZIP bomb costs nothing).
   * A .docx of the size allowed here never needs ZIP64.
   */
  private static boolean zipHoldsWordDocument(byte[] content) {
    ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    int end = -1;
    for (int i = content.length - 22; i >= Math.max(0, content.length - 22 - 65_535); i--) {
      if (zip.getInt(i) == 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return false;
    }
    int entries = Short.toUnsignedInt(zip.getShort(end + 10));
    long position = Integer.toUnsignedLong(zip.getInt(end + 16));
    for (int n = 0; n < entries; n++) {
      if (position < 0 || position + 46 > end || zip.getInt((int) position) != 0x02014b50) {
        return false;
      }
      int p = (int) position;
      int nameLength = Short.toUnsignedInt(zip.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(zip.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(zip.getShort(p + 32));
      if (p + 46 + nameLength > end) {
        return false;
      }
      String name = new String(content, p + 46, nameLength, StandardCharsets.UTF_8);
      if (name.equals("word/document.xml")) {
        return true;
      }
      position = (long) p + 46 + nameLength + extraLength + commentLength;
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
