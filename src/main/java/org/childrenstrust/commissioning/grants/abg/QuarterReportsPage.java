package org.childrenstrust.commissioning.grants.abg;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.web.SignedInUser;
import org.childrenstrust.commissioning.platform.web.SignedInUsers;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A quarter's reports at the addresses the e-mails give: the same reports, rules and formats as
 * {@link AbgReportsApi} and the API's LSP return, but the reader may be the one logged into Tasklist
 * in this browser (or, for scripts, HTTP Basic), via {@link SignedInUsers}.
 */
@RestController
@RequestMapping("/abg/quarters/{quarter}")
class QuarterReportsPage {

  private static final List<String> OFFICERS = List.of(GovernanceGroup.COMMISSIONING_OFFICERS.id(),
      GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID);
  private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

  private final QuarterReports reports;
  private final SignedInUsers signedInUsers;

  QuarterReportsPage(QuarterReports reports, SignedInUsers signedInUsers) {
    this.reports = reports;
    this.signedInUsers = signedInUsers;
  }

  private static final String READER = QuarterReportsPage.class.getName() + ".reader";

  /** Nobody logged in (answered 401 with where to log in). */
  static final class NotLoggedIn extends RuntimeException {
    NotLoggedIn() {
      super("Log in to Tasklist first (/camunda/app/tasklist/), then open this link again.", null, false, false);
    }
  }

  /**
   * Before the request is read (as the API does): who is reading, and whether their groups may read
   * this kind of report at all, so that a caller without the role learns nothing from validation.
   */
  @ModelAttribute
  void whoIsReading(HttpServletRequest request) {
    SignedInUser user = signedInUsers.of(request).orElseThrow(NotLoggedIn::new);
    boolean officer = user.groupIds().stream().anyMatch(OFFICERS::contains);
    if (request.getRequestURI().contains("/lsp-return.")) {
      if (!officer) {
        throw BusinessRuleViolation.forbidden("The return to the Local Strategic Partnership is for commissioning officers, "
            + "Management Group members and administrators.");
      }
    } else if (!officer && user.groupIds().stream().noneMatch(g -> g.startsWith("outcome-"))) {
      throw BusinessRuleViolation.forbidden("Only commissioning officers, Management Group and outcome group members and "
          + "administrators can read the ABG quarterly reports.");
    }
    request.setAttribute(READER, user);
  }

  @ExceptionHandler(NotLoggedIn.class)
  ResponseEntity<String> notLoggedIn(NotLoggedIn e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(TEXT).body(e.getMessage());
  }

  @GetMapping("/summaries/{outcomeGroup}.{format}")
  ResponseEntity<?> outcomeGroupSummary(@PathVariable int quarter, @PathVariable String outcomeGroup, @PathVariable String format,
      @RequestParam String financialYear, HttpServletRequest request) {
    SignedInUser user = (SignedInUser) request.getAttribute(READER);
    if (user.groupIds().stream().noneMatch(OFFICERS::contains) && !user.groupIds().contains(outcomeGroup)) {
      throw BusinessRuleViolation.forbidden("An outcome group's summary is for its own members (and commissioning officers, "
          + "the Management Group and administrators).");
    }
    QuarterReports.requireQuarter(quarter);
    return AbgReportsApi.answer(reports.outcomeGroupSummary(AbgReportsApi.year(financialYear), quarter, outcomeGroup), format);
  }

  @GetMapping("/lsp-return.{format}")
  ResponseEntity<?> lspReturn(@PathVariable int quarter, @PathVariable String format, @RequestParam String financialYear) {
    QuarterReports.requireQuarter(quarter);
    return AbgReportsApi.answer(reports.lspReturn(AbgReportsApi.year(financialYear), quarter), format);
  }

  @ExceptionHandler(BusinessRuleViolation.class)
  ResponseEntity<String> refused(BusinessRuleViolation e) {
    HttpStatus status = switch (e.kind()) {
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
      case MALFORMED -> HttpStatus.BAD_REQUEST;
      default -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
    return ResponseEntity.status(status).contentType(TEXT).body(e.getMessage());
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<String> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).body(e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> badYear(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT).body(e.getMessage());
  }
}
