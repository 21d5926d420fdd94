#!/usr/bin/env bash
# Builds the language benchmark, then measures the candidate language detectors on ../shared/data/lang.
# Extra arguments go to the benchmark, e.g. ./language-benchmark/run.sh --candidates optimaize --lengths 20,50
# (see LanguageBenchmark for all options). Results: language-benchmark/target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl language-benchmark -am package -DskipTests
exec java -Xms4g -Xmx6g -XX:+UseG1GC \
  -cp "language-benchmark/target/language-benchmark-1.0.0-SNAPSHOT.jar:language-benchmark/target/lib/*" \
  io.newsalerts.langbench.LanguageBenchmark "$@"
