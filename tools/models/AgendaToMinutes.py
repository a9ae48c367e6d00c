# AgendaToMinutes: one instance per meeting, from the draft agenda to published minutes.
PROCESS = {
    'id': 'AgendaToMinutes',
    'name': 'Agenda to minutes',
    'attrs': {'camunda:historyTimeToLive': '3650', 'camunda:candidateStarterGroups': 'clerks',
              'camunda:versionTag': '1.0'},
    'documentation': 'One instance per meeting of a governance body (business key: the meeting reference, '
                     'e.g. ECG-2010-03-11). The clerk drafts the agenda, the chair approves it, it is published '
                     'with the body\'s clear working days\' notice, missing papers are chased, the clerk records the '
                     'meeting, the chair approves the draft minutes, they are circulated, and the next meeting of '
                     'the same body approves them as a true record (message MinutesConfirmed); then they are '
                     'published and locked.',
}
MESSAGES = [('Message_MinutesConfirmed', 'MinutesConfirmed')]


def user_task(id, name, x, y, form, listener, group=None, assignee=None, parent=None, doc=None):
    attrs = {'camunda:formRef': form, 'camunda:formRefBinding': 'latest'}
    if group:
        attrs['camunda:candidateGroups'] = group
    if assignee:
        attrs['camunda:assignee'] = assignee
    return {'id': id, 'type': 'userTask', 'name': name, 'x': x, 'y': y, 'attrs': attrs, 'parent': parent, 'doc': doc,
            'ext': f'<camunda:taskListener delegateExpression="${{{listener}}}" event="create" />\n'
                   f'<camunda:taskListener delegateExpression="${{{listener}}}" event="complete" />'}


def service_task(id, name, x, y, bean, asynchronous=False, parent=None, doc=None):
    attrs = {'camunda:delegateExpression': '${' + bean + '}'}
    if asynchronous:
        attrs['camunda:asyncBefore'] = 'true'
        attrs['camunda:exclusive'] = 'true'
    node = {'id': id, 'type': 'serviceTask', 'name': name, 'x': x, 'y': y, 'attrs': attrs, 'parent': parent, 'doc': doc}
    if asynchronous:
        node['ext'] = '<camunda:failedJobRetryTimeCycle>R5/PT10M</camunda:failedJobRetryTimeCycle>'
    return node


def timer(expression):
    return (f'<bpmn:timerEventDefinition>\n'
            f'<bpmn:timeDate xsi:type="bpmn:tFormalExpression">{expression}</bpmn:timeDate>\n'
            f'</bpmn:timerEventDefinition>')


def gateway(id, name, x, y=215, parent=None, default=None):
    return {'id': id, 'type': 'exclusiveGateway', 'name': name, 'x': x, 'y': y, 'parent': parent, 'default': default}


CHAIR = '${meetingRules.chairOf(meetingId)}'
NODES = [
    {'id': 'Event_MeetingScheduled', 'type': 'startEvent', 'name': 'Meeting scheduled', 'x': 160, 'y': 222,
     'attrs': {'camunda:formRef': 'scheduleMeeting', 'camunda:formRefBinding': 'latest'},
     'ext': '<camunda:executionListener delegateExpression="${meetingScheduled}" event="start" />'},
    service_task('Task_CollectAgendaItems', 'Collect agenda items', 240, 200, 'collectAgendaItems', True,
                 doc='Standing items, the previous minutes and matters arising, forward plan items and decision requests due.'),
    {'id': 'SubProcess_PrepareAgenda', 'type': 'subProcess', 'name': 'Prepare agenda', 'x': 390, 'y': 120,
     'w': 620, 'h': 250},
    {'id': 'Event_AgendaPreparationStarted', 'type': 'startEvent', 'name': 'Agenda preparation started',
     'x': 420, 'y': 222, 'parent': 'SubProcess_PrepareAgenda'},
    gateway('Gateway_JoinAgendaDrafts', 'Draft or redraft', 495, parent='SubProcess_PrepareAgenda'),
    user_task('Task_DraftAgenda', 'Draft agenda', 580, 200, 'draftAgenda', 'draftAgendaForm', group='clerks',
              parent='SubProcess_PrepareAgenda'),
    user_task('Task_ApproveAgenda', 'Approve agenda', 730, 200, 'approveAgenda', 'approveAgendaForm',
              assignee=CHAIR, parent='SubProcess_PrepareAgenda'),
    gateway('Gateway_AgendaApproved', 'Agenda approved?', 875, parent='SubProcess_PrepareAgenda',
            default='Flow_AgendaSentBack'),
    {'id': 'Event_AgendaApproved', 'type': 'endEvent', 'name': 'Agenda approved', 'x': 952, 'y': 222,
     'parent': 'SubProcess_PrepareAgenda'},
    {'id': 'Event_PublicationDeadlineNear', 'type': 'boundaryEvent', 'name': 'Publication deadline near',
     'x': 662, 'y': 352, 'attached': 'SubProcess_PrepareAgenda', 'cancel': False, 'label': (700, 390),
     'xml': timer('${meetingRules.publicationWarningTime(meetingId)}')},
    service_task('Task_WarnClerkOfDeadline', 'Warn clerk of deadline', 630, 430, 'warnPublicationDeadline', True),
    {'id': 'Event_ClerkWarned', 'type': 'endEvent', 'name': 'Clerk warned', 'x': 792, 'y': 452},
    gateway('Gateway_PublicationOnTime', 'Enough notice left?', 1060, default='Flow_PublishOnTime'),
    user_task('Task_RecordUrgencyReason', 'Record reason for late agenda', 1150, 330, 'recordUrgencyReason',
              'urgencyReasonForm', group='clerks'),
    gateway('Gateway_JoinPublication', 'Ready to publish', 1300),
    service_task('Task_PublishAgenda', 'Publish agenda', 1390, 200, 'publishAgenda', True),
    service_task('Task_SendAgenda', 'Send agenda to members', 1540, 200, 'sendAgenda', True),
    gateway('Gateway_JoinChase', 'Check papers', 1690),
    gateway('Gateway_PapersOutstanding', 'Papers still to follow?', 1780, default='Flow_NoPapersToChase'),
    service_task('Task_ChaseReports', 'Chase missing reports', 1870, 330, 'chaseReports', True),
    {'id': 'Event_WaitBeforeChasingAgain', 'type': 'intermediateCatchEvent', 'name': 'Next working day',
     'x': 2022, 'y': 352, 'xml': timer('${meetingRules.nextChaseTime(meetingId)}')},
    {'id': 'Event_MeetingStarts', 'type': 'intermediateCatchEvent', 'name': 'Meeting starts',
     'x': 1892, 'y': 222, 'xml': timer('${meetingRules.meetingStartTime(meetingId)}')},
    user_task('Task_RecordMeeting', 'Record the meeting', 1980, 200, 'recordMeeting', 'recordMeetingForm',
              group='clerks'),
    service_task('Task_ApplyMeetingOutcomes', 'Apply decisions and deferrals', 2130, 200, 'applyMeetingOutcomes',
                 True, doc='Deferred items onto the next agenda, decisions back to the processes that asked, '
                           'previous minutes confirmed.'),
    gateway('Gateway_JoinMinutesReview', 'Minutes to review', 2280),
    user_task('Task_ApproveMinutes', 'Approve draft minutes', 2370, 200, 'approveMinutes', 'approveMinutesForm',
              assignee=CHAIR),
    gateway('Gateway_MinutesApproved', 'Minutes approved?', 2520, default='Flow_MinutesReturned'),
    user_task('Task_ReviseMinutes', 'Revise minutes', 2495, 330, 'reviseMinutes', 'recordMeetingForm',
              group='clerks'),
    service_task('Task_CirculateMinutes', 'Circulate minutes to members', 2610, 200, 'circulateMinutes', True),
    gateway('Gateway_MinutesAlreadyConfirmed', 'Already approved by the next meeting?', 2760,
            default='Flow_AwaitNextMeeting'),
    {'id': 'Event_MinutesConfirmed', 'type': 'intermediateCatchEvent',
     'name': 'Approved as a true record at the next meeting', 'x': 2862, 'y': 222,
     'xml': '<bpmn:messageEventDefinition messageRef="Message_MinutesConfirmed" />'},
    gateway('Gateway_JoinPublishMinutes', 'Minutes confirmed', 2950),
    service_task('Task_PublishMinutes', 'Publish and lock minutes', 3040, 200, 'publishMinutes', True),
    {'id': 'Event_MinutesPublished', 'type': 'endEvent', 'name': 'Minutes published', 'x': 3192, 'y': 222},
]

FLOWS = [
    {'id': 'Flow_ToCollect', 'source': 'Event_MeetingScheduled', 'target': 'Task_CollectAgendaItems'},
    {'id': 'Flow_ToPrepare', 'source': 'Task_CollectAgendaItems', 'target': 'SubProcess_PrepareAgenda'},
    {'id': 'Flow_StartDrafting', 'source': 'Event_AgendaPreparationStarted', 'target': 'Gateway_JoinAgendaDrafts'},
    {'id': 'Flow_ToDraft', 'source': 'Gateway_JoinAgendaDrafts', 'target': 'Task_DraftAgenda'},
    {'id': 'Flow_ToChair', 'source': 'Task_DraftAgenda', 'target': 'Task_ApproveAgenda'},
    {'id': 'Flow_ToAgendaDecision', 'source': 'Task_ApproveAgenda', 'target': 'Gateway_AgendaApproved'},
    {'id': 'Flow_AgendaApproved', 'source': 'Gateway_AgendaApproved', 'target': 'Event_AgendaApproved',
     'name': 'approved', 'condition': '${agendaDecision == "approve"}'},
    {'id': 'Flow_AgendaSentBack', 'source': 'Gateway_AgendaApproved', 'target': 'Gateway_JoinAgendaDrafts',
     'name': 'sent back', 'waypoints': [(900, 265), (900, 320), (520, 320), (520, 265)]},
    {'id': 'Flow_ToWarnClerk', 'source': 'Event_PublicationDeadlineNear', 'target': 'Task_WarnClerkOfDeadline'},
    {'id': 'Flow_ClerkWarned', 'source': 'Task_WarnClerkOfDeadline', 'target': 'Event_ClerkWarned'},
    {'id': 'Flow_ToPublicationCheck', 'source': 'SubProcess_PrepareAgenda', 'target': 'Gateway_PublicationOnTime'},
    {'id': 'Flow_PublishOnTime', 'source': 'Gateway_PublicationOnTime', 'target': 'Gateway_JoinPublication',
     'name': 'on time'},
    {'id': 'Flow_PublishLate', 'source': 'Gateway_PublicationOnTime', 'target': 'Task_RecordUrgencyReason',
     'name': 'late', 'condition': '${meetingRules.publishingLate(meetingId)}'},
    {'id': 'Flow_UrgencyRecorded', 'source': 'Task_RecordUrgencyReason', 'target': 'Gateway_JoinPublication'},
    {'id': 'Flow_ToPublish', 'source': 'Gateway_JoinPublication', 'target': 'Task_PublishAgenda'},
    {'id': 'Flow_ToSendAgenda', 'source': 'Task_PublishAgenda', 'target': 'Task_SendAgenda'},
    {'id': 'Flow_ToCheckPapers', 'source': 'Task_SendAgenda', 'target': 'Gateway_JoinChase'},
    {'id': 'Flow_ToPapersOutstanding', 'source': 'Gateway_JoinChase', 'target': 'Gateway_PapersOutstanding'},
    {'id': 'Flow_ChasePapers', 'source': 'Gateway_PapersOutstanding', 'target': 'Task_ChaseReports',
     'name': 'yes', 'condition': '${meetingRules.papersToChase(meetingId)}'},
    {'id': 'Flow_ToWaitBeforeChasing', 'source': 'Task_ChaseReports', 'target': 'Event_WaitBeforeChasingAgain'},
    {'id': 'Flow_ChaseAgain', 'source': 'Event_WaitBeforeChasingAgain', 'target': 'Gateway_JoinChase',
     'waypoints': [(2040, 388), (2040, 450), (1715, 450), (1715, 265)]},
    {'id': 'Flow_NoPapersToChase', 'source': 'Gateway_PapersOutstanding', 'target': 'Event_MeetingStarts',
     'name': 'no'},
    {'id': 'Flow_ToRecordMeeting', 'source': 'Event_MeetingStarts', 'target': 'Task_RecordMeeting'},
    {'id': 'Flow_ToApplyOutcomes', 'source': 'Task_RecordMeeting', 'target': 'Task_ApplyMeetingOutcomes'},
    {'id': 'Flow_ToMinutesReview', 'source': 'Task_ApplyMeetingOutcomes', 'target': 'Gateway_JoinMinutesReview'},
    {'id': 'Flow_ToApproveMinutes', 'source': 'Gateway_JoinMinutesReview', 'target': 'Task_ApproveMinutes'},
    {'id': 'Flow_ToMinutesDecision', 'source': 'Task_ApproveMinutes', 'target': 'Gateway_MinutesApproved'},
    {'id': 'Flow_MinutesApproved', 'source': 'Gateway_MinutesApproved', 'target': 'Task_CirculateMinutes',
     'name': 'approved', 'condition': '${minutesDecision == "approve"}'},
    {'id': 'Flow_MinutesReturned', 'source': 'Gateway_MinutesApproved', 'target': 'Task_ReviseMinutes',
     'name': 'returned'},
    {'id': 'Flow_RevisedMinutes', 'source': 'Task_ReviseMinutes', 'target': 'Gateway_JoinMinutesReview',
     'waypoints': [(2495, 370), (2305, 370), (2305, 265)]},
    {'id': 'Flow_ToConfirmationCheck', 'source': 'Task_CirculateMinutes', 'target': 'Gateway_MinutesAlreadyConfirmed'},
    {'id': 'Flow_AwaitNextMeeting', 'source': 'Gateway_MinutesAlreadyConfirmed', 'target': 'Event_MinutesConfirmed',
     'name': 'no'},
    {'id': 'Flow_AlreadyConfirmed', 'source': 'Gateway_MinutesAlreadyConfirmed', 'target': 'Gateway_JoinPublishMinutes',
     'name': 'yes', 'condition': '${meetingRules.minutesConfirmed(meetingId)}',
     'waypoints': [(2785, 215), (2785, 150), (2975, 150), (2975, 215)]},
    {'id': 'Flow_Confirmed', 'source': 'Event_MinutesConfirmed', 'target': 'Gateway_JoinPublishMinutes'},
    {'id': 'Flow_ToPublishMinutes', 'source': 'Gateway_JoinPublishMinutes', 'target': 'Task_PublishMinutes'},
    {'id': 'Flow_Published', 'source': 'Task_PublishMinutes', 'target': 'Event_MinutesPublished'},
]
