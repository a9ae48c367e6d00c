package org.childrenstrust.commissioning.grants.prg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.childrenstrust.commissioning.grants.prg.domain.PrgProposal.Content;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** The rules of a proposal's content (Appendix 1), the same in the Trust's form and at the Partnerships Team. */
final class ProposalContent {

  static final int SHORT = 300;
  static final int MEDIUM = 2000;
  static final int LONG = 4000;
  static final int OUTLINE = 8000;

  private ProposalContent() {}

  /** The content, stripped, or a refusal naming every field to correct. */
  static Content checked(Content content) {
    List<String> problems = new ArrayList<>();
    String title = text(content.projectTitle(), "the project's title", SHORT, true, problems);
    String outline = text(content.outline(), "the outline of the project at the equal share", OUTLINE, true, problems);
    String additionality = text(content.additionality(), "how it provides additionality", LONG, true, problems);
    String innovation = text(content.innovationEvidence(), "the evidence of innovation or best practice", LONG, true, problems);
    String match = text(content.matchFunding(), "the match funding", MEDIUM, false, problems);
    String outcomes = text(content.communityOutcomes(), "the Community Strategy outcomes", LONG, true, problems);
    String targets = text(content.laaTargets(), "the LAA2 targets", MEDIUM, false, problems);
    String principles = text(content.crossCuttingPrinciples(), "the cross-cutting principles", LONG, true, problems);
    String less = text(content.lessPlan(), "what the project would do with 20% less and the impact", LONG, true, problems);
    String more = text(content.moreValue(), "the added value of 20% more", LONG, true, problems);
    Set<String> seen = new LinkedHashSet<>();
    List<String> partners = new ArrayList<>();
    for (String partner : content.partners() == null ? List.<String>of() : content.partners()) {
      if (partner == null || partner.isBlank()) {
        continue;
      }
      if (partner.strip().length() > 200) {
        problems.add("a partner's name has at most 200 characters");
      } else if (seen.add(partner.strip().toLowerCase())) {
        partners.add(partner.strip());
      }
    }
    if (partners.size() < 2) {
      problems.add("joint working: name at least two partner organisations (" + partners.size()
          + " given); a project of one organisation is not a partnership project");
    }
    if (!problems.isEmpty()) {
      throw new BusinessRuleViolation("Please complete the proposal: " + String.join("; ", problems) + ".");
    }
    return new Content(title, outline, additionality, innovation, match, outcomes, targets, principles,
        List.copyOf(partners), less, more);
  }

  private static String text(String value, String what, int max, boolean required, List<String> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add("give " + what);
      }
      return null;
    }
    if (value.strip().length() > max) {
      problems.add(what + " has at most " + max + " characters (" + value.strip().length() + " given)");
    }
    return value.strip();
  }
}
