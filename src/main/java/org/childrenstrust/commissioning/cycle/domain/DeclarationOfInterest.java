package org.childrenstrust.commissioning.cycle.domain;

import java.time.LocalDateTime;
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

/**
 * A declaration of interest (Herefordshire §7): a member of the deciding body before the decision
 * on the plan, or an evaluator before seeing the bids. A member with an interest (personal,
 * financial or service-related) takes no part: not in the decision, not on the evaluation panel.
 */
@Entity
@Table(name = "cycle_declaration")
public class DeclarationOfInterest {

  public enum Occasion { PLAN_DECISION, REVIEW_DECISION, EVALUATION }

  public enum Interest { NONE, PERSONAL, FINANCIAL, SERVICE_RELATED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  @Enumerated(EnumType.STRING)
  private Occasion occasion;
  private String member;
  @Enumerated(EnumType.STRING)
  private Interest interest;
  private String detail;
  private LocalDateTime declaredAt;

  protected DeclarationOfInterest() {}

  public DeclarationOfInterest(CycleRecord cycle, Occasion occasion, String member, Interest interest, String detail, LocalDateTime at) {
    String who = Texts.required(member, "the name of each member declaring", 120);
    if (interest == null) {
      throw new BusinessRuleViolation("Say whether " + who + " has an interest (none, personal, financial or service-related).");
    }
    this.cycle = cycle;
    this.occasion = occasion;
    this.member = who;
    this.interest = interest;
    this.detail = interest == Interest.NONE ? Texts.optional(detail, "the detail", 1000)
        : Texts.required(detail, "what " + who + "'s " + interest.name().toLowerCase().replace('_', '-') + " interest is", 1000);
    this.declaredAt = at;
  }

  /** Whether the member takes part: only with no interest declared. */
  public boolean takesPart() {
    return interest == Interest.NONE;
  }

  public Long getId() { return id; }
  public Occasion getOccasion() { return occasion; }
  public String getMember() { return member; }
  public Interest getInterest() { return interest; }
  public String getDetail() { return detail; }
  public LocalDateTime getDeclaredAt() { return declaredAt; }
}
