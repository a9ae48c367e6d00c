package org.childrenstrust.commissioning.grants.prg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.grants.prg.PrgShares.PartnershipShare;
import org.childrenstrust.commissioning.grants.prg.domain.PrgPartnership;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposalRepository;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Performance Reward Grant over HTTP (Basic): preview the shares of a grant, open a round
 * (Partnerships Team, PMG, administrators), read rounds. Amounts are strings of pounds and pence.
 */
@RestController
@RequestMapping("/api/prg")
class PrgApi {

  private final RoundService rounds;
  private final PartnershipsTeam partnershipsTeam;
  private final AwardLetters letters;
  private final PrgProposalRepository trustProposals;
  private final IdentityService identityService;

  PrgApi(RoundService rounds, PartnershipsTeam partnershipsTeam, AwardLetters letters, PrgProposalRepository trustProposals,
      IdentityService identityService) {
    this.rounds = rounds;
    this.partnershipsTeam = partnershipsTeam;
    this.letters = letters;
    this.trustProposals = trustProposals;
    this.identityService = identityService;
  }

  /** A delivery partnership's proposal as it is submitted to the Partnerships Team (Appendix 1). */
  record SubmissionRequest(String reference, String roundReference, String partnership,
      @Size(max = ProposalContent.SHORT) String projectTitle, @Size(max = ProposalContent.OUTLINE) String outline,
      @Size(max = ProposalContent.LONG) String additionality, @Size(max = ProposalContent.LONG) String innovationEvidence,
      @Size(max = ProposalContent.MEDIUM) String matchFunding, @Size(max = ProposalContent.LONG) String communityOutcomes,
      @Size(max = ProposalContent.MEDIUM) String laaTargets, @Size(max = ProposalContent.LONG) String crossCuttingPrinciples,
      @Size(max = 30) List<String> partners, @Size(max = ProposalContent.LONG) String lessPlan,
      @Size(max = ProposalContent.LONG) String moreValue, @Size(max = 2000) String lateReason) {

    PartnershipsTeam.Submission submission() {
      return new PartnershipsTeam.Submission(reference, roundReference, partnership, new PrgProposal.Content(projectTitle,
          outline, additionality, innovationEvidence, matchFunding, communityOutcomes, laaTargets, crossCuttingPrinciples,
          partners, lessPlan, moreValue), lateReason);
    }
  }

  record SharePreviewRequest(BigDecimal total, Integer partnerships, BigDecimal sspSharePercent,
      BigDecimal innovationFundPercent, BigDecimal variancePercent) {}

  record RoundRequest(@Size(max = 200) String name, @Size(max = 7) String financialYear, BigDecimal total,
      @Size(max = 40) List<String> partnerships, LocalDate deadline, BigDecimal sspSharePercent,
      BigDecimal innovationFundPercent, BigDecimal variancePercent) {}

  @PostMapping("/share-preview")
  Map<String, Object> sharePreview(@RequestBody SharePreviewRequest request) {
    if (request.partnerships() == null) {
      throw new BusinessRuleViolation("Give the number of delivery partnerships that share the grant, such as 9.");
    }
    return shares(PrgShares.of(request.total(), request.partnerships(), request.sspSharePercent(),
        request.innovationFundPercent(), request.variancePercent()));
  }

  @PostMapping("/rounds")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> openRound(@Valid @RequestBody RoundRequest request) {
    String user = requireOneOf("Only the Partnerships Team, the PMG and administrators open PRG rounds.",
        GovernanceGroup.PARTNERSHIPS_TEAM, GovernanceGroup.SSP_PMG);
    return round(rounds.open(new RoundService.NewRound(request.name(), request.financialYear(), request.total(),
        request.partnerships(), request.deadline(), request.sspSharePercent(), request.innovationFundPercent(),
        request.variancePercent()), user));
  }

  @GetMapping("/rounds")
  @Transactional(readOnly = true)
  List<Map<String, Object>> rounds() {
    return rounds.all().stream().map(PrgApi::round).toList();
  }

  @GetMapping("/rounds/{reference}")
  @Transactional(readOnly = true)
  Map<String, Object> round(@PathVariable String reference) {
    return round(rounds.round(reference));
  }

  /**
   * The Partnerships Team receives a delivery partnership's proposal (any authenticated caller:
   * partnerships submit through their systems' accounts). 201 with the receipt; the same reference
   * again is 409 with the first receipt, and nothing new is recorded.
   */
  @PostMapping("/submissions")
  ResponseEntity<Map<String, Object>> receive(@Valid @RequestBody SubmissionRequest request) {
    Authentication user = identityService.getCurrentAuthentication();
    PartnershipsTeam.Receipt receipt = partnershipsTeam.receive(request.submission(), user.getUserId());
    Map<String, Object> body = new LinkedHashMap<>();
    if (receipt.alreadyReceived()) {
      body.put("message", "Proposal " + receipt.reference() + " was already received (receipt " + receipt.receiptReference()
          + "); it is not recorded again.");
    }
    body.put("reference", receipt.reference());
    body.put("receiptReference", receipt.receiptReference());
    body.put("late", receipt.late());
    body.put("receivedAt", receipt.receivedAt());
    return ResponseEntity.status(receipt.alreadyReceived() ? HttpStatus.CONFLICT : HttpStatus.CREATED).body(body);
  }

  @GetMapping("/rounds/{reference}/proposals")
  @Transactional(readOnly = true)
  List<Map<String, Object>> received(@PathVariable String reference) {
    requireOneOf("Only the Partnerships Team, the PMG, the SSP Board and administrators read the proposals received.",
        GovernanceGroup.PARTNERSHIPS_TEAM, GovernanceGroup.SSP_PMG, GovernanceGroup.SSP_BOARD);
    return partnershipsTeam.receivedFor(reference).stream().map(PrgApi::received).toList();
  }

  /** An award letter (PDF) for the Partnerships Team, the PMG, the SSP Board, administrators and the submitting account. */
  @GetMapping(value = "/rounds/{reference}/letters/{receipt}.pdf", produces = "application/pdf")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable String receipt) {
    ReceivedProposal proposal = partnershipsTeam.receivedFor(reference).stream()
        .filter(p -> p.getReceiptReference().equals(receipt)).findFirst()
        .orElseThrow(() -> new NotFound("Round " + reference + " has no proposal with receipt " + receipt + "."));
    Authentication user = identityService.getCurrentAuthentication();
    if (!user.getUserId().equals(proposal.getSubmittedBy())) {
      requireOneOf("Only the Partnerships Team, the PMG, the SSP Board, administrators and the partnership read an award letter.",
          GovernanceGroup.PARTNERSHIPS_TEAM, GovernanceGroup.SSP_PMG, GovernanceGroup.SSP_BOARD);
    }
    return ResponseEntity.ok().header("Content-Disposition", "inline; filename=PRG-award-" + receipt + ".pdf")
        .body(letters.pdf(receipt));
  }

  /** The Children's Trust's proposal for a round, as its lead officers and the ECG follow it. */
  @GetMapping("/rounds/{reference}/trust-proposal")
  @Transactional(readOnly = true)
  Map<String, Object> trustProposal(@PathVariable String reference) {
    requireOneOf("Only commissioning officers, the ECG and administrators follow the Trust's proposal.",
        GovernanceGroup.COMMISSIONING_OFFICERS, GovernanceGroup.MANAGEMENT_GROUP);
    PrgProposal p = trustProposals.findByRound(rounds.round(reference))
        .orElseThrow(() -> new NotFound("The Children's Trust has no proposal for round " + reference + "."));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", p.getReference());
    view.put("partnership", p.getPartnershipName());
    view.put("status", p.getStatus().name());
    view.put("projectTitle", p.getProjectTitle());
    view.put("partners", p.getPartners());
    view.put("ecgRecommendation", p.getEcgRecommendation());
    view.put("chairComments", p.getChairComments());
    view.put("signedOffBy", p.getSignedOffBy());
    view.put("lateReason", p.getLateReason());
    view.put("receiptReference", p.getReceiptReference());
    view.put("outcomeLevel", p.getOutcomeLevel());
    view.put("outcomeAmount", text(p.getOutcomeAmount()));
    return view;
  }

  static Map<String, Object> received(ReceivedProposal p) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", p.getReference());
    view.put("receiptReference", p.getReceiptReference());
    view.put("partnership", p.getPartnershipName());
    view.put("projectTitle", p.getProjectTitle());
    view.put("partners", p.getPartners());
    view.put("receivedAt", p.getReceivedAt().toString());
    view.put("late", p.isLate());
    view.put("lateReason", p.getLateReason());
    view.put("recommendedLevel", p.getRecommendedLevel() == null ? null : p.getRecommendedLevel().name());
    view.put("recommendedAmount", text(p.getRecommendedAmount()));
    view.put("awardedLevel", p.getAwardedLevel() == null ? null : p.getAwardedLevel().name());
    view.put("awardedAmount", text(p.getAwardedAmount()));
    return view;
  }

  static Map<String, Object> shares(PrgShares shares) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("total", text(shares.total()));
    view.put("sspShare", text(shares.sspShare()));
    view.put("lspShare", text(shares.lspShare()));
    view.put("innovationFund", text(shares.innovationFund()));
    view.put("partnershipShares", shares.partnershipShares().stream().map(PrgApi::share).toList());
    return view;
  }

  static Map<String, Object> round(PrgRound round) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", round.getReference());
    view.put("name", round.getName());
    view.put("financialYear", round.getFinancialYear());
    view.put("status", round.getStatus().name());
    view.put("deadline", round.getDeadline().toString());
    view.put("total", text(round.getTotal()));
    view.put("sspSharePercent", round.getSspSharePercent().stripTrailingZeros().toPlainString());
    view.put("innovationFundPercent", round.getInnovationFundPercent().stripTrailingZeros().toPlainString());
    view.put("variancePercent", round.getVariancePercent().stripTrailingZeros().toPlainString());
    view.put("sspShare", text(round.getSspShare()));
    view.put("lspShare", text(round.getLspShare()));
    view.put("innovationFund", text(round.getInnovationFund()));
    view.put("principles", PrgPrinciples.ALL);
    view.put("partnershipShares", round.getPartnerships().stream().map(PrgApi::partnership).toList());
    return view;
  }

  private static Map<String, Object> partnership(PrgPartnership partnership) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("partnership", partnership.getName());
    view.putAll(share(new PartnershipShare(partnership.getShare(), partnership.getLess(), partnership.getMore())));
    return view;
  }

  private static Map<String, Object> share(PartnershipShare share) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("share", text(share.share()));
    view.put("less", text(share.less()));
    view.put("more", text(share.more()));
    return view;
  }

  static String text(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2).toPlainString();
  }

  private String requireOneOf(String refusal, GovernanceGroup... groups) {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> memberOf = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (memberOf.contains(GovernanceGroup.ADMINISTRATORS_ID)
        || List.of(groups).stream().anyMatch(group -> memberOf.contains(group.id()))) {
      return user.getUserId();
    }
    throw BusinessRuleViolation.forbidden(refusal);
  }
}
