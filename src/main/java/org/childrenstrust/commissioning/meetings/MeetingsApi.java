package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItem;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MinutesAmendment;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clerk's operations between the process steps (HTTP Basic, see the platform's security):
 * schedule meetings, add forward plan items, add an urgent item to a published agenda, record a
 * paper's arrival, amend approved minutes, close actions. Clerks and administrators may change;
 * members of the body may read.
 */
@RestController
@RequestMapping("/api")
@Transactional
class MeetingsApi {

  private final MeetingService meetings;
  private final AgendaService agenda;
  private final ForwardPlanService forwardPlan;
  private final IdentityService identityService;

  public MeetingsApi(MeetingService meetings, AgendaService agenda, ForwardPlanService forwardPlan,
      IdentityService identityService) {
    this.meetings = meetings;
    this.agenda = agenda;
    this.forwardPlan = forwardPlan;
    this.identityService = identityService;
  }

  public record ScheduleRequest(String bodyCode, LocalDate date, LocalTime startTime, LocalTime endTime, String place) {}

  public record UrgentItemRequest(String description, String leadOfficer, Integer durationMinutes, String attachmentKind,
      String attachmentTitle, Boolean publicItem, String exemptReason, String urgencyReason, boolean overrunAcknowledged) {}

  public record PaperRequest(String title) {}

  public record AmendmentRequest(Integer itemNumber, String amendment, String reason) {}

  public record ActionDoneRequest(String note) {}

  public record ForwardPlanRequest(CommissioningOutcome outcome, String title, String sponsor, String leadOfficer,
      Integer durationMinutes, YearMonth targetMonth) {}

  public record PatternRequest(LocalDate from, LocalDate to) {}

  @PostMapping("/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> schedule(@RequestBody ScheduleRequest request) {
    requireClerk();
    return view(meetings.schedule(request.bodyCode(), request.date(), request.startTime(), request.endTime(), request.place()));
  }

  @PostMapping("/bodies/{code}/meetings/from-pattern")
  public List<Map<String, Object>> scheduleFromPattern(@PathVariable String code, @RequestBody PatternRequest request) {
    requireClerk();
    if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
      throw new BusinessRuleViolation("Give the period to schedule: 'from' and 'to' dates, 'to' not before 'from'.");
    }
    return meetings.scheduleFromPattern(code, request.from(), request.to()).stream().map(MeetingsApi::view).toList();
  }

  @GetMapping("/meetings/{reference}")
  @Transactional(readOnly = true)
  public Map<String, Object> meeting(@PathVariable String reference) {
    Meeting meeting = meetings.meeting(reference);
    requireMemberOrClerk(meeting.getBody());
    Map<String, Object> view = view(meeting);
    view.put("items", meeting.orderedItems().stream().map(MeetingsApi::item).toList());
    return view;
  }

  @PostMapping("/meetings/{reference}/urgent-items")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> addUrgentItem(@PathVariable String reference, @RequestBody UrgentItemRequest request) {
    requireClerk();
    return item(agenda.addUrgentItem(reference, new AgendaItemRow(null, null, request.description(), request.leadOfficer(),
        request.durationMinutes(), request.attachmentKind(), request.attachmentTitle(), request.publicItem(),
        request.exemptReason(), null), request.urgencyReason(), request.overrunAcknowledged()));
  }

  @PostMapping("/meetings/{reference}/items/{number}/paper")
  public Map<String, Object> paperReceived(@PathVariable String reference, @PathVariable int number,
      @RequestBody(required = false) PaperRequest request) {
    requireClerk();
    return item(meetings.paperReceived(reference, number, request == null ? null : request.title()));
  }

  @PostMapping("/meetings/{reference}/amendments")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> amend(@PathVariable String reference, @RequestBody AmendmentRequest request) {
    String user = requireClerk();
    MinutesAmendment amendment = meetings.amend(reference, request.itemNumber(), request.amendment(), request.reason(), user);
    return Map.of("meeting", reference, "itemNumber", String.valueOf(amendment.getItemNumber()),
        "amendment", amendment.getAmendment(), "reason", amendment.getReason(), "recordedOn", amendment.getRecordedOn().toString());
  }

  @PostMapping("/actions/{id}/done")
  public Map<String, Object> actionDone(@PathVariable Long id, @RequestBody(required = false) ActionDoneRequest request) {
    requireClerk();
    MeetingAction action = meetings.completeAction(id, request == null ? null : request.note());
    return Map.of("id", action.getId(), "status", action.getStatus().name(), "completedOn", action.getCompletedOn().toString());
  }

  @PostMapping("/bodies/{code}/forward-plan")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> addToForwardPlan(@PathVariable String code, @RequestBody ForwardPlanRequest request) {
    requireClerk();
    ForwardPlanItem item = forwardPlan.add(meetings.body(code), request.outcome(), request.title(), request.sponsor(),
        request.leadOfficer(), request.durationMinutes(), request.targetMonth());
    return Map.of("id", item.getId(), "title", item.getTitle(), "outcome", item.getOutcome().label(),
        "status", item.getStatus().name());
  }

  @GetMapping("/bodies/{code}/forward-plan")
  @Transactional(readOnly = true)
  public Map<String, List<Map<String, Object>>> forwardPlan(@PathVariable String code) {
    GovernanceBody body = meetings.body(code);
    requireMemberOrClerk(body);
    Map<String, List<Map<String, Object>>> byOutcome = new LinkedHashMap<>();
    for (ForwardPlanItem item : forwardPlan.planOf(body)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", item.getId());
      row.put("title", item.getTitle());
      row.put("sponsor", item.getSponsor());
      row.put("leadOfficer", item.getLeadOfficer());
      row.put("durationMinutes", item.getDurationMinutes());
      row.put("target", item.getTarget() == null ? "next meeting" : item.getTarget().toString());
      row.put("status", item.getStatus().name());
      byOutcome.computeIfAbsent(item.getOutcome().label(), k -> new java.util.ArrayList<>()).add(row);
    }
    return byOutcome;
  }

  private String requireClerk() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null
        || (!user.getGroupIds().contains(GovernanceGroup.CLERKS_ID) && !user.getGroupIds().contains(GovernanceGroup.ADMINISTRATORS_ID))) {
      throw BusinessRuleViolation.forbidden("Only clerks and administrators can change meetings.");
    }
    return user.getUserId();
  }

  private void requireMemberOrClerk(GovernanceBody body) {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(body.getCamundaGroupId()) && !groups.contains(GovernanceGroup.CLERKS_ID)
        && !groups.contains(GovernanceGroup.ADMINISTRATORS_ID)) {
      throw BusinessRuleViolation.forbidden("Only members of the " + body.getName() + ", clerks and administrators can read this.");
    }
  }

  static Map<String, Object> view(Meeting meeting) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reference", meeting.getReference());
    view.put("body", meeting.getBody().getCode());
    view.put("title", meeting.getTitle());
    view.put("date", meeting.getMeetingDate().toString());
    view.put("startTime", meeting.getStartTime().toString());
    view.put("endTime", meeting.getEndTime().toString());
    view.put("place", meeting.getPlace());
    view.put("status", meeting.getStatus().name());
    return view;
  }

  static Map<String, Object> item(AgendaItem item) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("number", item.getNumber());
    view.put("plannedStart", String.valueOf(item.getPlannedStart()));
    view.put("durationMinutes", item.getDurationMinutes());
    view.put("description", item.getDescription());
    view.put("leadOfficer", item.getLeadOfficer());
    view.put("attachment", item.getAttachmentKind().name());
    view.put("paperOutstanding", item.isPaperOutstanding());
    view.put("public", item.isPublicItem());
    view.put("addedAfterPublication", item.isAddedAfterPublication());
    view.put("urgencyReason", item.getUrgencyReason());
    return view;
  }
}
