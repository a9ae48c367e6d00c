package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** A piece of evidence behind a needs assessment (Herefordshire §5 "Key documents" of Understand). */
@Entity
@Table(name = "cycle_evidence")
public class Evidence {

  public enum Kind { JSNA, LOCAL_SURVEY, CYPP, PERFORMANCE_DIGEST, PREVIOUS_REVIEW, OTHER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String title;
  private String finding;

  protected Evidence() {}

  public Evidence(CycleRecord cycle, Kind kind, String title, String finding) {
    if (kind == null) {
      throw new BusinessRuleViolation("Say what kind of evidence '" + title + "' is (JSNA, local survey, CYPP, performance digest...).");
    }
    this.cycle = cycle;
    this.kind = kind;
    this.title = Texts.required(title, "the title of each piece of evidence", 200);
    this.finding = Texts.required(finding, "what '" + this.title + "' shows", 2000);
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public Kind getKind() { return kind; }
  public String getTitle() { return title; }
  public String getFinding() { return finding; }
}
