package org.childrenstrust.commissioning.cycle.domain;

import java.time.LocalDate;
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
 * Who was involved in commissioning a service area (Herefordshire §6): how, how many, when, what
 * they said and what changed because of it.
 */
@Entity
@Table(name = "cycle_involvement")
public class InvolvementRecord {

  public enum Who {
    CHILDREN(true), YOUNG_PEOPLE(true), PARENTS(true), CARERS(true), PROVIDERS(false);

    private final boolean family;

    Who(boolean family) {
      this.family = family;
    }

    /** Children, young people or their families (parents, carers): what Understand needs to hear. */
    public boolean family() {
      return family;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  @Enumerated(EnumType.STRING)
  private Who who;
  private String how;
  private int howMany;
  private LocalDate heldOn;
  private String whatTheySaid;
  private String whatChanged;
  private String recordedBy;

  protected InvolvementRecord() {}

  public InvolvementRecord(CycleRecord cycle, Who who, String how, Integer howMany, LocalDate heldOn, String whatTheySaid,
      String whatChanged, String recordedBy, LocalDate today) {
    if (who == null) {
      throw new BusinessRuleViolation("Say who was involved: children, young people, parents, carers or providers.");
    }
    if (howMany == null || howMany < 1) {
      throw new BusinessRuleViolation("Say how many " + who.name().toLowerCase().replace('_', ' ') + " were involved (1 or more).");
    }
    if (heldOn == null) {
      throw new BusinessRuleViolation("Say when the " + who.name().toLowerCase().replace('_', ' ') + " were involved.");
    }
    if (today != null && heldOn.isAfter(today)) {
      throw new BusinessRuleViolation("Involvement is recorded once it has happened: " + heldOn + " is in the future.");
    }
    this.cycle = cycle;
    this.who = who;
    this.how = Texts.required(how, "how they were involved", 500);
    this.howMany = howMany;
    this.heldOn = heldOn;
    this.whatTheySaid = Texts.required(whatTheySaid, "what they said", 2000);
    this.whatChanged = Texts.required(whatChanged, "what changed because of it", 2000);
    this.recordedBy = recordedBy;
  }

  public Long getId() { return id; }
  public CycleRecord getCycle() { return cycle; }
  public Who getWho() { return who; }
  public String getHow() { return how; }
  public int getHowMany() { return howMany; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getWhatTheySaid() { return whatTheySaid; }
  public String getWhatChanged() { return whatChanged; }
}
