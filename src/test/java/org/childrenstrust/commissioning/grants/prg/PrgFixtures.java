package org.childrenstrust.commissioning.grants.prg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.childrenstrust.commissioning.grants.prg.PrgProposalProcess.PartnerRow;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;

/** Test data: a round like the seed's, and a proposal as the lead officer writes it. */
final class PrgFixtures {

  static final String TRUST = "Children's Trust Delivery Partnership";
  static final List<String> NINE = List.of(TRUST, "Safer Suffolk Partnership", "Suffolk Economic Prosperity Partnership",
      "Health and Wellbeing Partnership", "Learning and Skills Partnership", "Environment and Climate Change Partnership",
      "Suffolk Housing Partnership", "Culture, Sport and Leisure Partnership", "Older People's Partnership");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PrgFixtures() {}

  static RoundService.NewRound round(String year, LocalDate deadline) {
    return new RoundService.NewRound("Performance Reward Grant " + year, year, new BigDecimal("2900692"), NINE, deadline,
        null, null, null);
  }

  static PrgProposal.Content content(String... partners) {
    return new PrgProposal.Content("Young carers' breaks and peer support",
        "Short breaks and peer groups for young carers across the county, led through extended schools.",
        "Goes beyond the Trust's action plan, which funds identification only.",
        "Learning from the Princess Royal Trust's young carers pilots.", "£20,000 from the PCT",
        "Healthier and safer communities; learning and skills for the future", "NI 50, NI 110",
        "Equality and inclusion; sustainability", List.of(partners), "Fewer breaks (30 instead of 40 families).",
        "A second peer group in Lowestoft and Waveney.");
  }

  /** What the draft form submits, as Tasklist sends it. */
  static Map<String, Object> draftForm(PrgProposal.Content c) {
    Map<String, Object> form = new HashMap<>();
    form.put(PrgProposalProcess.PROJECT_TITLE, c.projectTitle());
    form.put(PrgProposalProcess.OUTLINE, c.outline());
    form.put(PrgProposalProcess.ADDITIONALITY, c.additionality());
    form.put(PrgProposalProcess.INNOVATION_EVIDENCE, c.innovationEvidence());
    form.put(PrgProposalProcess.MATCH_FUNDING, c.matchFunding());
    form.put(PrgProposalProcess.COMMUNITY_OUTCOMES, c.communityOutcomes());
    form.put(PrgProposalProcess.LAA_TARGETS, c.laaTargets());
    form.put(PrgProposalProcess.CROSS_CUTTING, c.crossCuttingPrinciples());
    form.put(PrgProposalProcess.PARTNERS, json(c.partners().stream().map(PartnerRow::new).toList()));
    form.put(PrgProposalProcess.LESS_PLAN, c.lessPlan());
    form.put(PrgProposalProcess.MORE_VALUE, c.moreValue());
    return form;
  }

  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of the PMG's recommendation form, as the form shows them. */
  static List<PrgAwardProcess.RecommendationRow> rows(Object jsonVariable) {
    try {
      return JSON.readValue(jsonVariable.toString(), JSON.getTypeFactory()
          .constructCollectionType(List.class, PrgAwardProcess.RecommendationRow.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String jsonText(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
