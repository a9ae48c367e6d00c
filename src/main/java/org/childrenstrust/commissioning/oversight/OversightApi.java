package org.childrenstrust.commissioning.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.meetings.GovernanceBodies;
import org.childrenstrust.commissioning.oversight.domain.Exercise;
import org.childrenstrust.commissioning.oversight.domain.PlanAction;
import org.childrenstrust.commissioning.oversight.domain.Question;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-analysis over HTTP (HTTP Basic): the questionnaire (administrators reword it), and a
 * body's exercises, results, report (HTML, PDF) and improvement plan, for the members of that body
 * and administrators only.
 */
@RestController
@RequestMapping("/api/oversight")
class OversightApi {

  private final SelfAnalysisService service;
  private final SelfAnalysisReport report;
  private final GovernanceBodies bodies;
  private final IdentityService identityService;

  OversightApi(SelfAnalysisService service, SelfAnalysisReport report, GovernanceBodies bodies, IdentityService identityService) {
    this.service = service;
    this.report = report;
    this.bodies = bodies;
    this.identityService = identityService;
  }

  record QuestionText(String topic, String wording) {}

  @GetMapping("/questions")
  List<Map<String, Object>> questions() {
    return service.questionnaire().stream().map(OversightApi::question).toList();
  }

  /** Administrators reword a question; exercises already opened keep the wording they were scored on. */
  @PutMapping("/questions/{number}")
  Map<String, Object> reword(@PathVariable int number, @RequestBody QuestionText text) {
    if (!groups().contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("Only administrators change the self-analysis questions.");
    }
    return question(service.reword(number, text.topic(), text.wording()));
  }

  private static Map<String, Object> question(Question q) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("number", q.getQuestionNumber());
    row.put("topic", q.getTopic());
    row.put("wording", q.getWording());
    return row;
  }

  @GetMapping("/bodies/{code}/self-analyses")
  List<Map<String, Object>> exercises(@PathVariable String code) {
    GovernanceBodies.Body body = memberOf(code);
    return service.exercisesOf(body.code()).stream().map(OversightApi::exercise).toList();
  }

  @GetMapping("/bodies/{code}/self-analyses/{id}")
  Map<String, Object> exercise(@PathVariable String code, @PathVariable long id) {
    Exercise exercise = visible(code, id);
    Map<String, Object> body = exercise(exercise);
    body.put("results", service.results(id));
    body.put("plan", service.planOf(id).stream().map(OversightApi::action).toList());
    return body;
  }

  @GetMapping(value = "/bodies/{code}/self-analyses/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
  String reportPage(@PathVariable String code, @PathVariable long id) {
    Exercise exercise = visible(code, id);
    return report.html(exercise, service.results(id), service.planOf(id));
  }

  @GetMapping(value = "/bodies/{code}/self-analyses/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> reportPdf(@PathVariable String code, @PathVariable long id) {
    Exercise exercise = visible(code, id);
    return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"self-analysis-" + id + ".pdf\"")
        .contentType(MediaType.APPLICATION_PDF).body(report.pdf(exercise, service.results(id), service.planOf(id)));
  }

  private static Map<String, Object> exercise(Exercise e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", e.getId());
    row.put("body", e.getBodyCode());
    row.put("openedOn", e.getOpenedOn().toString());
    row.put("scoresDue", e.getScoresDue().toString());
    row.put("status", e.getStatus().name());
    row.put("decisionOutcome", e.getDecisionOutcome());
    row.put("decisionMeeting", e.getDecisionMeeting());
    row.put("decisionRationale", e.getDecisionRationale());
    return row;
  }

  private static Map<String, Object> action(PlanAction a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.getId());
    row.put("questionNumber", a.getQuestionNumber());
    row.put("action", a.getDescription());
    row.put("owner", a.getOwnerId());
    row.put("dueDate", a.getDueDate().toString());
    row.put("status", a.getStatus());
    row.put("doneOn", a.getDoneOn() == null ? null : a.getDoneOn().toString());
    return row;
  }

  private List<String> groups() {
    Authentication user = identityService.getCurrentAuthentication();
    return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  /** The body, if the caller is one of its members (or an administrator); otherwise 403 (404 for no such body). */
  private GovernanceBodies.Body memberOf(String code) {
    GovernanceBodies.Body body = bodies.body(code).orElseThrow(() -> new NotFound("There is no governance body '" + code + "'."));
    List<String> groups = groups();
    if (!groups.contains(body.groupId()) && !groups.contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("Only members of " + body.name() + " see its self-analysis and improvement plan.");
    }
    return body;
  }

  private Exercise visible(String code, long id) {
    GovernanceBodies.Body body = memberOf(code);
    Exercise exercise = service.exercise(id);
    if (!exercise.getBodyCode().equals(body.code())) {
      throw new NotFound("There is no self-analysis " + id + " of " + body.name() + ".");
    }
    return exercise;
  }
}
