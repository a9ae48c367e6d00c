package org.childrenstrust.commissioning.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.childrenstrust.commissioning.cycle.CycleService.BidRow;
import org.childrenstrust.commissioning.cycle.CycleService.ContractInput;
import org.childrenstrust.commissioning.cycle.CycleService.ContributionRow;
import org.childrenstrust.commissioning.cycle.CycleService.DeclarationRow;
import org.childrenstrust.commissioning.cycle.CycleService.EvidenceRow;
import org.childrenstrust.commissioning.cycle.CycleService.IntentionRow;
import org.childrenstrust.commissioning.cycle.CycleService.InvolvementRow;
import org.childrenstrust.commissioning.cycle.CycleService.OptionRow;
import org.childrenstrust.commissioning.cycle.CycleService.PlanInput;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterest;
import org.childrenstrust.commissioning.cycle.domain.ServiceArea;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.IdentityStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data on the embedded default: the Herefordshire 2010/11 focus areas (Commissioning
 * Framework §3) at the stages the seed gives them, and the complex-needs pooled budget under
 * section 75 between the council and NHS Herefordshire. People's names are invented; figures are
 * illustrative. A round in Do or Review is built through the service's own steps and its process
 * instance started at the step it has reached. Loaded once.
 */
@Component
class CycleDemoData {

  static final String YEAR = "2010/11";
  private static final Logger LOG = LoggerFactory.getLogger(CycleDemoData.class);
  private static final String COMMISSIONER = "imran.qureshi";

  private final CommissioningProperties properties;
  private final CycleService cycles;
  private final CycleRepositories repos;
  private final RuntimeService runtimeService;

  CycleDemoData(CommissioningProperties properties, CycleService cycles, CycleRepositories repos, RuntimeService runtimeService) {
    this.properties = properties;
    this.cycles = cycles;
    this.repos = repos;
    this.runtimeService = runtimeService;
  }

  private ServiceArea area(String code, String name, String priority, String lead, String group) {
    return cycles.addArea(new ServiceArea(code, name, ServiceArea.Level.STRATEGIC, priority, lead, COMMISSIONER, group));
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentityStartup.ORDER + 30)
  public void load() {
    if (!properties.demo().enabled() || repos.areas.findByCode("TEENAGE-PARENTS").isPresent()) {
      return;
    }
    area("TEENAGE-PARENTS", "Teenage parents", "Be healthy: reduce teenage conceptions and support teenage parents", "Maureen Hollis",
        "outcome-be-healthy");
    area("SUBSTANCE-MISUSE", "Substance misuse", "Be healthy: reduce substance misuse by young people", "Gareth Lloyd", "outcome-be-healthy");
    area("COUNSELLING", "Counselling services", "Be healthy: emotional health and well-being", "Nia Roberts", "outcome-be-healthy");
    area("DISABLED-CHILDREN", "Children with disabilities (Aiming High, transition)", "Enjoy and achieve: disabled children's short breaks",
        "Fiona Grant", "outcome-enjoy-achieve");
    area("CAMHS", "Child and Adolescent Mental Health Services", "Be healthy: emotional health and well-being", "Samir Haddad",
        "outcome-be-healthy");
    area("PARTICIPATION-14-19", "Widening participation 14-19", "Achieve economic well-being: participation in learning post 16", "Paul Kerr",
        "outcome-economic-wellbeing");
    area("PARENTING", "Parenting and family support", "Stay safe: support for parents and families", "Janet Moss", "outcome-stay-safe");
    area("BULLYING-ESAFETY", "Bullying and e-safety", "Stay safe: children feel safe from bullying", "Tariq Bell", "outcome-stay-safe");
    area("ENGAGEMENT", "Engaging and involving children, young people, parents and carers",
        "Make a positive contribution: children and young people's voice", "Rosie Chan", "outcome-positive-contribution");
    area("COMPLEX-NEEDS", "Children with complex needs (section 75 pooled fund)", "Be healthy: children with complex needs", "Helen Ashby",
        "outcome-be-healthy");

    // Understand
    startAtTheBeginning("BULLYING-ESAFETY");
    CycleRecord engagement = cycles.open("ENGAGEMENT", YEAR, null);
    assess(engagement);
    startAt(engagement, "Task_ScrutiniseNeeds");
    // Plan
    CycleRecord participation = cycles.open("PARTICIPATION-14-19", YEAR, null);
    assess(participation);
    cycles.scrutinise(participation.getId(), true, "Accepted: the LSC transfer data is in", "leah.fraser");
    startAt(participation, "Task_DraftPlan");
    CycleRecord parenting = cycles.open("PARENTING", YEAR, null);
    assess(parenting);
    cycles.scrutinise(parenting.getId(), true, null, "daniel.price");
    cycles.plan(parenting.getId(), plan("SINGLE_AGENCY", null, "240000.00", List.of(), "COMPETITIVE"));
    startAt(parenting, "Task_EndorsePlan");
    // Do
    CycleRecord teenageParents = approved("TEENAGE-PARENTS", plan("ALIGNED", null, "180000.00",
        List.of(new ContributionRow("Herefordshire Council", new BigDecimal("110000.00")),
            new ContributionRow("NHS Herefordshire", new BigDecimal("70000.00"))), "COMPETITIVE"));
    cycles.chooseProcurementRoute(teenageParents.getId());
    startAt(teenageParents, "Task_DeclareEvaluatorInterests");
    CycleRecord camhs = approved("CAMHS", plan("SINGLE_AGENCY", null, "480000.00", List.of(), "LIMITED"));
    cycles.chooseProcurementRoute(camhs.getId());
    cycles.declareEvaluators(camhs.getId(), List.of(new DeclarationRow("Ann Bright", "NONE", null),
        new DeclarationRow("Carl Dunn", "SERVICE_RELATED", "Manages the current tier 2 service")));
    startAt(camhs, "Task_EvaluateBids");
    // Review
    CycleRecord substance = delivered("SUBSTANCE-MISUSE", "Wye Valley Young People's Drug Service", LocalDate.of(2011, 1, 31));
    startAt(substance, "Gateway_JoinDelivery");
    CycleRecord counselling = delivered("COUNSELLING", "Marches Counselling Trust", LocalDate.of(2011, 2, 28));
    startAt(counselling, "Gateway_JoinDelivery");
    CycleRecord disabled = delivered("DISABLED-CHILDREN", "Short Breaks Herefordshire", LocalDate.of(2010, 12, 17));
    startAt(disabled, "Task_ReviewService");
    CycleRecord complexNeeds = delivered("COMPLEX-NEEDS", "Herefordshire Complex Needs Service", LocalDate.of(2011, 3, 31));
    startAt(complexNeeds, "Gateway_JoinDelivery");
    LOG.info("Commissioning cycle demo data: {} cycles for {}", repos.cycles.count(), YEAR);
  }

  private CycleRecord startAtTheBeginning(String area) {
    CycleRecord cycle = cycles.open(area, YEAR, null);
    runtimeService.startProcessInstanceByKey(CycleProcess.PROCESS_KEY, cycle.businessKey(),
        Variables.createVariables().putValue(CycleProcess.CYCLE_ID, cycle.getId()));
    return cycles.cycle(cycle.getId());
  }

  private void startAt(CycleRecord cycle, String activity) {
    ProcessInstance pi = runtimeService.createProcessInstanceByKey(CycleProcess.PROCESS_KEY).businessKey(cycle.businessKey())
        .setVariable(CycleProcess.CYCLE_ID, cycle.getId())
        .setVariable(CycleProcess.DECIDING_BODY, cycles.cycle(cycle.getId()).getDecidingBody())
        .startBeforeActivity(activity).execute();
    cycles.startedAs(cycle.getId(), pi.getId());
  }

  private void assess(CycleRecord cycle) {
    cycles.assessNeeds(cycle.getId(), "The JSNA 2009 and the TellUs4 survey show the need is rising in the market towns",
        "Services mapped across the council, NHS Herefordshire and the voluntary sector", "Council £120,000; NHS £60,000 (illustrative)",
        "More children and young people reached early; fewer escalations",
        List.of(new EvidenceRow("JSNA", "Joint Strategic Needs Assessment 2009", "Rates above the West Midlands average"),
            new EvidenceRow("LOCAL_SURVEY", "TellUs4 survey 2009/10", "One in four young people unsure where to get help")),
        List.of(new InvolvementRow("YOUNG_PEOPLE", "Shadow Board session", 14, "2010-03-18", "Services should be open after school",
            "Evening and weekend sessions added to the options"),
            new InvolvementRow("PARENTS", "Parents' focus group at the children's centre", 9, "2010-03-25", "Hard to find what is on offer",
                "A single information point in the plan")), COMMISSIONER);
  }

  private PlanInput plan(String arrangement, String basis, String total, List<ContributionRow> contributions, String market) {
    return new PlanInput("Workers trained in the common assessment framework", "Existing children's centres and schools",
        "Provider event with the Alliance's registered providers", "Shadow Board and parents' forum consulted on the options",
        "SERVICES", market, arrangement, basis, new BigDecimal(total),
        List.of(new OptionRow("Carry on as now", true, new BigDecimal(total).multiply(new BigDecimal("0.9")).setScale(2), "No disruption",
            "Need keeps rising", false),
            new OptionRow("Re-shaped service with outreach", false, new BigDecimal(total), "Reaches those at risk earlier", "Transition",
                true)),
        List.of(new IntentionRow("Commission a re-shaped service with outreach in the market towns", "CYPP 2008-11 priority")), contributions);
  }

  /** Understand and Plan done, the plan decided by the body the table names. */
  private CycleRecord approved(String area, PlanInput plan) {
    CycleRecord cycle = cycles.open(area, YEAR, null);
    assess(cycle);
    cycles.scrutinise(cycle.getId(), true, null, "grace.okafor");
    cycles.plan(cycle.getId(), plan);
    cycles.endorse(cycle.getId(), true, null, "grace.okafor");
    cycles.chooseDecidingBody(cycle.getId());
    cycles.recordDeclarations(cycle.getId(), DeclarationOfInterest.Occasion.PLAN_DECISION,
        List.of(new DeclarationRow("Priya Shah", "NONE", null), new DeclarationRow("Tom Hadley", "NONE", null)));
    cycles.planDecided(cycle.getId(), "APPROVED", "ECG-2010-05-13", "Agreed");
    return cycles.cycle(cycle.getId());
  }

  /** Through Do to a contract in the register, reviewed on {@code reviewOn}. */
  private CycleRecord delivered(String area, String provider, LocalDate reviewOn) {
    boolean pooled = "COMPLEX-NEEDS".equals(area);
    CycleRecord cycle = approved(area, pooled
        ? plan("POOLED", "SECTION_75", "900000.00", List.of(new ContributionRow("Herefordshire Council", new BigDecimal("612400.00")),
            new ContributionRow("NHS Herefordshire", new BigDecimal("287600.00"))), "IN_HOUSE")
        : plan("SINGLE_AGENCY", null, "150000.00", List.of(), "COMPETITIVE"));
    cycles.chooseProcurementRoute(cycle.getId());
    cycles.declareEvaluators(cycle.getId(), List.of(new DeclarationRow("Ann Bright", "NONE", null)));
    cycles.evaluate(cycle.getId(), List.of(new BidRow(provider, cycles.procurement(cycle).getEstimatedValue(), 74, "Ann Bright", 80)), provider);
    cycles.checkSafeguarding(cycle.getId(), CycleProcess.PASS, "Safer recruitment, CRB checks and HSCB training in place", COMMISSIONER);
    cycles.award(cycle.getId(), new ContractInput(cycle.getReference() + "-C1", provider, cycles.procurement(cycle).getEstimatedValue(),
        LocalDate.of(2009, 4, 1), LocalDate.of(2012, 3, 31), reviewOn));
    return cycles.cycle(cycle.getId());
  }
}
