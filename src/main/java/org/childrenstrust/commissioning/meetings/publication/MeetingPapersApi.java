package org.childrenstrust.commissioning.meetings.publication;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.publication.MeetingDocuments.Kind;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal agenda pack and minutes (exempt items included, draft minutes allowed) for members
 * of the body's group, clerks and administrators. HTTP Basic, see ApiSecurityConfiguration.
 */
@RestController
@RequestMapping("/api/meetings/{reference}")
public class MeetingPapersApi {

  private final MeetingPapers papers;
  private final MeetingDocuments documents;
  private final IdentityService identityService;

  public MeetingPapersApi(MeetingPapers papers, MeetingDocuments documents, IdentityService identityService) {
    this.papers = papers;
    this.documents = documents;
    this.identityService = identityService;
  }

  @GetMapping("/agenda-pack.pdf")
  public ResponseEntity<byte[]> agendaPack(@PathVariable String reference) {
    return pdf(reference, Kind.AGENDA);
  }

  @GetMapping("/minutes.pdf")
  public ResponseEntity<byte[]> minutes(@PathVariable String reference) {
    return pdf(reference, Kind.MINUTES);
  }

  private ResponseEntity<byte[]> pdf(String reference, Kind kind) {
    MeetingPaper paper = papers.load(reference, DocumentVariant.INTERNAL, this::requireReader);
    return PaperResponses.pdf(documents.pdf(paper, kind), MeetingDocuments.fileName(paper, kind));
  }

  /** Members of the body's Camunda group, clerks and administrators may read the internal papers. */
  private void requireReader(Meeting meeting) {
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups = authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
    if (groups.contains(meeting.getBody().getCamundaGroupId()) || groups.contains(GovernanceGroup.CLERKS_ID)
        || groups.contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      return;
    }
    throw BusinessRuleViolation.forbidden("The internal papers of " + meeting.getReference()
        + " include items exempt from publication: only members of " + meeting.getBody().getName()
        + ", clerks and administrators may read them. The public agenda and approved minutes are under /public/meetings.");
  }
}
