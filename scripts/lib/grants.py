#!/usr/bin/env python3
"""The grant workloads of scripts/crash-trials.sh, through the application's REST API as the demo users
do in Tasklist (engine REST) and the API:

  grants.py --port P prg-prepare <year> <deadline>  a PRG round <year>/<yy> opened (Partnerships Team), the
                                                    Trust's proposal started (commissioning officer), the ECG's
                                                    recommendation, the draft (officer); waits at "Sign off";
                                                    prints the proposal's reference
  grants.py --port P prg-signoff <reference>        the ECG chair signs it off (the "Submit to the Partnerships
                                                    Team" job follows); prints the reference when answered 204
  grants.py --port P abg-prepare <year>             an ABG year <year>/<yy> opened, grant lines loaded and the
                                                    rule's allocations reviewed (commissioning officer), the
                                                    Management Group's approval; waits for the Board; prints
                                                    the business key
  grants.py --port P abg-decide <business key>      the Board's approval (then "Record the approved allocations"
                                                    and "Send funding letters"); prints the key when answered 204

A governance body's decision comes from a meeting: the meetings feature correlates the message
"DecisionTaken" to the waiting GovernanceDecision instance when the clerk minutes it. Holding a meeting
per decision would make each trial several minutes long, so these workloads send that same message
through the engine REST API as the administrator (POST /engine-rest/message), with the outcome,
rationale and meeting reference the minutes would give. Everything else goes through the forms.
"""
import base64, json, sys, time, urllib.error, urllib.request

PORT = 8190
ADMIN, OFFICER, PARTNERSHIPS, ECG_CHAIR = "admin", "imran.qureshi", "ruth.adeyemi", "priya.shah"
CSV = """reference,grant name,grant this year,previous allocation,actual spend two years ago,actual spend last year,activity,lead officer,host outcome group,LAA target,CYPP priority
CDR,Child death review,52000,50000,,,Child death review,peter.walsh,outcome-stay-safe,NI 59 Initial assessments within 7 days,Safeguarding
CSC-WORKFORCE,Children's social care workforce,210000,195000,,,Children's social care workforce training,peter.walsh,outcome-stay-safe,NI 60 Core assessments within 35 days,Safeguarding
SUBSTANCE-MISUSE,Young people's substance misuse,98500,90000,,,Young people's substance misuse service,nadia.karim,outcome-be-healthy,NI 115 Substance misuse by young people,Substance misuse
EXTENDED-SCHOOLS,Extended schools,320000,180000,,,Extended schools: access to activities,nadia.karim,outcome-enjoy-achieve,NI 92 Early years attainment gap,Enjoy and achieve"""


def call(user, method, path, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (PORT, path), data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(("%s:demo" % user).encode()).decode())
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            text = r.read().decode()
            return r.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        text = e.read().decode("utf-8", "replace")
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, text


def until(what, fn, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = fn()
        if value:
            return value
        time.sleep(0.5)
    raise SystemExit("gave up waiting for " + what)


def task(pi, key):
    status, tasks = call(ADMIN, "GET", "/engine-rest/task?processInstanceId=%s&taskDefinitionKey=%s" % (pi, key))
    return tasks[0]["id"] if status == 200 and tasks else None


def submit(user, task_id, variables):
    status, body = call(user, "POST", "/engine-rest/task/%s/submit-form" % task_id, {"variables": variables})
    if status != 204:
        raise SystemExit("%s's submit of task %s answered %d %s" % (user, task_id, status, str(body)[:300]))


def waiting_decision(pi, exclude=()):
    """The GovernanceDecision instance called by pi that waits for the minuted decision."""
    status, children = call(ADMIN, "GET", "/engine-rest/process-instance?superProcessInstance=%s" % pi)
    for child in children if status == 200 else []:
        if child["id"] in exclude:
            continue
        s, execs = call(ADMIN, "GET", "/engine-rest/execution?processInstanceId=%s&activityId=Task_AwaitDecision" % child["id"])
        if s == 200 and execs:
            return child["id"]
    return None


def decide(child, outcome, meeting, rationale):
    return call(ADMIN, "POST", "/engine-rest/message", {
        "messageName": "DecisionTaken", "processInstanceId": child,
        "processVariables": {"decisionOutcome": {"value": outcome}, "decisionRationale": {"value": rationale},
                             "decisionMeeting": {"value": meeting}}})


def instance_of(key, business_key):
    status, found = call(ADMIN, "GET", "/engine-rest/process-instance?processDefinitionKey=%s&businessKey=%s" % (key, business_key))
    return found[0]["id"] if status == 200 and found else None


def prg_prepare(year, deadline):
    fy = "%d/%02d" % (year, (year + 1) % 100)
    status, round_ = call(PARTNERSHIPS, "POST", "/api/prg/rounds", {
        "name": "Performance Reward Grant %s (crash trial)" % fy, "financialYear": fy, "total": 200000,
        "partnerships": ["Children's Trust Delivery Partnership", "Safer Suffolk Partnership", "Older People's Partnership"],
        "deadline": deadline})
    if status != 201:
        raise SystemExit("opening PRG round %s answered %d %s" % (fy, status, str(round_)[:300]))
    status, started = call(OFFICER, "POST", "/engine-rest/process-definition/key/PrgProposal/submit-form",
                           {"variables": {"roundReference": {"value": round_["reference"]}}})
    if status != 200:
        raise SystemExit("starting the PRG proposal answered %d %s" % (status, str(started)[:300]))
    pi = started["id"]
    child = until("the ECG's decision request", lambda: waiting_decision(pi))
    status, body = decide(child, "APPROVED", "ECG-%d-01-07" % year, "Recommend a young carers' project (crash trial)")
    if status not in (200, 204):
        raise SystemExit("the ECG's decision answered %d %s" % (status, str(body)[:300]))
    draft = until("Draft the PRG proposal", lambda: task(pi, "Task_DraftProposal"))
    text = lambda v: {"value": v}
    submit(OFFICER, draft, {
        "projectTitle": text("Young carers' breaks and peer support"),
        "outline": text("Short breaks and peer groups for young carers across the county."),
        "additionality": text("Goes beyond the Trust's action plan, which funds identification only."),
        "innovationEvidence": text("Learning from the young carers pilots."), "matchFunding": text("£20,000 from the PCT"),
        "communityOutcomes": text("Healthier and safer communities"), "laaTargets": text("NI 50, NI 110"),
        "crossCuttingPrinciples": text("Equality and inclusion"),
        "partners": {"value": json.dumps([{"organisation": "Suffolk County Council"}, {"organisation": "NHS Suffolk"}]), "type": "Json"},
        "lessPlan": text("Breaks for 30 instead of 40 families."), "moreValue": text("A third peer group in West Suffolk.")})
    until("Sign off the PRG proposal", lambda: task(pi, "Task_SignOffProposal"))
    status, inst = call(ADMIN, "GET", "/engine-rest/process-instance/%s" % pi)
    print(inst["businessKey"])


def prg_signoff(reference):
    pi = instance_of("PrgProposal", reference)
    t = task(pi, "Task_SignOffProposal") if pi else None
    if not t:
        return
    status, _ = call(ECG_CHAIR, "POST", "/engine-rest/task/%s/submit-form" % t, {"variables": {
        "signOffDecision": {"value": "approve"}, "signOffComments": {"value": ""}, "lateReason": {"value": ""}}})
    if status == 204:
        print(reference)


def abg_prepare(year):
    fy = "%d/%02d" % (year, (year + 1) % 100)
    status, started = call(OFFICER, "POST", "/engine-rest/process-definition/key/AbgAnnualAllocation/submit-form", {"variables": {
        "financialYear": {"value": fy}, "fundingPercent": {"value": "94"}, "reallocationPolicy": {"value": "SKIP"}}})
    if status != 200:
        raise SystemExit("opening ABG year %s answered %d %s" % (fy, status, str(started)[:300]))
    pi = started["id"]
    submit(OFFICER, until("Load grant lines", lambda: task(pi, "Task_LoadGrantLines")), {"grantLinesCsv": {"value": CSV}})
    review = until("Review allocations", lambda: task(pi, "Task_ReviewAllocations"))
    status, form = call(OFFICER, "GET", "/engine-rest/task/%s/form-variables?variableNames=allocationRows&deserializeValues=false" % review)
    submit(OFFICER, review, form)
    mg = until("the Management Group's decision request", lambda: waiting_decision(pi))
    status, body = decide(mg, "APPROVED", "ECG-%d-01-07" % year, "Allocations approved (crash trial)")
    if status not in (200, 204):
        raise SystemExit("the Management Group's decision answered %d %s" % (status, str(body)[:300]))
    until("the Board's decision request", lambda: waiting_decision(pi, exclude=(mg,)))
    status, inst = call(ADMIN, "GET", "/engine-rest/process-instance/%s" % pi)
    print(inst["businessKey"])


def abg_decide(business_key):
    pi = instance_of("AbgAnnualAllocation", business_key)
    board = waiting_decision(pi) if pi else None
    if not board:
        return
    status, _ = decide(board, "APPROVED", "BOARD-%s-01-27" % business_key[4:8], "Allocations approved (crash trial)")
    if status in (200, 204):
        print(business_key)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "--port":
        PORT = int(args[1])
        args = args[2:]
    try:
        {"prg-prepare": lambda: prg_prepare(int(args[1]), args[2]), "prg-signoff": lambda: prg_signoff(args[1]),
         "abg-prepare": lambda: abg_prepare(int(args[1])), "abg-decide": lambda: abg_decide(args[1])}[args[0]]()
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        # the application was killed under the call
        sys.stderr.write("%s: %r\n" % (args[0], e))
        sys.exit(1)
