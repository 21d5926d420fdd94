#!/usr/bin/env bash
# Outbox or Kafka transactions: what publishing an alert costs in each design (CPU of this JVM, the broker and
# PostgreSQL per alert, batch latencies), against a fresh broker process and a fresh database. About 8 minutes.
#
#   pipeline-benchmark/publishing-cost.sh                                  200,000 alerts per pass, 5 rounds
#   pipeline-benchmark/publishing-cost.sh --alerts 20000 --warm-up 20000 --rounds 1    a quick look (1 min)
#   SKIP_BUILD=1 pipeline-benchmark/publishing-cost.sh ...                 reuse the last build
#
# Needs local-infra packaged (the broker runs from its jar) and PostgreSQL on 127.0.0.1:5432 (PGHOST, PGPORT,
# PGUSER, PGPASSWORD override it). Options: pipeline-benchmark/README.md. Result: target/benchmark/publishing-cost.md.
# On a shared machine run it alone: flock /tmp/mvn.lock pipeline-benchmark/publishing-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -o -DskipTests -pl pipeline-benchmark package
fi
exec java -Xmx2g -cp "pipeline-benchmark/target/pipeline-benchmark-1.0.0-SNAPSHOT.jar:pipeline-benchmark/target/lib/*" \
  io.newsalerts.pipeline.PublishingCost "$@"
