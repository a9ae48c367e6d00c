package org.childrenstrust.commissioning.grants.prg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.grants.prg.PrgRoundsApiTest.JSON;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Partnerships Team's receiver over HTTP: acknowledged once, late recorded as late, bad input refused and nothing recorded. */
class PrgSubmissionsApiTest extends ProcessTestSupport {

  static final String ROUND = "PRG-2061-62";

  @LocalServerPort int port;
  @Autowired RoundService rounds;
  @Autowired ReceivedProposalRepository received;

  @BeforeEach
  void round() {
    if (rounds.all().stream().noneMatch(r -> r.getReference().equals(ROUND))) {
      clockAt(LocalDate.of(2061, 4, 1).atTime(9, 0));
      rounds.open(PrgFixtures.round("2061/62", LocalDate.of(2061, 5, 20)), "ruth.adeyemi");
    }
    clockAt(LocalDate.of(2061, 5, 2).atTime(9, 0));
  }

  private HttpResponse<String> submit(String reference, int partnership, String lateReason, String... partners) throws Exception {
    PrgProposal.Content c = PrgFixtures.content(partners);
    return new HttpTestClient(port).basic("tom.hadley", "demo").postJson(PrgSubmission.PATH, JSON.writeValueAsString(
        new PrgApi.SubmissionRequest(reference, ROUND, PrgFixtures.NINE.get(partnership), c.projectTitle(), c.outline(),
            c.additionality(), c.innovationEvidence(), c.matchFunding(), c.communityOutcomes(), c.laaTargets(),
            c.crossCuttingPrinciples(), c.partners(), c.lessPlan(), c.moreValue(), lateReason)));
  }

  @Test
  void aProposalIsAcknowledgedOnceAndTheSameReferenceAgainIsAConflictThatRecordsNothing() throws Exception {
    HttpResponse<String> first = submit("SAFER-1", 1, null, "Suffolk Constabulary", "Youth Offending Service");
    assertThat(first.statusCode()).isEqualTo(201);
    String receipt = JSON.readTree(first.body()).path("receiptReference").asText();
    long count = received.count();

    HttpResponse<String> again = submit("SAFER-1", 1, null, "Suffolk Constabulary", "Youth Offending Service");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).path("receiptReference").asText()).isEqualTo(receipt);
    assertThat(again.body()).contains("already received");
    HttpResponse<String> otherReference = submit("SAFER-2", 1, null, "Suffolk Constabulary", "Youth Offending Service");
    assertThat(otherReference.statusCode()).isEqualTo(409);
    assertThat(otherReference.body()).contains("one proposal per partnership");
    assertThat(received.count()).isEqualTo(count);
  }

  @Test
  void aSinglePartnerProposalIsRefused() throws Exception {
    long count = received.count();
    HttpResponse<String> response = submit("HOUSING-1", 6, null, "Suffolk Housing");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("name at least two partner organisations (1 given)");
    assertThat(received.count()).isEqualTo(count);
  }

  @Test
  void afterTheDeadlineOnlyWithTheChairsReasonAndThenRecordedAsLate() throws Exception {
    clockAt(LocalDate.of(2061, 5, 21).atTime(9, 0));
    long count = received.count();
    HttpResponse<String> refused = submit("ENV-1", 5, null, "Suffolk Wildlife Trust", "Environment Agency");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("a late proposal needs the reason");
    assertThat(received.count()).isEqualTo(count);

    HttpResponse<String> late = submit("ENV-1", 5, "Board met on 21 May", "Suffolk Wildlife Trust", "Environment Agency");
    assertThat(late.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(late.body()).path("late").asBoolean()).isTrue();
  }

  @Test
  void aPartnershipNotInvitedIsRefused() throws Exception {
    PrgProposal.Content c = PrgFixtures.content("A", "B");
    HttpResponse<String> response = new HttpTestClient(port).basic("tom.hadley", "demo").postJson(PrgSubmission.PATH,
        JSON.writeValueAsString(new PrgApi.SubmissionRequest("X-1", ROUND, "Nobody's Partnership", c.projectTitle(),
            c.outline(), c.additionality(), c.innovationEvidence(), c.matchFunding(), c.communityOutcomes(), c.laaTargets(),
            c.crossCuttingPrinciples(), List.of("A", "B"), c.lessPlan(), c.moreValue(), null)));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("is not a delivery partnership invited");
  }

  @Test
  void thePartnershipsTeamRecordsAProposalFromTasklistWithTheSameRules() {
    Map<String, Object> form = new HashMap<>(PrgFixtures.draftForm(PrgFixtures.content("Suffolk Libraries", "Arts Council")));
    form.put("roundReference", ROUND);
    form.put("partnership", PrgFixtures.NINE.get(7));
    form.put("proposalReference", "CREATIVE-1");
    identityService.setAuthentication("ruth.adeyemi", List.of("partnerships-team"));
    String pi = runtimeService.startProcessInstanceByKey("PrgPartnershipSubmission", form).getId();
    identityService.clearAuthentication();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .extracting(v -> v.getName()).containsExactly("receiptReference");
    assertThat(received.findByReference("CREATIVE-1").orElseThrow().getSubmittedBy()).isEqualTo("ruth.adeyemi");

    form.put("proposalReference", "CREATIVE-2");
    form.put(PrgProposalProcess.PARTNERS, PrgFixtures.json(List.of(new PrgProposalProcess.PartnerRow("Arts Council"))));
    form.put("partnership", PrgFixtures.NINE.get(8));
    identityService.setAuthentication("ruth.adeyemi", List.of("partnerships-team"));
    assertThat(rejection(() -> runtimeService.startProcessInstanceByKey("PrgPartnershipSubmission", form)))
        .hasMessageContaining("at least two partner organisations");
    assertThat(received.findByReference("CREATIVE-2")).isEmpty();
  }
}
