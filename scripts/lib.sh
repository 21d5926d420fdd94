# Shell helpers of run-local.sh: processes it starts, waits, PostgreSQL set-up.

STARTED_PIDS=()
STARTED_NAMES=()

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "'$tool' is needed and not installed"
  done
}

check_ports() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      fail "port $port is already in use (an earlier run still going?)"
    fi
  done
}

# start_process NAME COMMAND...: runs it in the background, output to $LOGS/NAME.log
start_process() {
  local name=$1; shift
  "$@" >"$LOGS/$name.log" 2>&1 &
  STARTED_PIDS+=($!)
  STARTED_NAMES+=("$name")
  eval "START_${name//-/_}=$(date +%s%N)"
}

elapsed_ms() { local var="START_${1//-/_}"; echo $(( ($(date +%s%N) - ${!var}) / 1000000 )); }

wait_for_log() {
  local name=$1 pattern=$2 seconds=$3 i
  for ((i = 0; i < seconds * 5; i++)); do
    grep -q "$pattern" "$LOGS/$name.log" 2>/dev/null && { echo "$name ready in $(elapsed_ms "$name") ms"; return; }
    process_alive "$name" || { tail -n 30 "$LOGS/$name.log"; fail "$name exited"; }
    sleep 0.2
  done
  tail -n 30 "$LOGS/$name.log"; fail "$name not ready after ${seconds}s"
}

wait_for_ready() {
  local name=$1 url=$2 seconds=$3 i
  for ((i = 0; i < seconds * 5; i++)); do
    curl -fs "$url" >/dev/null 2>&1 && { echo "$name ready in $(elapsed_ms "$name") ms"; return; }
    process_alive "$name" || { tail -n 40 "$LOGS/$name.log"; fail "$name exited"; }
    sleep 0.2
  done
  tail -n 40 "$LOGS/$name.log"; fail "$name not ready after ${seconds}s: $url"
}

process_alive() {
  local i
  for i in "${!STARTED_NAMES[@]}"; do
    [[ "${STARTED_NAMES[$i]}" == "$1" ]] && { kill -0 "${STARTED_PIDS[$i]}" 2>/dev/null; return; }
  done
  return 1
}

# Stops what this script started, newest first, each with SIGTERM and up to 30 s to finish.
stop_all() {
  local i pid t
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid=${STARTED_PIDS[$i]}
    kill -0 "$pid" 2>/dev/null || continue
    echo "stopping ${STARTED_NAMES[$i]}"
    kill -TERM "$pid" 2>/dev/null || true
    for ((t = 0; t < 150; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}

wait_forever() {
  while true; do
    local i
    for i in "${!STARTED_NAMES[@]}"; do
      process_alive "${STARTED_NAMES[$i]}" || fail "${STARTED_NAMES[$i]} stopped; see $LOGS/${STARTED_NAMES[$i]}.log"
    done
    sleep 2
  done
}

# Starts this machine's PostgreSQL cluster if it is not answering.
ensure_postgres() {
  if pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then return; fi
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    local i
    for ((i = 0; i < 50; i++)); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && return; sleep 0.2; done
  fi
  fail "PostgreSQL does not answer at $PGHOST:$PGPORT"
}

create_database() {
  if [[ -z "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$1'")" ]]; then
    psql -d postgres -qc "create database $1" && echo "created database $1"
  else
    echo "database $1 exists"
  fi
}

drop_database() {
  psql -d postgres -qc "drop database if exists $1 with (force)" && echo "dropped database $1 (KEEP_STATE=1 keeps it)"
}
