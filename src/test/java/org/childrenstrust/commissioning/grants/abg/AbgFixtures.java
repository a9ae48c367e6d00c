package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.grants.abg.PriorityListService.EntryInput;

/**
 * The 2010/11 grant lines (Herefordshire Appendix C): Connexions £1,394,246 at 100%, targeted family
 * support £337,006 under tender with the £106,000 pick-up, child death review at actual spend,
 * children's social care workforce, the Shadow Board earmark; the other lines and every figure the
 * seed does not give are illustrative. Pot: 94% of £2,696,030.00 = £2,534,268.20.
 */
final class AbgFixtures {

  static final String LEAD = "nadia.karim";
  static final String LEAD_2 = "peter.walsh";
  static final String HEAD = "helen.barnes";
  static final String OFFICER = "imran.qureshi";

  private AbgFixtures() {}

  static BigDecimal gbp(String amount) {
    return new BigDecimal(amount);
  }

  static List<GrantLineInput> lines() {
    return AbgSeed.lines();
  }

  /** Three items on the approved list, in this rank order: £30,000, £25,000, £10,000. */
  static List<EntryInput> priorityList() {
    return AbgSeed.positiveContributionList();
  }
}
