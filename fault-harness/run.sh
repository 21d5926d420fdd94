#!/usr/bin/env bash
# Runs the fault harness against the real stack (Kafka broker, PostgreSQL, both services as separate processes)
# and prints a table of figures per case, also written to fault-harness/target/fault-report.md.
#
#   fault-harness/run.sh                 the full sizes of the issue (about 8 minutes on 2 cores)
#   fault-harness/run.sh --quick         the CI sizes (about 4 minutes)
#   fault-harness/run.sh --cases 1,4     only some cases
#   SKIP_BUILD=1 fault-harness/run.sh    reuse the last build
#
# Needs PostgreSQL on 127.0.0.1:5432 (PGHOST, PGPORT, PGUSER, PGPASSWORD override it). Exit code 0 if every
# target was met, 1 if one was missed, 2 if the harness could not run. Logs: fault-harness/target/harness/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -DskipTests -pl fault-harness -am package
fi
exec java -cp "fault-harness/target/fault-harness-1.0.0-SNAPSHOT.jar:fault-harness/target/lib/*" \
  io.newsalerts.harness.FaultHarness "$@"
