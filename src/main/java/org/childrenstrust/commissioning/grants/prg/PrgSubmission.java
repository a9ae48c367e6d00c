package org.childrenstrust.commissioning.grants.prg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model's http-connector step needs to submit the Trust's proposal to the Partnerships
 * Team: the address (configuration; empty means this application itself), the technical user's
 * credentials, the JSON body, and the reading of the answer. An answer that is not an
 * acknowledgement fails the step: it is retried and then becomes an incident in Cockpit. The
 * receiver is idempotent by the proposal's reference, so a retried submission is acknowledged with
 * the same receipt and never recorded twice.
 */
@Component("prgSubmission")
@Transactional
class PrgSubmission {

  static final String PATH = "/api/prg/submissions";

  private final ObjectMapper json;
  private final ProposalService proposals;
  private final Environment environment;
  private final String url;
  private final String user;
  private final String password;

  PrgSubmission(ObjectMapper json, ProposalService proposals, Environment environment,
      @Value("${commissioning.prg.partnerships-team-url:}") String url,
      @Value("${commissioning.prg.submission-user:}") String user,
      @Value("${commissioning.prg.submission-password:}") String password) {
    this.json = json;
    this.proposals = proposals;
    this.environment = environment;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The Partnerships Team's base address: the configured one, or this application's own. */
  String baseUrl() {
    if (url != null && !url.isBlank()) {
      return url.strip().replaceAll("/+$", "");
    }
    return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
  }

  public String authorization() {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON body of the submission, as the receiver reads it. */
  public String payload(Long proposalId) {
    PrgProposal p = proposals.proposal(proposalId);
    if (p.getStatus() != PrgProposal.Status.SIGNED_OFF) {
      throw new IllegalStateException("Proposal " + p.getReference() + " is " + p.getStatus() + ", not signed off: not submitted.");
    }
    try {
      return json.writeValueAsString(new PrgApi.SubmissionRequest(p.getReference(), p.getRound().getReference(),
          p.getPartnershipName(), p.getProjectTitle(), p.getOutline(), p.getAdditionality(), p.getInnovationEvidence(),
          p.getMatchFunding(), p.getCommunityOutcomes(), p.getLaaTargets(), p.getCrossCuttingPrinciples(), p.getPartners(),
          p.getLessPlan(), p.getMoreValue(), p.getLateReason()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the submission of " + p.getReference(), e);
    }
  }

  /**
   * Reads the Partnerships Team's answer: 201 (received) or 409 carrying the receipt of the same
   * reference (a retried submission) is an acknowledgement, recorded on the proposal in the step's
   * transaction; anything else fails the step.
   */
  public String receipt(Long proposalId, Integer statusCode, String response) {
    String receipt = null;
    try {
      JsonNode body = response == null || response.isBlank() ? null : json.readTree(response);
      receipt = body == null ? null : body.path("receiptReference").asText(null);
    } catch (JsonProcessingException e) {
      // not JSON: not an acknowledgement
    }
    boolean acknowledged = (statusCode != null && statusCode == 201) || (statusCode != null && statusCode == 409);
    if (!acknowledged || receipt == null || receipt.isBlank()) {
      throw new IllegalStateException("The Partnerships Team did not acknowledge the proposal: HTTP " + statusCode + " "
          + (response == null ? "" : response.substring(0, Math.min(300, response.length()))));
    }
    proposals.submitted(proposalId, receipt);
    return receipt;
  }
}
