package org.childrenstrust.commissioning.grants.prg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A delivery partnership invited to a round, with its equal share and the share's variants. */
@Entity
@Table(name = "ct_prg_partnership")
public class PrgPartnership {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private PrgRound round;
  private int position;
  private String name;
  private BigDecimal share;
  @Column(name = "less_amount")
  private BigDecimal less;
  @Column(name = "more_amount")
  private BigDecimal more;

  protected PrgPartnership() {}

  PrgPartnership(PrgRound round, int position, String name, BigDecimal share, BigDecimal less, BigDecimal more) {
    this.round = round;
    this.position = position;
    this.name = name;
    this.share = share;
    this.less = less;
    this.more = more;
  }

  public Long getId() { return id; }
  public PrgRound getRound() { return round; }
  public int getPosition() { return position; }
  public String getName() { return name; }
  public BigDecimal getShare() { return share; }
  public BigDecimal getLess() { return less; }
  public BigDecimal getMore() { return more; }
}
