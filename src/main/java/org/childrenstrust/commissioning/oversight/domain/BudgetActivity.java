package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An activity that involves spending across the partnership (LDD, Aiming Higher, CAMHS, ...). */
@Entity
@Table(name = "ov_budget_activity")
public class BudgetActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String code;
  private String name;
  private int position;

  protected BudgetActivity() {}

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public int getPosition() { return position; }
}
