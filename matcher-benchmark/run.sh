#!/usr/bin/env bash
# Builds the matcher and its benchmark, then runs IndexedMatcher against Lucene Monitor at 10K, 100K and 1M
# subscriptions. Extra arguments go to the benchmark, e.g. ./matcher-benchmark/run.sh --sizes 10000 --docs 1000
# (see MatcherBenchmark for all options). Results: matcher-benchmark/target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl matcher-benchmark -am package -DskipTests
exec java -Xms4g -Xmx6g -XX:+UseG1GC \
  -cp "matcher-benchmark/target/matcher-benchmark-1.0.0-SNAPSHOT.jar:matcher-benchmark/target/lib/*" \
  io.newsalerts.benchmark.MatcherBenchmark "$@"
