#!/usr/bin/env bash
# Crash safety under kill -9, on the packaged application (see README "Reliability scripts").
#
#   scripts/crash-trials.sh [h2|pg] [options]
#     --meetings N     part 1: meetings scheduled through POST /api/meetings before the kill (30)
#     --trials N       part 2: kill -9 trials while the agenda jobs run (20)
#     --per-trial N    meetings whose agenda is approved (and then published and sent) per trial (3)
#     --max-delay MS   the kill comes at a random moment 0..MS ms after the first approval was acknowledged (1500)
#     --h2-url-extra S appended to the H2 URL of a fresh data folder (e.g. ';WRITE_DELAY=500' shows the old loss)
#
# Part 1: schedule meetings one after the other, kill -9 straight after the last 201, start again on
# the same data: every acknowledged meeting must still have its row and its process instance.
# Part 2: per trial, schedule meetings, draft and approve their agendas (Tasklist's REST calls, as the
# clerk and the chair), kill -9 at a random moment while "Publish agenda" and "Send agenda to members"
# run, start again on the same data. At the end: every approved agenda published and sent exactly
# once (mails counted in an SMTP sink outside the application), no process instance lost, no failed
# job, no incident. Ports: application 8190, SMTP sink 2590, PostgreSQL 55440 (override APP_PORT,
# MAIL_PORT, PG_PORT).
set -euo pipefail
. "$(dirname "$0")/lib/reliability.sh"

DB=${1:-h2}; [ $# -gt 0 ] && shift
MEETINGS=30 TRIALS=20 PER_TRIAL=3 MAX_DELAY=1500 H2_EXTRA=""
while [ $# -gt 0 ]; do
  case "$1" in
    --meetings) MEETINGS=$2; shift 2 ;;
    --trials) TRIALS=$2; shift 2 ;;
    --per-trial) PER_TRIAL=$2; shift 2 ;;
    --max-delay) MAX_DELAY=$2; shift 2 ;;
    --h2-url-extra) H2_EXTRA=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
APP_PORT=${APP_PORT:-8190} MAIL_PORT=${MAIL_PORT:-2590} PG_PORT=${PG_PORT:-55440}
WORK=$(mktemp -d /tmp/reliability-crash-XXXX)
trap cleanup EXIT
JAR=$(jar)
log "scratch folder $WORK, database $DB"
start_sink "$WORK/mail" "$MAIL_PORT"
[ "$DB" = pg ] && pg_init "$WORK/pg" "$PG_PORT"

EXTRA=(--camunda.bpm.job-execution.lock-time-in-millis=20000)
if [ "$DB" = h2 ] && [ -n "$H2_EXTRA" ]; then
  EXTRA+=("--spring.datasource.url=jdbc:h2:file:$WORK/app-data/commissioning;DB_CLOSE_ON_EXIT=FALSE$H2_EXTRA")
fi
start() { app_start app "$APP_PORT" "$MAIL_PORT" "$DB" "${EXTRA[@]}"; wait_up "$APP_PORT"; }
mapfile -t DAYS < <(working_days)
DAY_INDEX=0
STARTS=0

schedule() { # schedule <date>: prints the meeting's reference, or nothing when not acknowledged
  local day=$1 out code
  out=$(api "$APP_PORT" "$ADMIN_USER" POST /api/meetings \
    "{\"bodyCode\":\"ECG\",\"date\":\"$day\",\"startTime\":\"14:00\",\"endTime\":\"16:30\",\"place\":\"Rose Room\"}" || true)
  code=$(tail -1 <<<"$out")
  [ "$code" = 201 ] && head -n -1 <<<"$out" | json 'd["reference"]'
  return 0
}
instances() { # process instances (running or ended) of a meeting
  api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/history/process-instance/count?processDefinitionKey=AgendaToMinutes&processInstanceBusinessKey=$1" | head -1 | json 'd["count"]'
}
task_id() { # task_id <reference> <task definition key>: waits up to 90 s for the task
  local i out
  for i in $(seq 90); do
    out=$(api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/task?processInstanceBusinessKey=$1&taskDefinitionKey=$2" | head -1)
    if [ "$out" != "[]" ] && [ -n "$out" ]; then json 'd[0]["id"]' <<<"$out"; return 0; fi
    sleep 1
  done
  return 1
}

# ---------------- part 1: acknowledged writes survive kill -9 ----------------
start; STARTS=$((STARTS + 1))
ACKED=()
for _ in $(seq "$MEETINGS"); do
  ref=$(schedule "${DAYS[$DAY_INDEX]}"); DAY_INDEX=$((DAY_INDEX + 1)); [ -n "$ref" ] && ACKED+=("$ref")
done
kill9 "$APP_PID"
log "part 1: ${#ACKED[@]} meetings acknowledged (201), then kill -9"
start; STARTS=$((STARTS + 1))
ROWS=0 INSTANCES=0
for ref in "${ACKED[@]}"; do
  code=$(api "$APP_PORT" "$ADMIN_USER" GET "/api/meetings/$ref" | tail -1)
  [ "$code" = 200 ] && ROWS=$((ROWS + 1))
  [ "$(instances "$ref")" = 1 ] && INSTANCES=$((INSTANCES + 1))
done
echo "PART1 db=$DB acknowledged=${#ACKED[@]} meetings_after_restart=$ROWS process_instances_after_restart=$INSTANCES lost=$(( ${#ACKED[@]} - ROWS ))"

# ---------------- part 2: kill -9 at random moments while the agenda jobs run ----------------
pi_of() {
  api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/history/process-instance?processDefinitionKey=AgendaToMinutes&processInstanceBusinessKey=$1" | head -1 | json 'd[0]["id"] if d else ""'; }
finished() { # finished <process instance> <activity>: how often the activity completed
  api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/history/activity-instance/count?processInstanceId=$1&activityId=$2&finished=true" | head -1 | json 'd["count"]'
}
draft() { # completes the Draft agenda task of a meeting as the clerk
  local id vars code
  id=$(task_id "$1" Task_DraftAgenda) || { log "$1 has no Draft agenda task"; return 1; }
  vars=$(api "$APP_PORT" clara.jones GET "/engine-rest/task/$id/form-variables?variableNames=agendaItems,overrunAcknowledged&deserializeValues=false" | head -1)
  code=$(api "$APP_PORT" clara.jones POST "/engine-rest/task/$id/submit-form" "{\"variables\":$vars}" | tail -1)
  [ "$code" = 204 ] || { log "draft of $1 answered $code"; return 1; }
}
approve() { # approves the agenda as the chair; prints the reference when acknowledged (204)
  local id code
  id=$(api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/task?processInstanceBusinessKey=$1&taskDefinitionKey=Task_ApproveAgenda" 2>/dev/null \
    | head -1 | json 'd[0]["id"] if d else ""' 2>/dev/null) || return 0
  [ -n "$id" ] || return 0
  code=$(api "$APP_PORT" priya.shah POST "/engine-rest/task/$id/submit-form" \
    '{"variables":{"agendaDecision":{"value":"approve"},"agendaComments":{"value":""}}}' 2>/dev/null | tail -1) || true
  [ "$code" = 204 ] && echo "$1"
  return 0
}
TRIAL_REFS=() ACK_FILE="$WORK/approvals-acknowledged"
: >"$ACK_FILE"
for trial in $(seq "$TRIALS"); do
  REFS=()
  for _ in $(seq "$PER_TRIAL"); do
    ref=$(schedule "${DAYS[$DAY_INDEX]}"); DAY_INDEX=$((DAY_INDEX + 1)); [ -n "$ref" ] && REFS+=("$ref")
  done
  for ref in "${REFS[@]}"; do draft "$ref" || true; done
  for ref in "${REFS[@]}"; do task_id "$ref" Task_ApproveAgenda >/dev/null || true; done
  # the approvals go on in the background; the kill comes at a random moment while they and the jobs
  # they start (Publish agenda, Send agenda to members, Chase missing reports) run
  acked_before=$(wc -l <"$ACK_FILE")
  ( for ref in "${REFS[@]}"; do approve "$ref"; done >>"$ACK_FILE" ) &
  APPROVER=$!
  for _ in $(seq 300); do [ "$(wc -l <"$ACK_FILE")" -gt "$acked_before" ] && break; sleep 0.1; done
  delay=$(( (RANDOM * 32768 + RANDOM) % (MAX_DELAY + 1) ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill9 "$APP_PID"
  wait "$APPROVER" 2>/dev/null || true
  TRIAL_REFS+=("${REFS[@]}")
  log "trial $trial: kill -9 ${delay} ms after the first acknowledged approval; acknowledged approvals so far: $(wc -l <"$ACK_FILE")"
  start; STARTS=$((STARTS + 1))
done

# every approved agenda must be published and sent once: wait for the jobs (locks held by a killed
# run expire after 20 s, then the job runs again)
settled() {
  local ref pi
  for ref in "${TRIAL_REFS[@]}"; do
    pi=$(pi_of "$ref")
    [ "$(finished "$pi" Task_ApproveAgenda)" = 0 ] && continue
    [ "$(finished "$pi" Task_SendAgenda)" -ge 1 ] || return 1
  done
}
deadline=$((SECONDS + 240))
until settled || [ $SECONDS -ge $deadline ]; do sleep 5; done
sleep 3
APPROVED=0 SENT_ONCE=0 SENT_TWICE=0 STUCK=0 LOST=0 ACK_LOST=0 NOT_APPROVED=0
for ref in "${TRIAL_REFS[@]}"; do
  pi=$(pi_of "$ref")
  if [ -z "$pi" ]; then LOST=$((LOST + 1)); continue; fi
  approved=$(finished "$pi" Task_ApproveAgenda); sent=$(finished "$pi" Task_SendAgenda)
  if [ "$approved" = 0 ]; then
    NOT_APPROVED=$((NOT_APPROVED + 1))
    grep -qx "$ref" "$ACK_FILE" && ACK_LOST=$((ACK_LOST + 1))
    continue
  fi
  APPROVED=$((APPROVED + 1))
  if [ "$sent" = 1 ]; then SENT_ONCE=$((SENT_ONCE + 1)); elif [ "$sent" = 0 ]; then STUCK=$((STUCK + 1)); else SENT_TWICE=$((SENT_TWICE + 1)); fi
done
count() { api "$APP_PORT" "$ADMIN_USER" GET "$1" | head -1 | json 'd["count"]'; }
ACTIVE=$(count "/engine-rest/process-instance/count?processDefinitionKey=AgendaToMinutes&active=true")
INCIDENTS=$(count "/engine-rest/incident/count")
FAILED=$(count "/engine-rest/job/count?withException=true")
read -r AGENDA_MAILS AGENDA_DISTINCT AGENDA_DUP < <(mail_counts "$WORK/mail" "Agenda published: ")
read -r CHASE_MAILS CHASE_DISTINCT CHASE_DUP < <(mail_counts "$WORK/mail" "Paper still to follow: ")
kill9 "$APP_PID"
SKIPPED=$(grep -c "Not sending '" "$WORK/app.log" || true)
echo "PART2 db=$DB trials=$TRIALS kills=$TRIALS starts=$STARTS meetings=${#TRIAL_REFS[@]} approvals_acknowledged=$(wc -l <"$ACK_FILE") approved=$APPROVED not_approved_when_killed=$NOT_APPROVED acknowledged_approvals_lost=$ACK_LOST sent_once=$SENT_ONCE sent_twice=$SENT_TWICE stuck=$STUCK instances_lost=$LOST running_instances=$ACTIVE incidents=$INCIDENTS failed_jobs=$FAILED mails_not_sent_again_by_a_rerun_step=$SKIPPED"
echo "MAILS db=$DB agenda_mails=$AGENDA_MAILS distinct_agendas_mailed=$AGENDA_DISTINCT agendas_mailed_twice=$AGENDA_DUP chase_mails=$CHASE_MAILS distinct_chases=$CHASE_DISTINCT chases_mailed_twice=$CHASE_DUP"
log "logs and mails in $WORK"
