package org.childrenstrust.commissioning.grants.abg;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A quarter's reports (HTTP Basic) as a page, PDF or CSV: an outcome group's summary for that
 * group's members (the group that performance-manages the activities), and for commissioning
 * officers, Management Group members and administrators. (The consolidated return to the Local
 * Strategic Partnership is in {@link AbgApi}, for the latter only.)
 */
@RestController
@RequestMapping("/api/abg/quarters/{quarter}")
class AbgReportsApi {

  private static final List<String> OFFICERS = List.of(GovernanceGroup.COMMISSIONING_OFFICERS.id(),
      GovernanceGroup.MANAGEMENT_GROUP_ID, GovernanceGroup.ADMINISTRATORS_ID);

  private final QuarterReports reports;
  private final IdentityService identityService;

  AbgReportsApi(QuarterReports reports, IdentityService identityService) {
    this.reports = reports;
    this.identityService = identityService;
  }

  /** Before the request is read: only officers, the Management Group, administrators and outcome groups' members get further. */
  @ModelAttribute
  void onlyOfficersManagementGroupOutcomeGroupsAndAdministrators() {
    List<String> groups = groups();
    if (groups.stream().noneMatch(g -> OFFICERS.contains(g) || g.startsWith("outcome-"))) {
      throw BusinessRuleViolation.forbidden("Only commissioning officers, Management Group and outcome group members and "
          + "administrators can read the ABG quarterly reports.");
    }
  }

  private List<String> groups() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private boolean officer() {
    return groups().stream().anyMatch(OFFICERS::contains);
  }

  @GetMapping("/summaries/{outcomeGroup}.{format}")
  ResponseEntity<byte[]> outcomeGroupSummary(@PathVariable int quarter, @PathVariable String outcomeGroup, @PathVariable String format,
      @RequestParam String financialYear) {
    if (!officer() && !groups().contains(outcomeGroup)) {
      throw BusinessRuleViolation.forbidden("An outcome group's summary is for its own members (and commissioning officers, "
          + "the Management Group and administrators).");
    }
    QuarterReports.requireQuarter(quarter);
    return answer(reports.outcomeGroupSummary(year(financialYear), quarter, outcomeGroup), format);
  }

  /** "2010/11"; anything else is a 400 with the sentence saying how a year is written. */
  static String year(String financialYear) {
    return FinancialYearLabel.parse(financialYear).toString();
  }

  static ResponseEntity<byte[]> answer(QuarterReports.Report report, String format) {
    return switch (format) {
      case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(QuarterReportFormats.html(report).getBytes(StandardCharsets.UTF_8));
      case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(report.fileName() + ".pdf").build().toString())
          .body(QuarterReportFormats.pdf(report));
      case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName() + ".csv").build().toString())
          .body(QuarterReportFormats.csv(report).getBytes(StandardCharsets.UTF_8));
      default -> throw new NotFound("A report is read as html, pdf or csv, not '" + format + "'.");
    };
  }
}
