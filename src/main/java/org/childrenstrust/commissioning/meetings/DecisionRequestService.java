package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.CommissioningOutcome;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequest;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestRepository;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequestStatus;
import org.childrenstrust.commissioning.meetings.domain.ForwardPlanItem;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.ItemMinute;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions other processes ask of a governance body. A request joins the body's forward plan,
 * reaches the next agenda, and the minuted decision goes back to the waiting GovernanceDecision
 * instance as the message {@value MeetingProcess#MESSAGE_DECISION_TAKEN}.
 */
@Service("decisionRequestService")
@Transactional
class DecisionRequestService {

  private final DecisionRequestRepository requests;
  private final MeetingService meetingService;
  private final ForwardPlanService forwardPlan;
  private final RuntimeService runtimeService;

  public DecisionRequestService(DecisionRequestRepository requests, MeetingService meetingService,
      ForwardPlanService forwardPlan, RuntimeService runtimeService) {
    this.requests = requests;
    this.meetingService = meetingService;
    this.forwardPlan = forwardPlan;
    this.runtimeService = runtimeService;
  }

  public DecisionRequest register(String bodyCode, String subject, String question, LocalDate decideBy,
      String reportTitle, String reportSummary, String requestedBy, String waitingProcessInstanceId) {
    GovernanceBody body = meetingService.body(bodyCode);
    if (subject == null || subject.isBlank() || question == null || question.isBlank()) {
      throw new BusinessRuleViolation("A decision request needs a subject and the question the "
          + body.getName() + " is asked to decide.");
    }
    if (decideBy == null) {
      throw new BusinessRuleViolation("A decision request needs the date it must be decided by.");
    }
    DecisionRequest request = requests.save(new DecisionRequest(body, subject.strip(), question.strip(), decideBy,
        reportTitle, reportSummary, requestedBy, waitingProcessInstanceId, BusinessClock.today()));
    ForwardPlanItem planItem = new ForwardPlanItem(body, CommissioningOutcome.GOVERNANCE,
        "Decision: " + request.getSubject(), requestedBy, requestedBy, 20, null, BusinessClock.today());
    planItem.setDecisionRequestId(request.getId());
    forwardPlan.add(planItem);
    return request;
  }

  public DecisionRequest request(Long id) {
    return requests.findById(id).orElseThrow(() -> new NotFound("There is no decision request " + id + "."));
  }

  /** The meeting decided (or deferred) the item that carried the request. */
  public void minuted(AgendaItem item) {
    DecisionRequest request = request(item.getDecisionRequestId());
    ItemMinute minute = item.getMinute();
    if (minute.getOutcome() == null) {
      return;
    }
    switch (minute.getOutcome()) {
      case DEFERRED -> request.deferred();
      case NOTED -> { }
      default -> {
        request.decided(minute.getOutcome(), minute.getRationale(), item.getMeeting());
        Map<String, Object> result = new HashMap<>();
        result.put(GovernanceDecision.OUT_OUTCOME, minute.getOutcome().name());
        result.put(GovernanceDecision.OUT_RATIONALE, minute.getRationale());
        result.put(GovernanceDecision.OUT_MEETING, item.getMeeting().getReference());
        runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_DECISION_TAKEN)
            .processInstanceId(request.getRequestingProcessInstanceId())
            .setVariables(result)
            .correlate();
      }
    }
  }

  /** When the clerk is told a decision is overdue: 09:00 on the day it was due. */
  @Transactional(readOnly = true)
  public java.util.Date dueTime(Long requestId) {
    return BusinessClock.toDate(request(requestId).getDecideBy().atTime(MeetingRules.WORKING_DAY_START));
  }

  @Transactional(readOnly = true)
  public boolean isOpen(Long requestId) {
    DecisionRequestStatus status = request(requestId).getStatus();
    return status == DecisionRequestStatus.PENDING || status == DecisionRequestStatus.SCHEDULED;
  }
}
