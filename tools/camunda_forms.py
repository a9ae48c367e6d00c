#!/usr/bin/env python3
"""Writes the Camunda Forms (form-js schema 16, as Camunda 7.24 Tasklist renders) in forms/.

    python3 tools/camunda_forms.py forms/

Each form is built from small helpers so labels, keys and validation stay consistent.
The .form files are the source of truth once written; edit them in Camunda Modeler or here.
"""
import json
import os
import re
import sys

_ids = {}


def _id(kind, key):
    base = f'Field_{re.sub(r"[^A-Za-z0-9]", "", key[:1].upper() + key[1:])}'
    n = _ids.get(base, 0)
    _ids[base] = n + 1
    return base if n == 0 else f'{base}{n + 1}'


def text(markdown, key='intro'):
    return {'type': 'text', 'text': markdown, 'id': _id('text', key)}


def textfield(key, label, required=False, readonly=False, description=None, pattern=None):
    c = {'type': 'textfield', 'key': key, 'label': label, 'id': _id('textfield', key)}
    if required or pattern:
        c['validate'] = {}
        if required:
            c['validate']['required'] = True
        if pattern:
            c['validate']['pattern'] = pattern
    if readonly:
        c['readonly'] = True
    if description:
        c['description'] = description
    return c


def textarea(key, label, required=False, readonly=False, description=None):
    c = textfield(key, label, required, readonly, description)
    c['type'] = 'textarea'
    return c


def number(key, label, required=False, readonly=False, minimum=None):
    c = {'type': 'number', 'key': key, 'label': label, 'id': _id('number', key)}
    validate = {}
    if required:
        validate['required'] = True
    if minimum is not None:
        validate['min'] = minimum
    if validate:
        c['validate'] = validate
    if readonly:
        c['readonly'] = True
    return c


def checkbox(key, label, description=None):
    c = {'type': 'checkbox', 'key': key, 'label': label, 'id': _id('checkbox', key)}
    if description:
        c['description'] = description
    return c


def select(key, label, values, required=False, kind='select'):
    c = {'type': kind, 'key': key, 'label': label, 'id': _id(kind, key),
         'values': [{'label': l, 'value': v} for v, l in values]}
    if required:
        c['validate'] = {'required': True}
    return c


def date(key, label, required=False):
    c = {'type': 'datetime', 'subtype': 'date', 'dateLabel': label, 'key': key, 'id': _id('date', key)}
    if required:
        c['validate'] = {'required': True}
    return c


def dynamic_list(path, label, components, repetitions=1):
    return {'type': 'dynamiclist', 'path': path, 'label': label, 'id': _id('list', path),
            'isRepeating': True, 'allowAddRemove': True, 'defaultRepetitions': repetitions,
            'showOutline': True, 'components': components}


def row(name, *placed):
    """Puts components side by side: row(name, (component, columns), ...); 16 columns make a line."""
    for component, columns in placed:
        component['layout'] = {'row': name, 'columns': columns}
    return [component for component, _ in placed]


def form(form_id, components):
    return {'id': form_id, 'type': 'default', 'schemaVersion': 16,
            'executionPlatform': 'Camunda Platform', 'executionPlatformVersion': '7.24.0',
            'exporter': {'name': 'tools/camunda_forms.py', 'version': '1.0'},
            'components': components}


TIME = r'^([01][0-9]|2[0-3]):[0-5][0-9]$'
BODIES = [('ECG', "Children's Trust Executive Commissioning Group"), ('BOARD', "Children's Trust Board"),
          ('BE-HEALTHY', 'Be Healthy outcome group'), ('STAY-SAFE', 'Stay Safe outcome group'),
          ('ENJOY-ACHIEVE', 'Enjoy and Achieve outcome group'),
          ('POSITIVE-CONTRIBUTION', 'Make a Positive Contribution outcome group'),
          ('ECONOMIC-WELLBEING', 'Achieve Economic Well-being outcome group'),
          ('SSP-PMG', 'SSP Performance Management Group')]
ATTACHMENTS = [('NONE', 'None'), ('PRESENTATION', 'Presentation'), ('REPORT', 'Report'),
               ('REPORT_TO_FOLLOW', 'Report to follow')]
ATTENDANCE = [('PRESENT', 'Present'), ('APOLOGIES', 'Apologies'), ('SUBSTITUTE', 'Substitute'), ('ABSENT', 'Absent')]
OUTCOMES = [('NOTED', 'Noted'), ('APPROVED', 'Approved'), ('APPROVED_WITH_AMENDMENTS', 'Approved with amendments'),
            ('REJECTED', 'Rejected'), ('DEFERRED', 'Deferred to the next meeting')]
INTERESTS = [('PERSONAL', 'Personal'), ('FINANCIAL', 'Financial'), ('SERVICE', 'Service-related')]


def meeting_record(intro):
    return [
        text(intro),
        textarea('minutesSummary', 'The minutes as they stand', readonly=True),
        dynamic_list('attendance', 'Attendance', [
            *row('Row_Person', (textfield('personName', 'Name', required=True), 5),
                 (textfield('organisation', 'Organisation'), 5), (select('status', 'Status', ATTENDANCE, required=True), 3),
                 (checkbox('chair', 'Chaired the meeting'), 3)),
            *row('Row_Substitute', (textfield('substituteFor', 'Substitute for'), 10)),
        ]),
        dynamic_list('itemMinutes', 'Minutes of each item', [
            *row('Row_Item', (number('number', 'No.', readonly=True), 2), (textfield('description', 'Item', readonly=True), 14)),
            *row('Row_Business', (textarea('business', 'Business considered'), 8), (textarea('factsNoted', 'Facts noted'), 8)),
            *row('Row_Outcome', (select('outcome', 'Outcome', OUTCOMES, required=True), 6),
                 (textfield('leads', 'Lead officer(s)'), 10)),
            *row('Row_Decision', (textarea('decision', 'Decision taken'), 8),
                 (textarea('rationale', 'Rationale for the decision'), 8)),
        ]),
        dynamic_list('declarations', 'Declarations of interest', [
            *row('Row_Declaration', (number('itemNumber', 'Item number', required=True, minimum=1), 3),
                 (textfield('personName', 'Who declared', required=True), 5),
                 (select('kind', 'Kind of interest', INTERESTS, required=True), 4), (textfield('details', 'Details'), 4)),
        ], repetitions=0),
        dynamic_list('actions', 'Actions', [
            *row('Row_Action', (number('itemNumber', 'Item number', minimum=1), 3),
                 (textfield('description', 'Action', required=True), 13)),
            *row('Row_Owner', (textfield('ownerName', 'Owner', required=True), 5),
                 (textfield('ownerEmail', 'Owner e-mail'), 6), (date('dueDate', 'Due date', required=True), 5)),
        ], repetitions=0),
        textarea('anyOtherBusiness', 'Any other business'),
        textfield('nextMeetingNote', 'Date, time and place of next meeting',
                  description='For example: 18 May, 2:00 to 4:30pm, Endeavour House, Rose Room'),
    ]


FORMS = {
    'scheduleMeeting': form('scheduleMeeting', [
        text('## Schedule a meeting\nThe meeting gets its own agenda-to-minutes process. Times and place default to '
             "the body's usual ones when left empty."),
        select('bodyCode', 'Governance body', BODIES, required=True),
        date('meetingDate', 'Date of the meeting', required=True),
        textfield('startTime', 'Start time (HH:MM)', pattern=TIME),
        textfield('endTime', 'End time (HH:MM)', pattern=TIME),
        textfield('place', 'Place'),
    ]),
    'draftAgenda': form('draftAgenda', [
        text('## Draft the agenda\nItems run in the order listed; start times follow from the durations. '
             'Add a row for a new item (leave its number empty); remove a row to take an item off. '
             'Items that are not Part A need the reason they are exempt from publication. '
             'When you have changed the list, press **Save** and then **Complete**.'),
        textarea('agendaSummary', 'The agenda as it stands', readonly=True),
        dynamic_list('agendaItems', 'Agenda items', [
            *row('Row_Item', (number('number', 'No.', readonly=True), 2),
                 (textfield('description', 'Item description', required=True), 14)),
            *row('Row_Lead', (textfield('leadOfficer', 'Lead officer'), 6),
                 (number('durationMinutes', 'Minutes', required=True, minimum=1), 3),
                 (select('attachmentKind', 'Attachment', ATTACHMENTS), 7)),
            *row('Row_Publication', (textfield('attachmentTitle', 'Attachment title'), 6),
                 (checkbox('publicItem', 'Part A (public)'), 4),
                 (textfield('exemptReason', 'Exempt because (not Part A)'), 6)),
        ]),
        checkbox('overrunAcknowledged', 'Accept the overrun',
                 description='Tick only if the items may run past the end time of the meeting.'),
    ]),
    'approveAgenda': form('approveAgenda', [
        text('## Approve the agenda\nOnce approved, the agenda is published to the members.'),
        textarea('agendaSummary', 'Draft agenda', readonly=True),
        select('agendaDecision', 'Your decision', [('approve', 'Approve the agenda'),
                                                   ('return', 'Send it back to the clerk')], required=True,
               kind='radio'),
        textarea('agendaComments', 'Comments for the clerk', description='Required when you send it back.'),
    ]),
    'recordUrgencyReason': form('recordUrgencyReason', [
        text("## The agenda is late\nIt can no longer be published with the body's clear working days' notice. "
             'Record why it must still go to this meeting.'),
        textarea('agendaSummary', 'Agenda', readonly=True),
        textarea('latePublicationReason', 'Reason for publishing late', required=True),
    ]),
    'recordMeeting': form('recordMeeting', meeting_record(
        '## Record the meeting\nMark who came, what was decided on each item and why, interests declared and '
        'actions given. Choose "Deferred" for an item that comes back at the next meeting: it is put on the next '
        'agenda automatically.\n\nWhen the lists are filled in, press **Save** and then **Complete**.')),
    'reviseMinutes': form('reviseMinutes', meeting_record(
        "## Revise the minutes\nThe chair returned the draft: their comments are at the end of the minutes below.\n\n"
        'When the lists are filled in, press **Save** and then **Complete**.')),
    'approveMinutes': form('approveMinutes', [
        text('## Approve the draft minutes\nApproved minutes are circulated to members and put to the next '
             'meeting for approval as a true record.'),
        textarea('minutesSummary', 'Draft minutes', readonly=True),
        select('minutesDecision', 'Your decision', [('approve', 'Approve the draft minutes'),
                                                    ('return', 'Return them to the clerk')], required=True,
               kind='radio'),
        textarea('minutesComments', 'Comments for the clerk', description='Required when you return them.'),
    ]),
}

if __name__ == '__main__':
    target = sys.argv[1]
    for name, definition in FORMS.items():
        with open(os.path.join(target, name + '.form'), 'w', encoding='utf-8') as f:
            json.dump(definition, f, indent=2, ensure_ascii=False)
            f.write('\n')
