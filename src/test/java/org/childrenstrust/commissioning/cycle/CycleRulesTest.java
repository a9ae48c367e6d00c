package org.childrenstrust.commissioning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.cycle.domain.Budget;
import org.childrenstrust.commissioning.cycle.domain.Budget.Arrangement;
import org.childrenstrust.commissioning.cycle.domain.Budget.LegalBasis;
import org.childrenstrust.commissioning.cycle.domain.Budget.Share;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterest;
import org.childrenstrust.commissioning.cycle.domain.InvolvementRecord;
import org.childrenstrust.commissioning.cycle.domain.Procurement;
import org.childrenstrust.commissioning.cycle.domain.RiskShare;
import org.childrenstrust.commissioning.cycle.domain.SafeguardingCheck;
import org.childrenstrust.commissioning.cycle.domain.ServiceArea;
import org.childrenstrust.commissioning.cycle.domain.ServiceReview;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The cycle's rules on plain objects: pooled budgets and their risk share to the penny, the stage gates. */
class CycleRulesTest {

  static BigDecimal gbp(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  static ServiceArea area() {
    ServiceArea area = new ServiceArea("COMPLEX-NEEDS", "Children with complex needs", ServiceArea.Level.STRATEGIC,
        "Improve outcomes for children with complex needs", "Joan Ellery", "imran.qureshi", "outcome-be-healthy");
    ReflectionTestUtils.setField(area, "id", 1L);
    return area;
  }

  @Nested
  class PooledBudgets {

    @Test
    void contributionsThatDoNotAddUpAreRefusedWithTheDifference() {
      assertThatThrownBy(() -> new Budget(null, Arrangement.POOLED, LegalBasis.SECTION_75, gbp("1000000.00"),
          List.of(new Share("Herefordshire Council", gbp("600000.00")), new Share("NHS Herefordshire", gbp("399999.99")))))
          .isInstanceOf(BusinessRuleViolation.class)
          .hasMessage("The partners' contributions (£999,999.99) do not add up to the pooled budget (£1,000,000.00): they differ by £0.01.");
    }

    @Test
    void aPooledBudgetNeedsItsLegalBasisAndAlignedOrSingleNeedsNone() {
      assertThatThrownBy(() -> new Budget(null, Arrangement.POOLED, null, gbp("100.00"),
          List.of(new Share("A", gbp("50.00")), new Share("B", gbp("50.00")))))
          .hasMessageContaining("section 75 (NHS Act 2006) or section 10");
      assertThatThrownBy(() -> new Budget(null, Arrangement.ALIGNED, LegalBasis.SECTION_10, gbp("100.00"),
          List.of(new Share("A", gbp("50.00")), new Share("B", gbp("50.00")))))
          .hasMessageContaining("only a pooled budget");
    }

    @Test
    void aChangeThatIsRefusedLeavesTheBudgetAsItWas() {
      Budget budget = new Budget(null, Arrangement.POOLED, LegalBasis.SECTION_75, gbp("300.00"),
          List.of(new Share("Council", gbp("200.00")), new Share("NHS", gbp("100.00"))));
      assertThatThrownBy(() -> budget.change(Arrangement.POOLED, LegalBasis.SECTION_75, gbp("300.00"),
          List.of(new Share("Council", gbp("200.00")), new Share("NHS", gbp("99.00")))));
      assertThat(budget.getContributions()).extracting(c -> c.getAmount()).containsExactly(gbp("200.00"), gbp("100.00"));
    }

    @Test
    void theComplexNeedsOverspendIsSharedInProportionToThePenny() {
      // the section 75 complex-needs pool (demo figures): council £612,400.00, NHS £287,600.00
      Budget pool = new Budget(null, Arrangement.POOLED, LegalBasis.SECTION_75, gbp("900000.00"),
          List.of(new Share("Herefordshire Council", gbp("612400.00")), new Share("NHS Herefordshire", gbp("287600.00"))));
      Map<String, BigDecimal> shares = pool.overspendShares(gbp("12345.67"));
      // 12345.67 x 612400/900000 = 8400.5425..., x 287600/900000 = 3945.1274...: rounded down 8400.54 + 3945.12 = 12345.66;
      // the one penny left goes to the larger remainder (NHS, 0.74 of a penny against 0.26)
      assertThat(shares).containsExactly(Map.entry("Herefordshire Council", gbp("8400.54")), Map.entry("NHS Herefordshire", gbp("3945.13")));
      assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(gbp("12345.67"));
    }

    @Test
    void threeEqualPartnersSplitTheLeftoverPenniesExplicitly() {
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      weights.put("Council", gbp("100.00"));
      weights.put("NHS", gbp("100.00"));
      weights.put("Police", gbp("100.00"));
      assertThat(RiskShare.inProportion(gbp("100.00"), weights))
          .containsExactly(Map.entry("Council", gbp("33.34")), Map.entry("NHS", gbp("33.33")), Map.entry("Police", gbp("33.33")));
      assertThat(RiskShare.inProportion(gbp("0.02"), weights))
          .containsExactly(Map.entry("Council", gbp("0.01")), Map.entry("NHS", gbp("0.01")), Map.entry("Police", gbp("0.00")));
    }

    @Test
    void anyOverspendAddsUpExactly() {
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      weights.put("A", gbp("123456.78"));
      weights.put("B", gbp("0.01"));
      weights.put("C", gbp("987654.32"));
      for (String overspend : List.of("0.01", "0.99", "1234.57", "99999.99", "1111111.11")) {
        Map<String, BigDecimal> shares = RiskShare.inProportion(gbp(overspend), weights);
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as(overspend).isEqualTo(gbp(overspend));
        assertThat(shares.values()).allSatisfy(s -> assertThat(s.scale()).isEqualTo(2));
      }
    }

    @Test
    void onlyAPooledBudgetSharesAnOverspend() {
      Budget aligned = new Budget(null, Arrangement.ALIGNED, null, gbp("300.00"),
          List.of(new Share("Council", gbp("200.00")), new Share("NHS", gbp("100.00"))));
      assertThatThrownBy(() -> aligned.overspendShares(gbp("10.00"))).hasMessageContaining("each partner carries its own");
    }
  }

  @Nested
  class Stages {

    @Test
    void leavingUnderstandWithoutTheInvolvementOfChildrenOrFamiliesIsRefused() {
      CycleRecord cycle = new CycleRecord(area(), "2010/11", null);
      assertThatThrownBy(() -> cycle.assessNeeds("Need", "Provision", "Spend", "Outcomes", 1, 0))
          .hasMessageContaining("at least one involvement record of children, young people, parents or carers");
      assertThat(cycle.needsAssessed()).isFalse();
      assertThat(InvolvementRecord.Who.PROVIDERS.family()).isFalse();
      assertThat(InvolvementRecord.Who.CARERS.family()).isTrue();
    }

    @Test
    void theOutcomeGroupAsksForMoreOrAcceptsIntoPlan() {
      CycleRecord cycle = new CycleRecord(area(), "2010/11", null);
      cycle.assessNeeds("Need", "Provision", "Spend", "Outcomes", 1, 1);
      assertThatThrownBy(() -> cycle.scrutinise(false, " ", "grace.okafor")).hasMessageContaining("what more the outcome group needs");
      cycle.scrutinise(false, "Hear from young carers", "grace.okafor");
      assertThat(cycle.getStage()).isEqualTo(CycleRecord.Stage.UNDERSTAND);
      assertThat(cycle.needsAssessed()).isFalse();
      cycle.assessNeeds("Need", "Provision", "Spend", "Outcomes", 1, 2);
      cycle.scrutinise(true, null, "grace.okafor");
      assertThat(cycle.getStage()).isEqualTo(CycleRecord.Stage.PLAN);
      assertThat(cycle.getReference()).isEqualTo("COMPLEX-NEEDS-2010-11");
    }

    @Test
    void theNextCycleIsLinkedToThePreviousAndStartsAtUnderstand() {
      CycleRecord first = new CycleRecord(area(), "2010/11", null);
      assertThatThrownBy(() -> new CycleRecord(area(), "2011/12", first)).hasMessageContaining("starts from a review");
      first.close("Re-commissioned");
      CycleRecord next = new CycleRecord(area(), "2011/12", first);
      assertThat(next.getPrevious()).isSameAs(first);
      assertThat(next.getRound()).isEqualTo(2);
      assertThat(next.getReference()).isEqualTo("COMPLEX-NEEDS-2011-12-R2");
      assertThat(next.getStage()).isEqualTo(CycleRecord.Stage.UNDERSTAND);
      assertThatThrownBy(() -> new CycleRecord(area(), "2010/12", null)).hasMessageContaining("like 2010/11");
    }
  }

  @Nested
  class Procurements {

    private Procurement procurementInDo() {
      CycleRecord cycle = new CycleRecord(area(), "2010/11", null);
      ReflectionTestUtils.setField(cycle, "stage", CycleRecord.Stage.DO);
      return new Procurement(cycle, gbp("250000.00"), Procurement.Route.OPEN_TENDER, "Services above the EU threshold");
    }

    @Test
    void noAwardWithoutAPassedSafeguardingCheck() {
      Procurement procurement = procurementInDo();
      procurement.evaluated("Riverside Families Trust");
      assertThatThrownBy(() -> procurement.award("Riverside Families Trust")).hasMessageStartingWith("No award without a passed safeguarding check");
      procurement.safeguardingChecked(new SafeguardingCheck(procurement, false, "No safer recruitment policy", "x", LocalDateTime.now()));
      assertThatThrownBy(() -> procurement.award("Riverside Families Trust")).isInstanceOf(BusinessRuleViolation.class);
      assertThat(procurement.getStatus()).isEqualTo(Procurement.Status.SAFEGUARDING_FAILED);
      procurement.evaluated("Wye Valley Youth");
      procurement.safeguardingChecked(new SafeguardingCheck(procurement, true, "Policies meet the HSCB's", "x", LocalDateTime.now()));
      assertThatThrownBy(() -> procurement.award("Riverside Families Trust")).isInstanceOf(BusinessRuleViolation.class);
      procurement.award("Wye Valley Youth");
      assertThat(procurement.getStatus()).isEqualTo(Procurement.Status.AWARDED);
    }

    @Test
    void aMemberWithAnInterestTakesNoPartAndMustSayWhatItIs() {
      assertThat(new DeclarationOfInterest(null, DeclarationOfInterest.Occasion.EVALUATION, "Ann Bright",
          DeclarationOfInterest.Interest.NONE, null, LocalDateTime.now()).takesPart()).isTrue();
      assertThat(new DeclarationOfInterest(null, DeclarationOfInterest.Occasion.EVALUATION, "Carl Dunn",
          DeclarationOfInterest.Interest.FINANCIAL, "Trustee of a bidder", LocalDateTime.now()).takesPart()).isFalse();
      assertThatThrownBy(() -> new DeclarationOfInterest(null, DeclarationOfInterest.Occasion.EVALUATION, "Carl Dunn",
          DeclarationOfInterest.Interest.PERSONAL, "", LocalDateTime.now())).hasMessage("Fill in what Carl Dunn's personal interest is.");
    }
  }

  @Nested
  class Reviews {

    private CycleRecord inReview() {
      CycleRecord cycle = new CycleRecord(area(), "2010/11", null);
      ReflectionTestUtils.setField(cycle, "stage", CycleRecord.Stage.REVIEW);
      return cycle;
    }

    @Test
    void decommissioningNeedsItsReason() {
      assertThatThrownBy(() -> new ServiceReview(inReview(), null, "f", "i", "u", "v", ServiceReview.Recommendation.DECOMMISSION, null,
          true, null, "imran.qureshi", LocalDateTime.now()))
          .hasMessage("Give the reason for decommissioning: inefficient, ineffective, inequitable or unsustainable.");
    }

    @Test
    void continuingNeedsANextReviewDateWithinTheContract() {
      Contract contract = new Contract(inReview(), "C-1", "Provider", gbp("1000.00"), LocalDate.of(2010, 4, 1), LocalDate.of(2013, 3, 31),
          LocalDate.of(2011, 3, 1));
      assertThatThrownBy(() -> new ServiceReview(inReview(), contract, "f", "i", "u", "v", ServiceReview.Recommendation.CONTINUE, null,
          null, LocalDate.of(2014, 1, 1), "imran.qureshi", LocalDateTime.now())).hasMessageContaining("by the end of the contract");
      ServiceReview review = new ServiceReview(inReview(), contract, "f", "i", "u", "v", ServiceReview.Recommendation.CONTINUE, null,
          null, LocalDate.of(2012, 3, 1), "imran.qureshi", LocalDateTime.now());
      assertThat(review.startsNextCycle()).isFalse();
    }

    @Test
    void reCommissioningAndDecommissioningWhereTheNeedRemainsStartTheNextCycle() {
      assertThat(new ServiceReview(inReview(), null, "f", "i", "u", "v", ServiceReview.Recommendation.RECOMMISSION, null, null, null,
          "imran.qureshi", LocalDateTime.now()).startsNextCycle()).isTrue();
      assertThat(new ServiceReview(inReview(), null, "f", "i", "u", "v", ServiceReview.Recommendation.DECOMMISSION,
          ServiceReview.Reason.INEFFICIENT, true, null, "imran.qureshi", LocalDateTime.now()).startsNextCycle()).isTrue();
      assertThat(new ServiceReview(inReview(), null, "f", "i", "u", "v", ServiceReview.Recommendation.DECOMMISSION,
          ServiceReview.Reason.UNSUSTAINABLE, false, null, "imran.qureshi", LocalDateTime.now()).startsNextCycle()).isFalse();
    }
  }
}
