#!/usr/bin/env python3
"""Simulated users for scripts/two-nodes.sh: each user works on one node (as a sticky load balancer
would send them) and, for the given time, schedules meetings (which starts their process), drafts
agendas as the clerk, approves them as the chair, and reads the task list, as Tasklist's REST calls
do. Every answer is classified; the summary is printed as key=value lines.

  users.py --ports 8193,8194 --users 20 --seconds 600 --out folder
"""
import argparse, base64, collections, datetime, json, os, random, threading, time, urllib.error, urllib.request

CHAIRS = {"ECG": "priya.shah", "BOARD": "hannah.wells", "BE-HEALTHY": "grace.okafor", "STAY-SAFE": "daniel.price",
          "ENJOY-ACHIEVE": "sophie.marsh", "POSITIVE-CONTRIBUTION": "kwame.mensah", "ECONOMIC-WELLBEING": "leah.fraser"}
CLERK = "clara.jones"

p = argparse.ArgumentParser()
p.add_argument("--ports", required=True)
p.add_argument("--users", type=int, default=20)
p.add_argument("--seconds", type=int, default=600)
p.add_argument("--out", required=True)
p.add_argument("--near", type=float, default=0.25, help="share of meetings scheduled within weeks (their deadline timers fire at once)")
args = p.parse_args()
ports = [int(x) for x in args.ports.split(",")]

lock = threading.Lock()
results = collections.Counter()
examples = {}
slots = []  # (body, date) not used yet: near ones first, mixed in by chance
near_slots, far_slots = [], []


def working_days(start, end):
    d = start
    while d <= end:
        if d.weekday() < 5 and (d.month, d.day) not in {(12, 25), (12, 26), (12, 28), (1, 1)}:
            yield d
        d += datetime.timedelta(days=1)


today = datetime.date.today()
for d in working_days(today + datetime.timedelta(days=3), today + datetime.timedelta(days=30)):
    for body in CHAIRS:
        near_slots.append((body, d.isoformat()))
for d in working_days(today + datetime.timedelta(days=120), today + datetime.timedelta(days=3650)):
    for body in CHAIRS:
        far_slots.append((body, d.isoformat()))
random.shuffle(near_slots)


def next_slot():
    with lock:
        if near_slots and random.random() < args.near:
            return near_slots.pop()
        return far_slots.pop(0)


def call(port, user, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path), data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(("%s:demo" % user).encode()).decode())
    if data is not None:
        req.add_header("Content-Type", "application/json")
    start = time.time()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8", "replace"), time.time() - start
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), time.time() - start
    except Exception as e:  # connection refused, timeout
        return 0, repr(e), time.time() - start


def classify(action, status, body, seconds):
    """ok | explained (a 4xx a person can act on: a conflict, a task someone else completed) | error (5xx, stack trace, no answer)"""
    stack = "\tat " in body or "Exception:" in body and "\"message\"" not in body
    if 200 <= status < 300:
        kind = "ok"
    elif status in (400, 404, 409, 422) and not stack:
        kind = "explained_%d" % status
    else:
        kind = "error"
    with lock:
        results["%s.%s" % (action, kind)] += 1
        results["all.%s" % ("error" if kind == "error" else "ok" if kind == "ok" else "explained")] += 1
        results["slow_over_10s"] += 1 if seconds > 10 else 0
        if kind != "ok":
            key = "%s.%s" % (action, kind)
            examples.setdefault(key, "%d %s" % (status, body[:300].replace("\n", " ")))
    return kind


def one_task(port, user, key, extra=""):
    status, body, _ = call(port, user, "GET", "/engine-rest/task?taskDefinitionKey=%s&maxResults=15%s" % (key, extra))
    if status != 200:
        return None, status, body
    tasks = json.loads(body)
    return (random.choice(tasks) if tasks else None), status, body


def user_loop(n, deadline):
    port = ports[n % len(ports)]
    rnd = random.Random(n)
    while time.time() < deadline:
        action = rnd.choices(["schedule", "draft", "approve", "read"], weights=[2, 3, 3, 2])[0]
        if action == "schedule":
            body, date = next_slot()
            status, text, secs = call(port, CLERK, "POST", "/api/meetings",
                                      {"bodyCode": body, "date": date, "startTime": "10:00", "endTime": "12:00", "place": "Endeavour House"})
            classify("schedule", status, text, secs)
        elif action == "draft":
            task, status, text = one_task(port, CLERK, "Task_DraftAgenda")
            if task is None:
                if status != 200:
                    classify("draft", status, text, 0)
                continue
            status, text, _ = call(port, CLERK, "GET", "/engine-rest/task/%s/form-variables?variableNames=agendaItems,overrunAcknowledged&deserializeValues=false" % task["id"])
            if status != 200:
                classify("draft", status, text, 0)
                continue
            status, text, secs = call(port, CLERK, "POST", "/engine-rest/task/%s/submit-form" % task["id"], {"variables": json.loads(text)})
            classify("draft", status, text, secs)
        elif action == "approve":
            chair = rnd.choice(list(CHAIRS.values()))
            task, status, text = one_task(port, chair, "Task_ApproveAgenda", "&assignee=" + chair)
            if task is None:
                if status != 200:
                    classify("approve", status, text, 0)
                continue
            status, text, secs = call(port, chair, "POST", "/engine-rest/task/%s/submit-form" % task["id"],
                                      {"variables": {"agendaDecision": {"value": "approve"}, "agendaComments": {"value": ""}}})
            classify("approve", status, text, secs)
        else:
            status, text, secs = call(port, CLERK, "GET", "/engine-rest/task?candidateGroup=clerks&maxResults=50")
            classify("read", status, text, secs)
        time.sleep(rnd.uniform(0.2, 1.0))


deadline = time.time() + args.seconds
threads = [threading.Thread(target=user_loop, args=(n, deadline)) for n in range(args.users)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(os.path.join(args.out, "user-results.json"), "w") as f:
    json.dump({"results": results, "examples": examples}, f, indent=1)
print("USERS users=%d seconds=%d nodes=%d requests=%d ok=%d explained=%d errors=%d slow_over_10s=%d" % (
    args.users, args.seconds, len(ports), sum(v for k, v in results.items() if k.startswith("all.")),
    results["all.ok"], results["all.explained"], results["all.error"], results["slow_over_10s"]))
print("USER_ACTIONS " + " ".join("%s=%d" % kv for kv in sorted(results.items()) if not kv[0].startswith("all.") and kv[0] != "slow_over_10s"))
for k, v in sorted(examples.items()):
    print("EXAMPLE %s: %s" % (k, v))
