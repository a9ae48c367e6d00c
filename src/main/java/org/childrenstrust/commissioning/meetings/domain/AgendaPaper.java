package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * The report uploaded for an agenda item: a PDF or a Word document, checked by its content, not
 * empty and within the size limit. One per item; a new upload replaces it.
 */
@Entity
@Table(name = "ct_agenda_paper")
public class AgendaPaper {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agenda_item_id")
  private AgendaItem agendaItem;
  private String fileName;
  private String contentType;
  @Column(name = "size_bytes")
  private long size;
  private byte[] content;
  private String uploadedBy;
  private LocalDateTime uploadedOn;

  protected AgendaPaper() {}

  /**
   * @param maxSize the largest file accepted, in bytes
   * @throws BusinessRuleViolation when the file is empty, too big, or neither a PDF nor a Word document
   */
  public AgendaPaper(AgendaItem agendaItem, String fileName, byte[] content, long maxSize, String uploadedBy,
      LocalDateTime uploadedOn) {
    String name = safeFileName(fileName);
    if (content == null || content.length == 0) {
      throw new BusinessRuleViolation("'" + name + "' is empty: choose the report's file again.");
    }
    if (content.length > maxSize) {
      throw new BusinessRuleViolation("'" + name + "' is " + megabytes(content.length) + ": a report may be at most "
          + megabytes(maxSize) + ". Reduce it (e.g. compress its pictures) or split it.");
    }
    PaperFormat format = PaperFormat.of(content).orElseThrow(() -> new BusinessRuleViolation(
        "'" + name + "' is not a PDF or Word document: upload the report as a PDF (best: it goes into the agenda pack) "
            + "or as a Word document (.docx or .doc)."));
    if (uploadedBy == null || uploadedBy.isBlank()) {
      throw new BusinessRuleViolation("Who uploaded '" + name + "'? An upload needs a user.");
    }
    this.agendaItem = agendaItem;
    this.fileName = name;
    this.contentType = format.contentType();
    this.size = content.length;
    this.content = content;
    this.uploadedBy = uploadedBy;
    this.uploadedOn = uploadedOn;
  }

  /**
   * The file's name without any folder, control or quote characters, at most 200 characters; "report" when
   * nothing is left.
   */
  public static String safeFileName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"';<>]", "").strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "report" : name;
  }

  /** "2.4 MB", "512 KB". */
  static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.UK, "%.1f", mb)) + " MB";
  }

  public PaperFormat format() {
    return PaperFormat.ofContentType(contentType);
  }

  public Long getId() { return id; }
  public AgendaItem getAgendaItem() { return agendaItem; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSize() { return size; }
  public byte[] getContent() { return content; }
  public String getUploadedBy() { return uploadedBy; }
  public LocalDateTime getUploadedOn() { return uploadedOn; }
}
