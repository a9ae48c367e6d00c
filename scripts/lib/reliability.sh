# Shared functions of the reliability scripts (crash-trials.sh, db-restart.sh, two-nodes.sh).
# Sourced, not run. Everything they start lives under $WORK (a scratch folder) and is stopped on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
JAVA_OPTS="${JAVA_OPTS:--Xmx640m -XX:+UseSerialGC}"
ADMIN_USER=admin
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ]; then pg_stop fast || true; fi
}

jar() {
  local jar
  if [ -n "${JAR_FILE:-}" ]; then echo "$JAR_FILE"; return; fi
  jar=$(ls "$ROOT"/target/joint-commissioning-*.jar 2>/dev/null | grep -v original | head -1)
  if [ -z "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
    log "building the jar (mvn -DskipTests package)"
    (cd "$ROOT" && mvn -B -ntp -q -DskipTests -Dskip.bpmnlint package) >&2
    jar=$(ls "$ROOT"/target/joint-commissioning-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# start_sink <folder> <port>: an SMTP server outside the application that writes each message to a file
start_sink() {
  python3 "$ROOT/scripts/lib/smtp-sink.py" "$1" "$2" >"$WORK/sink.log" 2>&1 &
  PIDS+=($!)
  SINK_PID=$!
  for _ in $(seq 50); do (echo >"/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0; sleep 0.1; done
  log "the SMTP sink did not start"; return 1
}

# --- PostgreSQL (Debian's server binaries, run as the postgres user in a scratch folder) ---
pg_init() { # pg_init <folder> <port>
  PG_DATA="$1/data"; PG_PORT="$2"; PG_SOCK="$1"
  mkdir -p "$1"; chown postgres "$1"; chmod o+x "$(dirname "$1")"
  if [ "$(id -u)" = 0 ]; then PG_AS=(runuser -u postgres --); else PG_AS=(); fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 >"$1/initdb.log" 2>&1
  pg_start
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE ROLE commissioning LOGIN PASSWORD 'commissioning'" \
    -c "CREATE DATABASE commissioning OWNER commissioning ENCODING 'UTF8'" >&2
}
pg_start() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_SOCK/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_SOCK -c listen_addresses=127.0.0.1 -c max_connections=120" start >/dev/null
}
pg_stop() { "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m "${1:-fast}" -w stop >/dev/null; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U commissioning -d commissioning -At -c "$1"; }

# --- the application ---
# app_start <name> <port> <mail port> <h2|pg> [extra arguments]: starts the packaged application
# (H2 in $WORK/<name>-data, or the postgres profile on $PG_PORT); sets APP_PID
app_start() {
  local name="$1" port="$2" mail="$3" db="$4"; shift 4
  local args=(--server.port="$port" --commissioning.mail.embedded=false --spring.mail.host=127.0.0.1
    --spring.mail.port="$mail" --commissioning.public-base-url="http://localhost:$port")
  if [ "$db" = pg ]; then
    # demo users and members (chairs, e-mail addresses) on PostgreSQL as well, so the mails have recipients
    args+=(--spring.profiles.active=postgres --commissioning.demo.enabled=true
      --camunda.bpm.generic-properties.properties.enable-password-policy=false)
    env DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/commissioning" DB_USER=commissioning DB_PASSWORD=commissioning \
      ADMIN_USER_ID=$ADMIN_USER ADMIN_PASSWORD=demo MAIL_HOST=127.0.0.1 MAIL_PORT="$mail" \
      java $JAVA_OPTS -jar "$JAR" "${args[@]}" "$@" >>"$WORK/$name.log" 2>&1 &
  else
    java $JAVA_OPTS -jar "$JAR" "${args[@]}" --commissioning.data-dir="$WORK/$name-data" "$@" >>"$WORK/$name.log" 2>&1 &
  fi
  APP_PID=$!
  PIDS+=($APP_PID)
}

# wait_up <port> [seconds]: until /actuator/health answers UP
wait_up() {
  local port="$1" limit="${2:-600}" start=$SECONDS
  while [ $((SECONDS - start)) -lt "$limit" ]; do
    if curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
    sleep 1
  done
  log "the application on $port did not come up in ${limit}s"; return 1
}

kill9() { kill -9 "$1" 2>/dev/null; wait "$1" 2>/dev/null || true; }

# api <port> <user> <method> <path> [json]: prints the body, then the status on the last line
api() {
  local port="$1" user="$2" method="$3" path="$4" body="${5:-}"
  if [ -n "$body" ]; then
    curl -sS -m 30 -u "$user:demo" -X "$method" -H 'Content-Type: application/json' -d "$body" \
      -w '\n%{http_code}' "http://127.0.0.1:$port$path"
  else
    curl -sS -m 30 -u "$user:demo" -X "$method" -w '\n%{http_code}' "http://127.0.0.1:$port$path"
  fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

# working days of 2027 (no weekends, no England and Wales bank holidays), one a line
working_days() {
  python3 - "$@" <<'PY'
import datetime
hol = {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
       "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"}
d = datetime.date(2027, 1, 4)
while d.year < 2029:
    if d.weekday() < 5 and d.isoformat() not in hol:
        print(d.isoformat())
    d += datetime.timedelta(days=1)
PY
}

# mail_counts <sink folder> <subject pattern>: "<messages> <distinct subjects> <subjects sent more than once>" of the
# mails whose subject starts so (a Python regular expression matched at the start)
mail_counts() {
  python3 - "$1" "$2" <<'PY'
import email, os, re, sys, collections
folder, prefix = sys.argv[1], sys.argv[2]
subjects = collections.Counter()
for name in os.listdir(folder):
    if name.startswith('.'):
        continue
    with open(os.path.join(folder, name), 'rb') as f:
        msg = email.message_from_binary_file(f)
    subject = str(email.header.make_header(email.header.decode_header(msg.get('Subject', ''))))
    if re.match(prefix, subject):
        subjects[subject] += 1
print(sum(subjects.values()), len(subjects), sum(1 for c in subjects.values() if c > 1))
PY
}

# start_receiver <folder> <port>: the stand-in for the Partnerships Team's PRG receiver (prg-receiver.py)
start_receiver() {
  python3 "$ROOT/scripts/lib/prg-receiver.py" "$1" "$2" >"$WORK/receiver.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 50); do (echo >"/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0; sleep 0.1; done
  log "the PRG receiver did not start"; return 1
}

# dbq <sql>: one query against the application's database, rows as lines, columns separated by |
# (PostgreSQL through psql; H2, with the application stopped, through the H2 shell in the jar)
dbq() {
  if [ "$DB" = pg ]; then sql "$1"; return; fi
  if [ ! -f "$WORK/h2.jar" ]; then
    unzip -p "$JAR" "$(unzip -l "$JAR" | grep -o 'BOOT-INF/lib/h2-[0-9.]*\.jar')" >"$WORK/h2.jar"
  fi
  java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/app-data/commissioning" -user sa -password "" \
    -sql "$1" | sed -e '1d' -e '/^([0-9]* rows*,/d' -e 's/ *| */|/g' -e 's/^ *//' -e 's/ *$//'
}
