package org.childrenstrust.commissioning.meetings;

import org.camunda.bpm.engine.RuntimeService;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.ItemKind;
import org.childrenstrust.commissioning.meetings.domain.ItemOutcome;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a meeting: deferred items go onto the next agenda, decisions go back to the processes
 * that asked for them, and the previous meeting's minutes, if approved as a true record, are
 * confirmed (its AgendaToMinutes instance is told by message).
 */
@Service
@Transactional
class MeetingOutcomes {

  private final MeetingService meetingService;
  private final MinutesService minutesService;
  private final ForwardPlanService forwardPlan;
  private final DecisionRequestService decisionRequests;
  private final PreviousMeetings previousMeetings;
  private final RuntimeService runtimeService;

  public MeetingOutcomes(MeetingService meetingService, MinutesService minutesService, ForwardPlanService forwardPlan,
      DecisionRequestService decisionRequests, PreviousMeetings previousMeetings, RuntimeService runtimeService) {
    this.meetingService = meetingService;
    this.minutesService = minutesService;
    this.forwardPlan = forwardPlan;
    this.decisionRequests = decisionRequests;
    this.previousMeetings = previousMeetings;
    this.runtimeService = runtimeService;
  }

  public Meeting apply(Long meetingId) {
    Meeting meeting = meetingService.meeting(meetingId);
    for (AgendaItem item : meeting.orderedItems()) {
      ItemOutcome outcome = item.getMinute().getOutcome();
      if (item.getKind() == ItemKind.MINUTES_AND_MATTERS_ARISING) {
        if (outcome == ItemOutcome.APPROVED || outcome == ItemOutcome.APPROVED_WITH_AMENDMENTS) {
          previousMeetings.awaitingConfirmation(meeting).ifPresent(previous -> confirmPrevious(previous, meeting));
        }
        continue;
      }
      if (item.getDecisionRequestId() != null) {
        decisionRequests.minuted(item);
      }
      if (outcome == ItemOutcome.DEFERRED) {
        forwardPlan.carryOver(item);
      }
    }
    minutesService.markTaken(meeting);
    meeting.draftMinutes();
    return meeting;
  }

  private void confirmPrevious(Meeting previous, Meeting at) {
    minutesService.confirm(previous, at);
    boolean waiting = runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(previous.getReference())
        .messageEventSubscriptionName(MeetingProcess.MESSAGE_MINUTES_CONFIRMED)
        .count() > 0;
    if (waiting) {
      runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_MINUTES_CONFIRMED)
          .processInstanceBusinessKey(previous.getReference())
          .correlate();
    }
  }
}
