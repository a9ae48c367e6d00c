package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An outcome group was sent its quarter's summary of the activities it performance-manages (once). */
@Entity
@Table(name = "abg_outcome_group_summary")
public class OutcomeGroupSummary {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  private int quarter;
  private String outcomeGroup;
  private LocalDateTime sentAt;

  protected OutcomeGroupSummary() {}

  public OutcomeGroupSummary(AbgYear year, int quarter, String outcomeGroup, LocalDateTime sentAt) {
    this.year = year;
    this.quarter = quarter;
    this.outcomeGroup = outcomeGroup;
    this.sentAt = sentAt;
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public int getQuarter() { return quarter; }
  public String getOutcomeGroup() { return outcomeGroup; }
  public LocalDateTime getSentAt() { return sentAt; }
}
