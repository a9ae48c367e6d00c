package org.childrenstrust.commissioning.oversight;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.meetings.GovernanceBodies;
import org.childrenstrust.commissioning.oversight.domain.StrategyAction;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A body's strategy action tracker (HTTP Basic): members of the body, commissioning officers and
 * administrators read it (JSON, HTML, PDF, CSV); commissioning officers and administrators add actions.
 */
@RestController
@RequestMapping("/api/oversight/bodies/{code}")
class StrategyTrackerApi {

  static final String COMMISSIONING_OFFICERS = "commissioning-officers";

  private final StrategyTrackerService tracker;
  private final StrategyTrackerPrint print;
  private final IdentityService identityService;

  StrategyTrackerApi(StrategyTrackerService tracker, StrategyTrackerPrint print, IdentityService identityService) {
    this.tracker = tracker;
    this.print = print;
    this.identityService = identityService;
  }

  private List<String> groups() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private GovernanceBodies.Body reader(String code) {
    GovernanceBodies.Body body = tracker.body(code);
    List<String> groups = groups();
    if (!groups.contains(body.groupId()) && !groups.contains(COMMISSIONING_OFFICERS) && !groups.contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("Only members of " + body.name() + ", commissioning officers and administrators see its strategy tracker.");
    }
    return body;
  }

  @GetMapping("/strategy-actions")
  List<Map<String, Object>> actions(@PathVariable String code) {
    return tracker.tracker(reader(code).code()).stream().map(StrategyTrackerApi::row).toList();
  }

  @PostMapping("/strategy-actions")
  ResponseEntity<Map<String, Object>> add(@PathVariable String code, @RequestBody StrategyTrackerService.ActionInput input) {
    GovernanceBodies.Body body = tracker.body(code);
    List<String> groups = groups();
    if (!groups.contains(COMMISSIONING_OFFICERS) && !groups.contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("Only commissioning officers and administrators add strategy actions.");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(row(tracker.add(body.code(), input)));
  }

  @GetMapping(value = "/strategy-tracker", produces = MediaType.TEXT_HTML_VALUE)
  String page(@PathVariable String code) {
    GovernanceBodies.Body body = reader(code);
    return print.html(body.name(), tracker.tracker(body.code()));
  }

  @GetMapping(value = "/strategy-tracker.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable String code) {
    GovernanceBodies.Body body = reader(code);
    return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"strategy-tracker-" + body.code() + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF).body(print.pdf(body.name(), tracker.tracker(body.code())));
  }

  @GetMapping(value = "/strategy-tracker.csv", produces = "text/csv")
  ResponseEntity<byte[]> csv(@PathVariable String code) {
    GovernanceBodies.Body body = reader(code);
    return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"strategy-tracker-" + body.code() + ".csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(print.csv(tracker.tracker(body.code())).getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, Object> row(StrategyAction a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.getId());
    row.put("number", a.getActionNumber());
    row.put("line", a.getLineNumber());
    row.put("action", a.getDescription());
    row.put("cyppSection", a.getCyppSection());
    row.put("progress", a.getProgress());
    row.put("status", a.getStatus().name());
    row.put("reportDate", a.getReportDate().toString());
    row.put("reportToBoard", StrategyTrackerPrint.reportTo(a));
    row.put("owner", a.getOwnerId());
    row.put("forwardPlanItemId", a.getForwardPlanItemId());
    return row;
  }
}
