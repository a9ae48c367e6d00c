package org.childrenstrust.commissioning.cycle.domain;

import java.math.BigDecimal;
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

/** A provider's bid with the panel's score (0-100) and, if it scored, the young people's panel's. */
@Entity
@Table(name = "cycle_bid")
public class Bid {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "procurement_id")
  private Procurement procurement;
  private String provider;
  private BigDecimal price;
  private int qualityScore;
  private String scoredBy;
  private Integer youngPeoplesScore;

  protected Bid() {}

  public Bid(Procurement procurement, String provider, BigDecimal price, Integer qualityScore, String scoredBy, Integer youngPeoplesScore) {
    String p = Texts.required(provider, "each bid's provider", 200);
    if (qualityScore == null || qualityScore < 0 || qualityScore > 100) {
      throw new BusinessRuleViolation("Score " + p + "'s bid from 0 to 100.");
    }
    if (youngPeoplesScore != null && (youngPeoplesScore < 0 || youngPeoplesScore > 100)) {
      throw new BusinessRuleViolation("The young people's panel scores " + p + "'s bid from 0 to 100.");
    }
    this.procurement = procurement;
    this.provider = p;
    this.price = Texts.amount(price, "the price of " + p + "'s bid", false);
    this.qualityScore = qualityScore;
    this.scoredBy = Texts.required(scoredBy, "the evaluator who scored " + p + "'s bid", 120);
    this.youngPeoplesScore = youngPeoplesScore;
  }

  public String getProvider() { return provider; }
  public BigDecimal getPrice() { return price; }
  public int getQualityScore() { return qualityScore; }
  public String getScoredBy() { return scoredBy; }
  public Integer getYoungPeoplesScore() { return youngPeoplesScore; }
}
