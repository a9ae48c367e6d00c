# ActionReminders: each working morning, remind owners of actions due soon or overdue.
PROCESS = {
    'id': 'ActionReminders',
    'name': 'Action reminders',
    'attrs': {'camunda:historyTimeToLive': '30', 'camunda:versionTag': '1.0', 'camunda:isStartableInTasklist': 'false'},
    'documentation': 'Runs at 07:30 every weekday (a timer start event: in a cluster one node runs it). '
                     'Owners of open actions are reminded a few working days before the due date, and weekly once overdue.',
}
NODES = [
    {'id': 'Event_WorkingMorning', 'type': 'startEvent', 'name': 'Working morning', 'x': 160, 'y': 122,
     'xml': '<bpmn:timerEventDefinition>\n<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">0 30 7 ? * MON-FRI'
            '</bpmn:timeCycle>\n</bpmn:timerEventDefinition>'},
    {'id': 'Task_SendActionReminders', 'type': 'serviceTask', 'name': 'Remind action owners', 'x': 250, 'y': 100,
     'attrs': {'camunda:delegateExpression': '${sendActionReminders}', 'camunda:asyncBefore': 'true'}},
    {'id': 'Event_OwnersReminded', 'type': 'endEvent', 'name': 'Owners reminded', 'x': 412, 'y': 122},
]
FLOWS = [
    {'id': 'Flow_ToRemind', 'source': 'Event_WorkingMorning', 'target': 'Task_SendActionReminders'},
    {'id': 'Flow_Reminded', 'source': 'Task_SendActionReminders', 'target': 'Event_OwnersReminded'},
]
