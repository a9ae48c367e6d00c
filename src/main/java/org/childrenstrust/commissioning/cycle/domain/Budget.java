package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;

/**
 * The budget arrangement of a cycle (Herefordshire §7-8): one agency's budget, partners' budgets
 * aligned (each keeps its own), or a pooled fund under section 75 (NHS Act 2006) or section 10
 * (Children Act 2004) whose partners' contributions add up to the budget and who share an
 * overspend in proportion to what they put in.
 */
@Entity
@Table(name = "cycle_budget")
public class Budget {

  public enum Arrangement { SINGLE_AGENCY, ALIGNED, POOLED }

  public enum LegalBasis { SECTION_75, SECTION_10 }

  /** One partner's contribution, as entered. */
  public record Share(String partner, BigDecimal amount) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  @Enumerated(EnumType.STRING)
  private Arrangement arrangement;
  @Enumerated(EnumType.STRING)
  private LegalBasis legalBasis;
  private BigDecimal total;
  @OneToMany(mappedBy = "budget", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  private List<BudgetContribution> contributions = new ArrayList<>();

  protected Budget() {}

  public Budget(CycleRecord cycle, Arrangement arrangement, LegalBasis legalBasis, BigDecimal total, List<Share> shares) {
    this.cycle = cycle;
    change(arrangement, legalBasis, total, shares);
  }

  /** Replaces the arrangement; refuses one that does not hold together, leaving the budget as it was. */
  public void change(Arrangement arrangement, LegalBasis legalBasis, BigDecimal total, List<Share> shares) {
    if (arrangement == null) {
      throw new BusinessRuleViolation("Choose the budget arrangement: single agency, aligned or pooled.");
    }
    BigDecimal budget = Texts.amount(total, "the budget", false);
    List<Share> given = shares == null ? List.of() : shares;
    List<Share> checked = new ArrayList<>();
    Set<String> partners = new HashSet<>();
    for (Share share : given) {
      String partner = Texts.required(share.partner(), "each partner's name", 200);
      if (!partners.add(partner.toLowerCase())) {
        throw new BusinessRuleViolation(partner + " is listed twice: give each partner's contribution once.");
      }
      checked.add(new Share(partner, Texts.amount(share.amount(), partner + "'s contribution", false)));
    }
    switch (arrangement) {
      case POOLED -> {
        if (legalBasis == null) {
          throw new BusinessRuleViolation("A pooled budget is pooled under section 75 (NHS Act 2006) or section 10 (Children Act 2004): choose which.");
        }
        if (checked.size() < 2) {
          throw new BusinessRuleViolation("A pooled budget has at least two partners' contributions.");
        }
        BigDecimal sum = checked.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(budget) != 0) {
          throw new BusinessRuleViolation("The partners' contributions (" + Money.format(sum) + ") do not add up to the pooled budget ("
              + Money.format(budget) + "): they differ by " + Money.format(sum.subtract(budget).abs()) + ".");
        }
      }
      case ALIGNED -> {
        if (legalBasis != null) {
          throw new BusinessRuleViolation("Aligned budgets stay with each partner: only a pooled budget has a section 75 or section 10 basis.");
        }
        if (checked.size() < 2) {
          throw new BusinessRuleViolation("Aligned budgets name at least two partners and what each aligns.");
        }
      }
      case SINGLE_AGENCY -> {
        if (legalBasis != null) {
          throw new BusinessRuleViolation("A single agency's budget has no section 75 or section 10 basis: that is for pooled budgets.");
        }
        if (checked.size() > 1) {
          throw new BusinessRuleViolation("A single agency's budget has one partner: choose aligned or pooled for more.");
        }
      }
    }
    this.arrangement = arrangement;
    this.legalBasis = legalBasis;
    this.total = budget;
    this.contributions.clear();
    for (int i = 0; i < checked.size(); i++) {
      contributions.add(new BudgetContribution(this, i + 1, checked.get(i).partner(), checked.get(i).amount()));
    }
  }

  /**
   * Each partner's share of an overspend of a pooled budget, in proportion to its contribution, to
   * the penny; the shares add up to the overspend exactly ({@link RiskShare}).
   */
  public Map<String, BigDecimal> overspendShares(BigDecimal overspend) {
    if (arrangement != Arrangement.POOLED) {
      throw BusinessRuleViolation.conflict("Only a pooled budget's partners share an overspend; with a "
          + arrangement.name().toLowerCase().replace('_', ' ') + " budget each partner carries its own.");
    }
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    contributions.forEach(c -> weights.put(c.getPartner(), c.getAmount()));
    return RiskShare.inProportion(Texts.amount(overspend, "the overspend", true), weights);
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public Arrangement getArrangement() { return arrangement; }
  public LegalBasis getLegalBasis() { return legalBasis; }
  public BigDecimal getTotal() { return total; }
  public List<BudgetContribution> getContributions() { return List.copyOf(contributions); }
}
