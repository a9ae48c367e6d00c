package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.List;
import org.childrenstrust.commissioning.grants.abg.AllocationService.GrantLineInput;
import org.childrenstrust.commissioning.grants.abg.PriorityListService.EntryInput;

/**
 * The 2010/11 grant lines of Herefordshire Appendix C, for the demo data and the tests. From the
 * seed: Connexions at 100% (£1,394,246), targeted family support £337,006 under tender with the
 * £106,000 pick-up of Children's Fund staff, child death review at actual spend, children's social
 * care workforce, the Shadow Board earmark. Every other figure, and the lines marked illustrative,
 * are invented (the seed's table is not in the text). Pot: 94% of £2,696,030.00 = £2,534,268.20;
 * with the seed's exceptions £34,856.20 stays unallocated.
 */
final class AbgSeed {

  static final String LEAD = "nadia.karim";
  static final String LEAD_2 = "peter.walsh";

  private AbgSeed() {}

  private static BigDecimal gbp(String amount) {
    return new BigDecimal(amount);
  }

  static List<GrantLineInput> lines() {
    return List.of(
        line("CONNEXIONS", "Connexions", "1394246", "1520000", null, null, "Connexions service", LEAD, "outcome-economic-wellbeing",
            "NI 117 16-18 year olds not in education, employment or training", "Widening participation 14-19", false),
        line("TFS", "Children's Fund (targeted family support)", "358518", "340000", null, null, "Targeted family support services (tendered)",
            LEAD, "outcome-positive-contribution", "NI 50 Emotional health of children", "Parenting and family support", false),
        line("CF-PICKUP", "Children's Fund (staff pick-up)", "112766", null, null, null,
            "CAF team and locality services project management (pick-up)", LEAD, "outcome-positive-contribution",
            "NI 50 Emotional health of children", "Parenting and family support", false),
        line("CDR", "Child death review", "52000", "50000", "38412.17", "41160.00", "Child death review", LEAD_2, "outcome-stay-safe",
            "NI 59 Initial assessments within 7 days", "Safeguarding", false),
        line("CSC-WORKFORCE", "Children's social care workforce", "210000", "195000", null, null,
            "Children's social care workforce: training and development of social workers", LEAD_2, "outcome-stay-safe",
            "NI 60 Core assessments within 35 days", "Safeguarding", false),
        line("SHADOW-BOARD", "Young people's Shadow Board (earmark)", "0", null, null, null,
            "Young people's Shadow Board: participatory budgeting", LEAD, "outcome-positive-contribution",
            "NI 110 Young people's participation in positive activities", "Engaging children and young people", false),
        line("TEENAGE-PREGNANCY", "Teenage pregnancy", "150000", "160000", null, null, "Teenage pregnancy prevention and support",
            LEAD_2, "outcome-be-healthy", "NI 112 Under 18 conception rate", "Teenage parents", true),
        line("SUBSTANCE-MISUSE", "Young people's substance misuse", "98500", "90000", null, null, "Young people's substance misuse service",
            LEAD_2, "outcome-be-healthy", "NI 115 Substance misuse by young people", "Substance misuse", true),
        line("EXTENDED-SCHOOLS", "Extended schools", "320000", "180000", null, null, "Extended schools: access to activities",
            LEAD, "outcome-enjoy-achieve", "NI 92 Early years attainment gap", "Enjoy and achieve", true));
  }

  private static GrantLineInput line(String ref, String grant, String thisYear, String previous, String spend2, String spend1,
      String activity, String lead, String group, String laa, String cypp, boolean illustrative) {
    return new GrantLineInput(ref, grant, gbp(thisYear), previous == null ? null : gbp(previous), spend2 == null ? null : gbp(spend2),
        spend1 == null ? null : gbp(spend1), activity, lead, group, laa, cypp, illustrative);
  }

  /** Three items on the approved list, in this rank order: £30,000, £25,000, £10,000. */
  static List<EntryInput> positiveContributionList() {
    return List.of(
        new EntryInput("PL-COUNSELLING", "School-based counselling", gbp("30000"), "NI 50 Emotional health of children",
            "Counselling", LEAD),
        new EntryInput("PL-ESAFETY", "Bullying and e-safety training", gbp("25000"), "NI 69 Children who have experienced bullying",
            "Bullying and e-safety", LEAD_2),
        new EntryInput("PL-AIMING-HIGH", "Aiming High short breaks", gbp("10000"), "NI 54 Services for disabled children",
            "Children with disabilities (Aiming High)", LEAD));
  }

  /** The Be Healthy outcome group's list (illustrative). */
  static List<EntryInput> beHealthyList() {
    return List.of(
        new EntryInput("PL-CAMHS", "CAMHS early intervention in schools", gbp("18500"), "NI 51 Effectiveness of CAMHS",
            "CAMHS", LEAD_2),
        new EntryInput("PL-TEEN-PARENTS", "Teenage parents' support worker", gbp("12000"), "NI 112 Under 18 conception rate",
            "Teenage parents", LEAD_2));
  }
}
