package org.childrenstrust.commissioning.grants.abg.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.childrenstrust.commissioning.shared.money.Money;

/** A grant with a children and young people focus: this year's grant, last year's allocation, actual spend of the last two years. */
@Entity
@Table(name = "abg_grant_line")
public class GrantLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private AbgYear year;
  private String reference;
  private String grantName;
  private BigDecimal grantThisYear;
  private BigDecimal previousAllocation;
  private BigDecimal actualSpendTwoYearsAgo;
  private BigDecimal actualSpendLastYear;
  private boolean illustrative;

  protected GrantLine() {}

  public GrantLine(AbgYear year, String reference, String grantName, BigDecimal grantThisYear, BigDecimal previousAllocation,
      BigDecimal actualSpendTwoYearsAgo, BigDecimal actualSpendLastYear, boolean illustrative) {
    this.year = year;
    this.reference = Activity.required(reference, "a reference", 40);
    this.grantName = Activity.required(grantName, "the grant's name", 200);
    this.grantThisYear = Money.pounds(grantThisYear);
    this.previousAllocation = previousAllocation == null ? null : Money.pounds(previousAllocation);
    this.actualSpendTwoYearsAgo = actualSpendTwoYearsAgo == null ? null : Money.pounds(actualSpendTwoYearsAgo);
    this.actualSpendLastYear = actualSpendLastYear == null ? null : Money.pounds(actualSpendLastYear);
    this.illustrative = illustrative;
  }

  /** The higher actual spend of the last two years (an allocation at actual spend covers the busier year). */
  public BigDecimal actualSpend() {
    if (actualSpendTwoYearsAgo == null || actualSpendLastYear == null) {
      return actualSpendLastYear;
    }
    return actualSpendLastYear.max(actualSpendTwoYearsAgo);
  }

  public Long getId() { return id; }
  public AbgYear getYear() { return year; }
  public String getReference() { return reference; }
  public String getGrantName() { return grantName; }
  public BigDecimal getGrantThisYear() { return grantThisYear; }
  public BigDecimal getPreviousAllocation() { return previousAllocation; }
  public BigDecimal getActualSpendTwoYearsAgo() { return actualSpendTwoYearsAgo; }
  public BigDecimal getActualSpendLastYear() { return actualSpendLastYear; }
  public boolean isIllustrative() { return illustrative; }
}
