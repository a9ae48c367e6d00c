#!/usr/bin/env bash
# Crash safety under kill -9, on the packaged application (see README "Reliability scripts").
#
#   scripts/crash-trials.sh [h2|pg] [options]
#     --meetings N     part 1: meetings scheduled through POST /api/meetings before the kill (30; 0 skips part 1)
#     --trials N       part 2: kill -9 trials while the agenda jobs run (20)
#     --per-trial N    meetings whose agenda is approved (and then published and sent) per trial (3)
#     --prg-per-trial N  Performance Reward Grant proposals signed off (and then submitted) per trial (1)
#     --abg-per-trial N  ABG years whose allocations the Board approves (then recorded and letters sent) per trial (1)
#     --max-delay MS   the kill comes at a random moment 0..MS ms after the first of the trial's decisions was acknowledged (2500)
#     --stop-at HH:MM  start no trial after this time (UTC): the figures are of the trials run (default: none)
#     --h2-url-extra S appended to the H2 URL of a fresh data folder (e.g. ';WRITE_DELAY=500' shows the old loss)
#
# Part 1: schedule meetings one after the other, kill -9 straight after the last 201, start again on
# the same data: every acknowledged meeting must still have its row and its process instance.
# Part 2: per trial, schedule meetings, draft and approve their agendas (Tasklist's REST calls, as the
# clerk and the chair), kill -9 at a random moment while "Publish agenda" and "Send agenda to members"
# run. In the same trial, and killed by the same kill -9, the two grant workloads (scripts/lib/grants.py):
# Performance Reward Grant proposals brought to "Sign off" and signed off by the ECG chair, whose
# "Submit to the Partnerships Team" (http-connector) POSTs to a receiver outside the application
# (scripts/lib/prg-receiver.py: 201 with a receipt, 409 with the same receipt for a repeated
# reference); and ABG years brought to the Board's decision and approved, whose "Record the approved
# allocations" and "Send funding letters" run. Start again on the same data, next trial. At the end:
# every approved agenda published and sent exactly once (mails counted in an SMTP sink outside the
# application), every signed-off proposal received once with its receipt recorded, every approved
# year's allocations recorded once and each funding letter mailed once; no process instance lost or
# stuck, no failed job, no incident. Ports: application 8190, SMTP sink 2590, PRG receiver 2591,
# PostgreSQL 55440 (override APP_PORT, MAIL_PORT, RECEIVER_PORT, PG_PORT).
set -euo pipefail
# C1 only: the application starts about a third faster, and a trial is mostly a start
JAVA_OPTS="${JAVA_OPTS:--Xmx640m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
. "$(dirname "$0")/lib/reliability.sh"

DB=${1:-h2}; [ $# -gt 0 ] && shift
STOP_AT="" MEETINGS=30 TRIALS=20 PER_TRIAL=3 PRG_PER_TRIAL=1 ABG_PER_TRIAL=1 MAX_DELAY=2500 H2_EXTRA=""
while [ $# -gt 0 ]; do
  case "$1" in
    --meetings) MEETINGS=$2; shift 2 ;;
    --trials) TRIALS=$2; shift 2 ;;
    --per-trial) PER_TRIAL=$2; shift 2 ;;
    --prg-per-trial) PRG_PER_TRIAL=$2; shift 2 ;;
    --abg-per-trial) ABG_PER_TRIAL=$2; shift 2 ;;
    --max-delay) MAX_DELAY=$2; shift 2 ;;
    --h2-url-extra) H2_EXTRA=$2; shift 2 ;;
    --stop-at) STOP_AT=$(date -u -d "$2" +%s); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
APP_PORT=${APP_PORT:-8190} MAIL_PORT=${MAIL_PORT:-2590} RECEIVER_PORT=${RECEIVER_PORT:-2591} PG_PORT=${PG_PORT:-55440}
WORK=$(mktemp -d /tmp/reliability-crash-XXXX)
trap cleanup EXIT
JAR=$(jar)
log "scratch folder $WORK, database $DB"
start_sink "$WORK/mail" "$MAIL_PORT"
start_receiver "$WORK/prg" "$RECEIVER_PORT"
[ "$DB" = pg ] && pg_init "$WORK/pg" "$PG_PORT"

EXTRA=(--camunda.bpm.job-execution.lock-time-in-millis=20000
  --commissioning.prg.partnerships-team-url="http://127.0.0.1:$RECEIVER_PORT"
  --commissioning.prg.submission-user=childrens-trust --commissioning.prg.submission-password=trial)
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
if [ "$MEETINGS" -gt 0 ]; then
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
fi

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
PRG_REFS=() PRG_ACK="$WORK/signoffs-acknowledged" ABG_KEYS=() ABG_ACK="$WORK/board-decisions-acknowledged"
: >"$ACK_FILE"; : >"$PRG_ACK"; : >"$ABG_ACK"
GRANT_YEAR=2030
grants() { python3 "$ROOT/scripts/lib/grants.py" --port "$APP_PORT" "$@" 2>>"$WORK/grants.log"; }
RUN=0
for trial in $(seq "$TRIALS"); do
  if [ -n "$STOP_AT" ] && [ "$(date +%s)" -ge "$STOP_AT" ]; then log "stopping after $RUN trials (--stop-at)"; break; fi
  RUN=$trial
  # the grant workloads are brought to their decision in the background while the agendas are drafted;
  # one after the other, because both ask the ECG (two decision requests registered for one body at
  # the same moment conflict: see README, "What the runs found")
  : >"$WORK/prg-ready" ; : >"$WORK/abg-ready"
  ( for i in $(seq "$PRG_PER_TRIAL"); do grants prg-prepare $((GRANT_YEAR + i)) "${DAYS[$((DAY_INDEX + 200 + i))]}" || true; done >>"$WORK/prg-ready"
    for i in $(seq "$ABG_PER_TRIAL"); do grants abg-prepare $((GRANT_YEAR + i)) || true; done >>"$WORK/abg-ready" ) &
  PRG_PREP=$! ABG_PREP=$!
  GRANT_YEAR=$((GRANT_YEAR + (PRG_PER_TRIAL > ABG_PER_TRIAL ? PRG_PER_TRIAL : ABG_PER_TRIAL)))
  REFS=()
  for _ in $(seq "$PER_TRIAL"); do
    ref=$(schedule "${DAYS[$DAY_INDEX]}"); DAY_INDEX=$((DAY_INDEX + 1)); [ -n "$ref" ] && REFS+=("$ref")
  done
  for ref in "${REFS[@]}"; do draft "$ref" || true; done
  for ref in "${REFS[@]}"; do task_id "$ref" Task_ApproveAgenda >/dev/null || true; done
  wait "$PRG_PREP" "$ABG_PREP" 2>/dev/null || true
  mapfile -t PRG_NOW <"$WORK/prg-ready"; mapfile -t ABG_NOW <"$WORK/abg-ready"
  [ "${#PRG_NOW[@]}" -lt "$PRG_PER_TRIAL" ] && log "trial $trial: only ${#PRG_NOW[@]} PRG proposal(s) reached sign-off (see grants.log)"
  [ "${#ABG_NOW[@]}" -lt "$ABG_PER_TRIAL" ] && log "trial $trial: only ${#ABG_NOW[@]} ABG year(s) reached the Board (see grants.log)"
  # the decisions go on in the background, all three kinds at once; the kill comes at a random moment
  # while they and the jobs they start run (Publish agenda, Send agenda to members; Submit to the
  # Partnerships Team; Record the approved allocations, Send funding letters)
  acked_before=$(cat "$ACK_FILE" "$PRG_ACK" "$ABG_ACK" | wc -l)
  ( for ref in "${REFS[@]}"; do approve "$ref"; done >>"$ACK_FILE" ) &
  APPROVER=$!
  ( for ref in "${PRG_NOW[@]}"; do grants prg-signoff "$ref" || true; done >>"$PRG_ACK" ) &
  SIGNER=$!
  ( for key in "${ABG_NOW[@]}"; do grants abg-decide "$key" || true; done >>"$ABG_ACK" ) &
  BOARD=$!
  for _ in $(seq 300); do [ "$(cat "$ACK_FILE" "$PRG_ACK" "$ABG_ACK" | wc -l)" -gt "$acked_before" ] && break; sleep 0.1; done
  delay=$(( (RANDOM * 32768 + RANDOM) % (MAX_DELAY + 1) ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill9 "$APP_PID"
  wait "$APPROVER" "$SIGNER" "$BOARD" 2>/dev/null || true
  TRIAL_REFS+=("${REFS[@]}"); PRG_REFS+=("${PRG_NOW[@]}"); ABG_KEYS+=("${ABG_NOW[@]}")
  log "trial $trial: kill -9 ${delay} ms after the first acknowledged decision; acknowledged so far: agendas $(wc -l <"$ACK_FILE"), PRG sign-offs $(wc -l <"$PRG_ACK"), ABG Board approvals $(wc -l <"$ABG_ACK")"
  start; STARTS=$((STARTS + 1))
done

hpi() { # hpi <process key> <business key>: the process instance (running or ended)
  api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/history/process-instance?processDefinitionKey=$1&processInstanceBusinessKey=$2" | head -1 | json 'd[0]["id"] if d else ""'; }
# every approved agenda must be published and sent once, every signed-off proposal submitted, every
# approved year's letters sent: wait for the jobs (locks held by a killed run expire after 20 s, then
# the job runs again)
settled() {
  local ref pi
  for ref in "${TRIAL_REFS[@]}"; do
    pi=$(pi_of "$ref")
    [ "$(finished "$pi" Task_ApproveAgenda)" = 0 ] && continue
    [ "$(finished "$pi" Task_SendAgenda)" -ge 1 ] || return 1
  done
  for ref in "${PRG_REFS[@]}"; do
    pi=$(hpi PrgProposal "$ref")
    [ "$(finished "$pi" Task_SignOffProposal)" = 0 ] && continue
    [ "$(finished "$pi" Task_SubmitProposal)" -ge 1 ] || return 1
  done
  for key in "${ABG_KEYS[@]}"; do
    pi=$(hpi AbgAnnualAllocation "$key")
    [ "$(finished "$pi" Call_BoardApproval)" = 0 ] && continue
    [ "$(finished "$pi" Task_SendFundingLetters)" -ge 1 ] || return 1
  done
}
deadline=$((SECONDS + 300))
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
# PRG: signed off (the chair's task completed), the submission step completed (once?), waiting for the award after it
PRG_SIGNED=0 PRG_STEP_ONCE=0 PRG_STEP_TWICE=0 PRG_STUCK=0 PRG_LOST=0 PRG_ACK_LOST=0 PRG_AWAITING=0 PRG_SIGNED_REFS=()
for ref in "${PRG_REFS[@]}"; do
  pi=$(hpi PrgProposal "$ref")
  if [ -z "$pi" ]; then PRG_LOST=$((PRG_LOST + 1)); continue; fi
  if [ "$(finished "$pi" Task_SignOffProposal)" = 0 ]; then
    grep -qx "$ref" "$PRG_ACK" && PRG_ACK_LOST=$((PRG_ACK_LOST + 1))
    continue
  fi
  PRG_SIGNED=$((PRG_SIGNED + 1)); PRG_SIGNED_REFS+=("$ref")
  n=$(finished "$pi" Task_SubmitProposal)
  if [ "$n" = 1 ]; then PRG_STEP_ONCE=$((PRG_STEP_ONCE + 1)); elif [ "$n" = 0 ]; then PRG_STUCK=$((PRG_STUCK + 1)); else PRG_STEP_TWICE=$((PRG_STEP_TWICE + 1)); fi
  [ "$(api "$APP_PORT" "$ADMIN_USER" GET "/engine-rest/execution/count?processInstanceId=$pi&activityId=Task_AwaitOutcome" | head -1 | json 'd["count"]')" = 1 ] \
    && PRG_AWAITING=$((PRG_AWAITING + 1))
done
# ABG: approved by the Board (the call activity completed), the allocations recorded, the letters step completed
ABG_APPROVED=0 ABG_RECORDED_TWICE_STEP=0 ABG_LETTERS_ONCE=0 ABG_LETTERS_TWICE_STEP=0 ABG_STUCK=0 ABG_LOST=0 ABG_ACK_LOST=0 ABG_APPROVED_KEYS=()
for key in "${ABG_KEYS[@]}"; do
  pi=$(hpi AbgAnnualAllocation "$key")
  if [ -z "$pi" ]; then ABG_LOST=$((ABG_LOST + 1)); continue; fi
  if [ "$(finished "$pi" Call_BoardApproval)" = 0 ]; then
    grep -qx "$key" "$ABG_ACK" && ABG_ACK_LOST=$((ABG_ACK_LOST + 1))
    continue
  fi
  ABG_APPROVED=$((ABG_APPROVED + 1)); ABG_APPROVED_KEYS+=("$key")
  [ "$(finished "$pi" Task_ApproveAllocations)" -gt 1 ] && ABG_RECORDED_TWICE_STEP=$((ABG_RECORDED_TWICE_STEP + 1))
  n=$(finished "$pi" Task_SendFundingLetters)
  if [ "$n" = 1 ]; then ABG_LETTERS_ONCE=$((ABG_LETTERS_ONCE + 1)); elif [ "$n" = 0 ]; then ABG_STUCK=$((ABG_STUCK + 1)); else ABG_LETTERS_TWICE_STEP=$((ABG_LETTERS_TWICE_STEP + 1)); fi
done
count() { api "$APP_PORT" "$ADMIN_USER" GET "$1" | head -1 | json 'd["count"]'; }
ACTIVE=$(count "/engine-rest/process-instance/count?processDefinitionKey=AgendaToMinutes&active=true")
INCIDENTS=$(count "/engine-rest/incident/count")
FAILED=$(count "/engine-rest/job/count?withException=true")
read -r AGENDA_MAILS AGENDA_DISTINCT AGENDA_DUP < <(mail_counts "$WORK/mail" "Agenda published: ")
read -r CHASE_MAILS CHASE_DISTINCT CHASE_DUP < <(mail_counts "$WORK/mail" "Paper still to follow: ")
kill9 "$APP_PID"
SKIPPED=$(grep -c "Not sending '" "$WORK/app.log" || true)
RESENT=$(grep -c "Sending '.*' again: job" "$WORK/app.log" || true)
echo "PART2 db=$DB trials=$RUN kills=$RUN starts=$STARTS meetings=${#TRIAL_REFS[@]} approvals_acknowledged=$(wc -l <"$ACK_FILE") approved=$APPROVED not_approved_when_killed=$NOT_APPROVED acknowledged_approvals_lost=$ACK_LOST sent_once=$SENT_ONCE sent_twice=$SENT_TWICE stuck=$STUCK instances_lost=$LOST running_instances=$ACTIVE incidents=$INCIDENTS failed_jobs=$FAILED mails_not_sent_again_by_a_rerun_step=$SKIPPED mails_sent_again_after_an_interrupted_send=$RESENT"
echo "MAILS db=$DB agenda_mails=$AGENDA_MAILS distinct_agendas_mailed=$AGENDA_DISTINCT agendas_mailed_twice=$AGENDA_DUP chase_mails=$CHASE_MAILS distinct_chases=$CHASE_DISTINCT chases_mailed_twice=$CHASE_DUP"

# PRG: what the receiver outside the application recorded, and what the application recorded
# (its database, read after the application stopped)
PRG_IN=$(for ref in "${PRG_SIGNED_REFS[@]}"; do printf "'%s'," "$ref"; done); PRG_IN="${PRG_IN%,}"
PRG_DB=""
[ -n "$PRG_IN" ] && PRG_DB=$(dbq "select reference, status, coalesce(receipt_reference, '') as receipt from ct_prg_proposal where reference in ($PRG_IN)")
read -r PRG_POSTS PRG_POSTED_REFS PRG_REPEATED PRG_409 PRG_RECEIPTS PRG_RECORDED_TWICE PRG_RECEIPT_IN_APP PRG_RECEIPT_WRONG < <(
  python3 - "$WORK/prg" "$PRG_DB" <<'PY'
import collections, json, os, sys
folder, rows = sys.argv[1], sys.argv[2]
def lines(name):
    path = os.path.join(folder, name)
    return [json.loads(l) for l in open(path)] if os.path.exists(path) else []
posts, receipts = lines("posts.jsonl"), lines("receipts.jsonl")
per_ref = collections.Counter(p["reference"] for p in posts)
recorded = collections.Counter(r["reference"] for r in receipts)
given = {r["reference"]: r["receiptReference"] for r in receipts}
in_app = wrong = 0
for row in filter(None, rows.splitlines()):
    ref, status, receipt = (row.split("|") + ["", ""])[:3]
    if receipt:
        if given.get(ref) == receipt:
            in_app += 1
        else:
            wrong += 1
print(len(posts), len(per_ref), sum(1 for c in per_ref.values() if c > 1), sum(1 for p in posts if p["status"] == 409),
      len(recorded), sum(1 for c in recorded.values() if c > 1), in_app, wrong)
PY
)
echo "PRG db=$DB proposals=${#PRG_REFS[@]} signoffs_acknowledged=$(wc -l <"$PRG_ACK") signed_off=$PRG_SIGNED acknowledged_signoffs_lost=$PRG_ACK_LOST submission_step_completed_once=$PRG_STEP_ONCE submission_step_completed_twice=$PRG_STEP_TWICE stuck=$PRG_STUCK instances_lost=$PRG_LOST waiting_for_award=$PRG_AWAITING receiver_posts=$PRG_POSTS distinct_references_posted=$PRG_POSTED_REFS references_posted_more_than_once=$PRG_REPEATED answered_409=$PRG_409 receipts_recorded_by_receiver=$PRG_RECEIPTS references_recorded_twice=$PRG_RECORDED_TWICE receipts_recorded_in_application=$PRG_RECEIPT_IN_APP receipts_not_matching=$PRG_RECEIPT_WRONG"

# ABG: letters per allocation (mails), allocations approved per allocation (change rows), the pot invariant
read -r LETTERS LETTERS_DISTINCT LETTERS_DUP < <(mail_counts "$WORK/mail" 'ABG [0-9]{4}/[0-9]{2} funding letter: ')
ABG_LABELS=$(for key in "${ABG_APPROVED_KEYS[@]}"; do printf "'%s'," "${key#ABG-}"; done); ABG_LABELS="${ABG_LABELS%,}"
if [ -n "$ABG_LABELS" ]; then
  read -r ABG_YEARS_APPROVED ABG_ALLOCATIONS ABG_NOTIFIED ABG_APPLIED_TWICE ABG_POT_BROKEN < <(dbq "select
      (select count(*) from abg_year where label in ($ABG_LABELS) and status = 'APPROVED') as c1,
      (select count(*) from abg_allocation a join abg_year y on y.id = a.year_id where y.label in ($ABG_LABELS)) as c2,
      (select count(*) from abg_allocation a join abg_year y on y.id = a.year_id where y.label in ($ABG_LABELS) and a.notified_at is not null) as c3,
      (select count(*) from (select c.allocation_id from abg_allocation_change c join abg_year y on y.id = c.year_id
         where y.label in ($ABG_LABELS) and c.kind = 'APPROVED' group by c.allocation_id having count(*) > 1) t) as c4,
      (select count(*) from abg_year y where y.label in ($ABG_LABELS) and y.pot <> y.unallocated
         + (select coalesce(sum(a.amount), 0) from abg_allocation a where a.year_id = y.id)) as c5" | tr '|' ' ')
else
  ABG_YEARS_APPROVED=0 ABG_ALLOCATIONS=0 ABG_NOTIFIED=0 ABG_APPLIED_TWICE=0 ABG_POT_BROKEN=0
fi
echo "ABG db=$DB years=${#ABG_KEYS[@]} board_approvals_acknowledged=$(wc -l <"$ABG_ACK") approved_by_board=$ABG_APPROVED acknowledged_approvals_lost=$ABG_ACK_LOST years_recorded_approved=$ABG_YEARS_APPROVED record_step_completed_twice=$ABG_RECORDED_TWICE_STEP letters_step_completed_once=$ABG_LETTERS_ONCE letters_step_completed_twice=$ABG_LETTERS_TWICE_STEP stuck=$ABG_STUCK instances_lost=$ABG_LOST allocations=$ABG_ALLOCATIONS allocations_marked_notified=$ABG_NOTIFIED allocations_approved_twice=$ABG_APPLIED_TWICE pots_not_adding_up=$ABG_POT_BROKEN letters_mailed=$LETTERS distinct_letters=$LETTERS_DISTINCT letters_mailed_twice=$LETTERS_DUP"
log "logs and mails in $WORK"
