package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner that returns budgets (the council, the NHS, the police, ...), and the user who returns them. */
@Entity
@Table(name = "ov_budget_partner")
public class BudgetPartner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String code;
  private String name;
  private String contactUser;

  protected BudgetPartner() {}

  public BudgetPartner(String code, String name, String contactUser) {
    this.code = code;
    this.name = name;
    this.contactUser = contactUser;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public String getContactUser() { return contactUser; }
}
