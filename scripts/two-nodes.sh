#!/usr/bin/env bash
# Two application nodes on one PostgreSQL, with simulated users (see README "Reliability scripts").
#
#   scripts/two-nodes.sh [--users N (20)] [--minutes M (10)] [--short]   (--short: 5 users, 1 minute)
#
# Starts Debian's PostgreSQL in a scratch folder and two nodes of the packaged application with the
# postgres profile (the job executor on both; the second started when the first is UP, as
# deployment/README.md says), an SMTP sink outside both, then N users (scripts/lib/users.py), each
# on one node, scheduling meetings (a quarter of them within weeks, so that their "publication
# deadline near" timers fire at once), drafting and approving agendas, and reading the task list.
# Prints what the users saw (answers that were errors: 5xx, a stack trace, no answer; answers that
# explained a conflict: 409/404/422 with a message), then the jobs executed more than once (steps
# completed twice in one process instance, identical e-mails sent twice), the timers fired more
# than once, and the failed jobs and incidents. Ports: nodes 8193 and 8194, SMTP sink 2593,
# PostgreSQL 55442 (override NODE1_PORT, NODE2_PORT, MAIL_PORT, PG_PORT).
set -euo pipefail
. "$(dirname "$0")/lib/reliability.sh"
USERS=20 MINUTES=10
while [ $# -gt 0 ]; do
  case "$1" in
    --users) USERS=$2; shift 2 ;; --minutes) MINUTES=$2; shift 2 ;;
    --short) USERS=5; MINUTES=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
NODE1_PORT=${NODE1_PORT:-8193} NODE2_PORT=${NODE2_PORT:-8194} MAIL_PORT=${MAIL_PORT:-2593} PG_PORT=${PG_PORT:-55442}
WORK=$(mktemp -d /tmp/reliability-twonodes-XXXX)
trap cleanup EXIT
JAR=$(jar)
log "scratch folder $WORK"
start_sink "$WORK/mail" "$MAIL_PORT"
pg_init "$WORK/pg" "$PG_PORT"
# each node names itself in the job log (ACT_HI_JOB_LOG.HOSTNAME_), so the jobs each executed can be counted
app_start node1 "$NODE1_PORT" "$MAIL_PORT" pg --camunda.bpm.generic-properties.properties.hostname=node1; NODE1=$APP_PID
wait_up "$NODE1_PORT"
app_start node2 "$NODE2_PORT" "$MAIL_PORT" pg --camunda.bpm.generic-properties.properties.hostname=node2; NODE2=$APP_PID
wait_up "$NODE2_PORT"
log "two nodes up; $USERS users for $MINUTES minute(s)"
python3 "$ROOT/scripts/lib/users.py" --ports "$NODE1_PORT,$NODE2_PORT" --users "$USERS" --seconds $((MINUTES * 60)) --out "$WORK"

# let the jobs the users started finish (both job executors still running)
count() { curl -s -u "$ADMIN_USER:demo" "http://127.0.0.1:$NODE1_PORT$1" | json 'd["count"]'; }
deadline=$((SECONDS + 180))
while [ "$(count '/engine-rest/job/count?executable=true&withRetriesLeft=true&active=true')" -gt 0 ] && [ $SECONDS -lt $deadline ]; do sleep 5; done
sleep 5
FAILED=$(count '/engine-rest/job/count?withException=true')
INCIDENTS=$(count '/engine-rest/incident/count')
INSTANCES=$(count '/engine-rest/history/process-instance/count?processDefinitionKey=AgendaToMinutes')
# how often each step ran per process instance, from the history (both nodes write to it)
twice() { # twice <activity id>: "<instances where it completed> <instances where it completed more than once>"
  sql "select count(*), count(*) filter (where n > 1) from (select proc_inst_id_, count(*) n from act_hi_actinst
       where act_id_ = '$1' and end_time_ is not null group by proc_inst_id_) t" | tr '|' ' '
}
read -r COLLECTED COLLECTED2 < <(twice Task_CollectAgendaItems)
read -r PUBLISHED PUBLISHED2 < <(twice Task_PublishAgenda)
read -r SENT SENT2 < <(twice Task_SendAgenda)
read -r TIMERS TIMERS2 < <(twice Event_PublicationDeadlineNear)
read -r WARNED WARNED2 < <(twice Task_WarnClerkOfDeadline)
# jobs executed per node (successful executions in the job log), and jobs executed successfully more than once
BY_NODE=$(sql "select string_agg(hostname_ || ':' || n, ' ' order by hostname_) from (select hostname_, count(*) n from act_hi_job_log
       where job_state_ = 2 group by hostname_) t")
read -r JOBS_DONE JOBS_TWICE JOBS_BOTH < <(sql "select count(*), count(*) filter (where n > 1), count(*) filter (where hosts > 1)
       from (select job_id_, count(*) n, count(distinct hostname_) hosts from act_hi_job_log where job_state_ = 2 group by job_id_) t" | tr '|' ' ')
read -r JOB_FAILURES < <(sql "select count(*) from act_hi_job_log where job_state_ = 1")
MAILS=$(python3 - "$WORK/mail" <<'PY'
import email, os, sys, collections, hashlib
folder = sys.argv[1]
seen = collections.Counter()
for name in os.listdir(folder):
    if name.startswith('.'):
        continue
    with open(os.path.join(folder, name), 'rb') as f:
        msg = email.message_from_binary_file(f)
    body = msg.get_payload(decode=True) or b''
    seen[(msg.get('Subject', ''), msg.get('X-Sink-Recipients', ''), hashlib.sha256(body).hexdigest())] += 1
print("mails=%d distinct=%d sent_twice=%d" % (sum(seen.values()), len(seen), sum(1 for c in seen.values() if c > 1)))
PY
)
kill9 "$NODE1"; kill9 "$NODE2"
echo "JOBS instances=$INSTANCES collect_ran=$COLLECTED collect_twice=$COLLECTED2 publish_ran=$PUBLISHED publish_twice=$PUBLISHED2 send_ran=$SENT send_twice=$SENT2 failed_jobs=$FAILED incidents=$INCIDENTS"
echo "JOBLOG jobs_executed=$JOBS_DONE jobs_executed_twice=$JOBS_TWICE jobs_executed_on_both_nodes=$JOBS_BOTH job_failures_logged=$JOB_FAILURES jobs_done_by_node=[$BY_NODE]"
echo "TIMERS deadline_timers_fired=$TIMERS fired_twice=$TIMERS2 clerk_warned=$WARNED warned_twice=$WARNED2"
echo "MAILS $MAILS"
log "logs in $WORK"
