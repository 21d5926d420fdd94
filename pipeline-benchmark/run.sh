#!/usr/bin/env bash
# Measures the whole pipeline (ingest-service -> Kafka -> alert-service -> news.alerts) on the real stack started
# from the packaged jars: throughput, latency and exactness per phase; a table and a plot.
#
#   pipeline-benchmark/run.sh                                        10K and 100K subscriptions (about 25 minutes)
#   pipeline-benchmark/run.sh --sizes 2000 --articles 1000 --rates 50,100 --rate-seconds 5    a quick look
#   SKIP_BUILD=1 pipeline-benchmark/run.sh ...                       reuse the last build
#
# Needs PostgreSQL on 127.0.0.1:5432 (PGHOST, PGPORT, PGUSER, PGPASSWORD override it). Options and how to read the
# tables: pipeline-benchmark/README.md. Exit code 0 if every phase was exact, 1 if not, 2 if it could not run.
# Results and logs: pipeline-benchmark/target/benchmark/ (or --out DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -DskipTests -pl pipeline-benchmark -am package
fi
exec java -Xmx2g -cp "pipeline-benchmark/target/pipeline-benchmark-1.0.0-SNAPSHOT.jar:pipeline-benchmark/target/lib/*" \
  io.newsalerts.pipeline.PipelineBenchmark "$@"
