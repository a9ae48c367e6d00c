package org.childrenstrust.commissioning.grants.prg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRoundRepository;
import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.childrenstrust.commissioning.platform.identity.IdentityStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data on the embedded default: the Performance Reward Grant 2009/10 round of the ECG paper
 * of 10 March 2009 (£2,900,692, nine delivery partnerships, deadline Friday 22 May 2009, the
 * working day before the paper's Saturday), two other partnerships' proposals received, and the
 * Children's Trust's proposal drafted and waiting for the ECG chair's sign-off (late by now: the
 * chair records why). The reminder and the escalation of May 2009 are recorded as sent then.
 */
@Component
class PrgDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(PrgDemoData.class);
  static final String ROUND = "PRG-2009-10";
  static final LocalDate DEADLINE = LocalDate.of(2009, 5, 22);
  static final List<String> PARTNERSHIPS = List.of("Children's Trust Delivery Partnership", "Safer Suffolk Partnership",
      "Suffolk Prosperity Partnership", "Health and Wellbeing Partnership", "Learning and Skills Partnership",
      "Environment and Climate Change Partnership", "Suffolk Housing Partnership", "Creative Suffolk Partnership",
      "Older People's Partnership");

  private final CommissioningProperties properties;
  private final PrgRoundRepository roundRepository;
  private final RoundService rounds;
  private final ProposalService proposals;
  private final PartnershipsTeam partnershipsTeam;
  private final PrgSubmission submission;
  private final RuntimeService runtimeService;

  PrgDemoData(CommissioningProperties properties, PrgRoundRepository roundRepository, RoundService rounds,
      ProposalService proposals, PartnershipsTeam partnershipsTeam, PrgSubmission submission, RuntimeService runtimeService) {
    this.properties = properties;
    this.roundRepository = roundRepository;
    this.rounds = rounds;
    this.proposals = proposals;
    this.partnershipsTeam = partnershipsTeam;
    this.submission = submission;
    this.runtimeService = runtimeService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentityStartup.ORDER + 30)
  @Transactional
  public void load() {
    if (!properties.demo().enabled() || roundRepository.findByReference(ROUND).isPresent()) {
      return;
    }
    rounds.open(new RoundService.NewRound("Performance Reward Grant 2009/10", "2009/10", new BigDecimal("2900692"),
        PARTNERSHIPS, DEADLINE, null, null, null), "ruth.adeyemi");
    partnershipsTeam.receive(new PartnershipsTeam.Submission("SSP-PRG-0910-SAFER", ROUND, "Safer Suffolk Partnership",
        new PrgProposal.Content("Restorative justice in schools",
            "Restorative approaches in twelve high schools to cut exclusions and first-time entrants to the youth justice system.",
            "Extends the Partnership's action plan from the youth offending service into schools.",
            "Learning from the Hull restorative city pilot.", "£15,000 from the Constabulary",
            "Safer communities; learning for life", "NI 111 first-time entrants; NI 19 re-offending",
            "Prevention and early intervention", List.of("Suffolk Constabulary", "Youth Offending Service", "Suffolk County Council"),
            "Eight schools instead of twelve.", "A restorative practice lead for the further education colleges."), null),
        "ruth.adeyemi", LocalDateTime.of(2009, 5, 19, 11, 20));
    partnershipsTeam.receive(new PartnershipsTeam.Submission("SSP-PRG-0910-OLDER", ROUND, "Older People's Partnership",
        new PrgProposal.Content("Handy-person service for people over 75",
            "Small repairs and falls-prevention checks in the home, booked through the district councils.",
            "New: no handy-person service covers the rural districts.",
            "Evidence from Care and Repair England on falls prevention.", "£10,000 from the districts' housing budgets",
            "Healthy and independent older people", "NI 139 older people supported to live independently",
            "Rural access; equality", List.of("Babergh District Council", "NHS Suffolk", "Age Concern Suffolk"),
            "Two districts instead of four.", "Extend to people over 65 after a hospital stay."), null),
        "ruth.adeyemi", LocalDateTime.of(2009, 5, 21, 15, 5));

    PrgProposal proposal = proposals.start(ROUND, null);
    proposal.ecgDecided(true, "APPROVED", "Recommend a young carers' project: breaks and peer support, with the PCT and the"
        + " voluntary sector", "ECG-2009-03-10");
    proposals.draft(proposal.getId(), new PrgProposal.Content("Young carers' breaks and peer support",
        "Short breaks and peer groups for young carers across the county, organised through extended schools and"
            + " children's centres.",
        "The Trust's action plan funds identifying young carers only; this provides support.",
        "The Princess Royal Trust for Carers' young carers pilots.", "£20,000 from NHS Suffolk",
        "Healthier communities; learning and skills for the future", "NI 50 emotional health; NI 110 positive activities",
        "Equality and inclusion; prevention", List.of("Suffolk County Council", "NHS Suffolk", "Young Suffolk"),
        "Breaks for 30 instead of 40 families; the peer groups in Ipswich and Lowestoft only.",
        "A third peer group in West Suffolk and training for school staff."), "imran.qureshi");
    proposal.remind(LocalDate.of(2009, 5, 15));
    proposal.escalate(LocalDate.of(2009, 5, 26));
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(PrgProposalProcess.PROCESS_KEY)
        .businessKey(proposal.getReference())
        .setVariable(PrgProposalProcess.PROPOSAL_ID, proposal.getId())
        .setVariable(PrgProposalProcess.SUBMISSION_URL, submission.baseUrl())
        .startBeforeActivity("Task_SignOffProposal")
        .execute();
    proposal.runBy(instance.getId());
    LOG.info("Demo data: PRG round {} with two proposals received; the Children's Trust's proposal {} awaits sign-off",
        ROUND, proposal.getReference());
  }
}
