package org.childrenstrust.commissioning.grants.prg;

import java.util.List;

/** The principles the PMG looks for in a proposal (the ECG report of 10 March 2009, paragraph 5). */
final class PrgPrinciples {

  static final String ADDITIONALITY = "Additionality: beyond what the Delivery Partnership's action plans already deliver";
  static final String INNOVATION = "Innovation: experimental, new approaches to delivery, doing things differently";
  static final String COMMUNITY_STRATEGY = "Delivering wider Community Strategy outcomes and cross-cutting issues";
  static final String JOINT_WORKING = "Joint working: delivered by a range of partners or partnership groups, not single organisations";

  static final List<String> ALL = List.of(ADDITIONALITY, INNOVATION, COMMUNITY_STRATEGY, JOINT_WORKING);

  private PrgPrinciples() {}
}
