package org.childrenstrust.commissioning.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.YearMonth;

/** One month in a body's meetings pattern: the body meets that month. */
@Entity
@Table(name = "ct_meeting_pattern_slot")
public class MeetingPatternSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id")
  private GovernanceBody body;
  @Column(name = "slot_year")
  private int year;
  @Column(name = "slot_month")
  private int month;

  protected MeetingPatternSlot() {}

  public MeetingPatternSlot(GovernanceBody body, YearMonth month) {
    this.body = body;
    this.year = month.getYear();
    this.month = month.getMonthValue();
  }

  public Long getId() { return id; }
  public GovernanceBody getBody() { return body; }
  public YearMonth getMonth() { return YearMonth.of(year, month); }
}
