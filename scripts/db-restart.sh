#!/usr/bin/env bash
# PostgreSQL stopped and started again while users work (see README "Reliability scripts").
#
#   scripts/db-restart.sh [--down SECONDS (30)] [--before SECONDS (20)] [--after SECONDS (30)]
#
# Starts Debian's PostgreSQL in a scratch folder and the packaged application with the postgres
# profile, then keeps two users busy (one schedules meetings through POST /api/meetings, one reads
# Tasklist's task list through the engine REST API, about two requests a second each) and a load
# balancer's health check (GET /actuator/health every second). After --before seconds PostgreSQL is
# stopped (pg_ctl stop -m fast) for --down seconds, then started again. Prints, per phase, how the
# requests were answered, by the phase in which they were sent (status counts, slowest answer), then whether every acknowledged meeting
# is there with its process instance, whether the job executor ran the jobs made before and after
# the outage, and the failed jobs and incidents left. Ports: application 8192, SMTP sink 2592,
# PostgreSQL 55441 (override APP_PORT, MAIL_PORT, PG_PORT).
set -euo pipefail
. "$(dirname "$0")/lib/reliability.sh"
DOWN=30 BEFORE=20 AFTER=30
while [ $# -gt 0 ]; do
  case "$1" in
    --down) DOWN=$2; shift 2 ;; --before) BEFORE=$2; shift 2 ;; --after) AFTER=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
APP_PORT=${APP_PORT:-8192} MAIL_PORT=${MAIL_PORT:-2592} PG_PORT=${PG_PORT:-55441}
WORK=$(mktemp -d /tmp/reliability-dbrestart-XXXX)
trap cleanup EXIT
JAR=$(jar)
log "scratch folder $WORK"
start_sink "$WORK/mail" "$MAIL_PORT"
pg_init "$WORK/pg" "$PG_PORT"
app_start app "$APP_PORT" "$MAIL_PORT" pg
wait_up "$APP_PORT"
PHASE_FILE="$WORK/phase"; echo before >"$PHASE_FILE"
REQUESTS="$WORK/requests.txt"; : >"$REQUESTS"
STOP_FILE="$WORK/stop"

record() { # record <phase when the request was sent> <kind> <curl output "status seconds">
  echo "$1 $2 $3" >>"$REQUESTS"
}
scheduler() {
  local day out phase
  for day in $(working_days); do
    [ -f "$STOP_FILE" ] && return
    phase=$(cat "$PHASE_FILE")
    out=$(curl -s -o "$WORK/last-schedule.json" -m 120 -u "$ADMIN_USER:demo" -H 'Content-Type: application/json' \
      -w '%{http_code} %{time_total}' -X POST "http://127.0.0.1:$APP_PORT/api/meetings" \
      -d "{\"bodyCode\":\"ECG\",\"date\":\"$day\",\"startTime\":\"14:00\",\"endTime\":\"16:30\",\"place\":\"Rose Room\"}" || echo "000 0")
    record "$phase" schedule "$out"
    [ "${out%% *}" = 201 ] && echo "ECG-$day" >>"$WORK/acknowledged"
    [ "${out%% *}" = 503 ] && cp "$WORK/last-schedule.json" "$WORK/example-503.json"
    sleep 0.5
  done
}
reader() {
  local phase
  while [ ! -f "$STOP_FILE" ]; do
    phase=$(cat "$PHASE_FILE")
    record "$phase" tasks "$(curl -s -o /dev/null -m 120 -u clara.jones:demo -w '%{http_code} %{time_total}' \
      "http://127.0.0.1:$APP_PORT/engine-rest/task?candidateGroup=clerks&maxResults=20" || echo "000 0")"
    sleep 0.5
  done
}
health() {
  local phase
  while [ ! -f "$STOP_FILE" ]; do
    phase=$(cat "$PHASE_FILE")
    record "$phase" health "$(curl -s -o /dev/null -m 120 -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT/actuator/health" || echo "000 0")"
    sleep 1
  done
}
: >"$WORK/acknowledged"
scheduler & PIDS+=($!)
reader & PIDS+=($!)
health & PIDS+=($!)
sleep "$BEFORE"
log "stopping PostgreSQL for ${DOWN}s"
echo down >"$PHASE_FILE"
pg_stop fast
sleep "$DOWN"
pg_start
echo after >"$PHASE_FILE"
log "PostgreSQL started again"
sleep "$AFTER"
touch "$STOP_FILE"
sleep 3

# the job executor: every acknowledged meeting's first step (Collect agenda items, a job) must run.
# A job the executor had fetched when the database went away stays locked until its lock expires
# (camunda.bpm.job-execution.lock-time-in-millis, 5 minutes by default): wait up to 7 minutes.
count() { curl -s -u "$ADMIN_USER:demo" "http://127.0.0.1:$APP_PORT$1" | json 'd["count"]'; }
ACKED=$(wc -l <"$WORK/acknowledged")
first_steps() {
  local ref n=0
  for ref in $(cat "$WORK/acknowledged"); do
    [ "$(count "/engine-rest/task/count?processInstanceBusinessKey=$ref&taskDefinitionKey=Task_DraftAgenda")" = 1 ] && n=$((n + 1))
  done
  echo $n
}
WAIT_START=$SECONDS
DRAFTS=$(first_steps); DRAFTS_AT_END_OF_RUN=$DRAFTS
while [ "$DRAFTS" -lt "$ACKED" ] && [ $((SECONDS - WAIT_START)) -lt 420 ]; do sleep 10; DRAFTS=$(first_steps); done
WAITED=$((SECONDS - WAIT_START))
ROWS=0 INSTANCES=0
for ref in $(cat "$WORK/acknowledged"); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN_USER:demo" "http://127.0.0.1:$APP_PORT/api/meetings/$ref")" = 200 ] && ROWS=$((ROWS + 1))
  [ "$(count "/engine-rest/history/process-instance/count?processDefinitionKey=AgendaToMinutes&processInstanceBusinessKey=$ref")" = 1 ] && INSTANCES=$((INSTANCES + 1))
done
ALL_INSTANCES=$(count '/engine-rest/history/process-instance/count?processDefinitionKey=AgendaToMinutes')
PENDING=$(count '/engine-rest/job/count?processDefinitionKey=AgendaToMinutes&executable=true')
FAILED=$(count '/engine-rest/job/count?withException=true')
INCIDENTS=$(count '/engine-rest/incident/count')
kill9 "$APP_PID"

python3 - "$REQUESTS" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for phase in ("before", "down", "after"):
    for kind in ("schedule", "tasks", "health"):
        sel = [r for r in rows if r[0] == phase and r[1] == kind]
        if not sel:
            continue
        codes = collections.Counter(r[2] for r in sel)
        times = sorted(float(r[3]) for r in sel)
        print("REQUESTS phase=%s kind=%s n=%d statuses=%s slowest=%.1fs median=%.2fs" % (
            phase, kind, len(sel), ",".join("%s:%d" % kv for kv in sorted(codes.items())), times[-1], times[len(times) // 2]))
PY
echo "OUTCOME down=${DOWN}s acknowledged_meetings=$ACKED meetings_present=$ROWS instances_present=$INSTANCES first_step_run_when_users_stopped=$DRAFTS_AT_END_OF_RUN first_step_run=$DRAFTS waited_for_jobs=${WAITED}s all_instances=$ALL_INSTANCES due_jobs_left=$PENDING failed_jobs=$FAILED incidents=$INCIDENTS"
[ -f "$WORK/example-503.json" ] && echo "EXAMPLE_503 $(cat "$WORK/example-503.json")"
log "logs in $WORK"
