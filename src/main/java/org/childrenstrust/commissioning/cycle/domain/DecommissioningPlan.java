package org.childrenstrust.commissioning.cycle.domain;

import jakarta.persistence.OneToOne;
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

/** How a decommissioned service ends: notice to the provider, the children's and families' transition, communication. */
@Entity
@Table(name = "cycle_decommissioning_plan")
public class DecommissioningPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private CycleRecord cycle;
  private String noticeToProvider;
  private String transitionPlan;
  private String communication;
  private String agreedBy;

  protected DecommissioningPlan() {}

  public DecommissioningPlan(CycleRecord cycle, String noticeToProvider, String transitionPlan, String communication, String agreedBy) {
    this.cycle = cycle;
    this.noticeToProvider = Texts.required(noticeToProvider, "the notice to the provider (when and how)", 2000);
    this.transitionPlan = Texts.required(transitionPlan, "the transition for the children and families using the service", 2000);
    this.communication = Texts.required(communication, "how the change is communicated", 2000);
    this.agreedBy = agreedBy;
  }

  public String getNoticeToProvider() { return noticeToProvider; }
  public String getTransitionPlan() { return transitionPlan; }
  public String getCommunication() { return communication; }
}
