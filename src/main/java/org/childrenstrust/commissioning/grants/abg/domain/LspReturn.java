package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** The Trust's consolidated quarterly return to the Local Strategic Partnership, agreed and submitted (once per quarter). */
@Entity
@Table(name = "abg_lsp_return")
public class LspReturn {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  private int quarter;
  private LocalDate dueDate;
  private String submittedBy;
  private LocalDateTime submittedAt;
  private String comment;

  protected LspReturn() {}

  public LspReturn(AbgYear year, int quarter, LocalDate dueDate, String submittedBy, LocalDateTime submittedAt, String comment) {
    if (quarter < 1 || quarter > 4) {
      throw new BusinessRuleViolation("A quarter is 1 to 4, not " + quarter + ".");
    }
    if (submittedBy == null || submittedBy.isBlank()) {
      throw new BusinessRuleViolation("Say who submitted the return.");
    }
    if (comment != null && comment.length() > 2000) {
      throw new BusinessRuleViolation("Shorten the comment to 2000 characters.");
    }
    this.year = year;
    this.quarter = quarter;
    this.dueDate = dueDate;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public int getQuarter() { return quarter; }
  public LocalDate getDueDate() { return dueDate; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDateTime getSubmittedAt() { return submittedAt; }
  public String getComment() { return comment; }
  public boolean isLate() { return submittedAt.toLocalDate().isAfter(dueDate); }
}
