# GovernanceDecision: any process asks a governance body for a decision (call activity).
PROCESS = {
    'id': 'GovernanceDecision',
    'name': 'Governance decision',
    'attrs': {'camunda:historyTimeToLive': '3650', 'camunda:versionTag': '1.0', 'camunda:isStartableInTasklist': 'false'},
    'documentation': 'Called by other processes (call activity with calledElement="GovernanceDecision"). In: '
                     'decisionBodyCode, decisionSubject, decisionQuestion, decisionDueDate (yyyy-MM-dd), '
                     'decisionReportTitle, decisionReportSummary. The request joins the body\'s forward plan and '
                     'the next agenda; when the meeting minutes its decision the message DecisionTaken returns '
                     'decisionOutcome (APPROVED, APPROVED_WITH_AMENDMENTS, REJECTED), decisionRationale and '
                     'decisionMeeting. Deferred requests roll to the next meeting and this instance keeps waiting.',
}
MESSAGES = [('Message_DecisionTaken', 'DecisionTaken')]
NODES = [
    {'id': 'Event_DecisionRequested', 'type': 'startEvent', 'name': 'Decision requested', 'x': 160, 'y': 122},
    {'id': 'Task_RegisterDecisionRequest', 'type': 'serviceTask', 'name': 'Add request to forward plan',
     'x': 240, 'y': 100, 'attrs': {'camunda:delegateExpression': '${registerDecisionRequest}', 'camunda:asyncBefore': 'true'}},
    {'id': 'Task_AwaitDecision', 'type': 'receiveTask', 'name': 'Await minuted decision', 'x': 400, 'y': 100,
     'attrs': {'messageRef': 'Message_DecisionTaken'}},
    {'id': 'Event_DecisionDue', 'type': 'boundaryEvent', 'name': 'Decision due date passed', 'x': 432, 'y': 162,
     'attached': 'Task_AwaitDecision', 'cancel': False, 'label': (470, 200),
     'xml': '<bpmn:timerEventDefinition>\n<bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
            '${decisionRequestService.dueTime(decisionRequestId)}</bpmn:timeDate>\n</bpmn:timerEventDefinition>'},
    {'id': 'Task_WarnDecisionOverdue', 'type': 'serviceTask', 'name': 'Tell clerk decision is overdue',
     'x': 400, 'y': 240,
     'attrs': {'camunda:delegateExpression': '${warnDecisionOverdue}', 'camunda:asyncBefore': 'true'}},
    {'id': 'Event_ClerkToldOfOverdueDecision', 'type': 'endEvent', 'name': 'Clerk told', 'x': 562, 'y': 262},
    {'id': 'Event_DecisionReturned', 'type': 'endEvent', 'name': 'Decision returned', 'x': 562, 'y': 122},
]
FLOWS = [
    {'id': 'Flow_ToRegister', 'source': 'Event_DecisionRequested', 'target': 'Task_RegisterDecisionRequest'},
    {'id': 'Flow_ToAwait', 'source': 'Task_RegisterDecisionRequest', 'target': 'Task_AwaitDecision'},
    {'id': 'Flow_DecisionReturned', 'source': 'Task_AwaitDecision', 'target': 'Event_DecisionReturned'},
    {'id': 'Flow_ToWarnOverdue', 'source': 'Event_DecisionDue', 'target': 'Task_WarnDecisionOverdue'},
    {'id': 'Flow_ClerkTold', 'source': 'Task_WarnDecisionOverdue', 'target': 'Event_ClerkToldOfOverdueDecision'},
]
