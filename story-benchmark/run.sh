#!/usr/bin/env bash
# Measures story assignment: precision and recall on labelled near-duplicate pairs from the shared news data, the
# repeated stories of Reuters-21578, and the cost per article with 10K, 100K and 1M sketches in PostgreSQL (a
# database newsalerts_story_bench, created and dropped). About 10 minutes. Extra arguments go to the benchmark,
# e.g. story-benchmark/run.sh --sizes 10000 --skip-cost (see StoryBenchmark for all options).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Results: story-benchmark/target/benchmark/.
#   SKIP_BUILD=1 story-benchmark/run.sh ...   reuse the last build
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -pl story-benchmark -am package -DskipTests
fi
exec java -Xmx3g -cp "story-benchmark/target/story-benchmark-1.0.0-SNAPSHOT.jar:story-benchmark/target/lib/*" \
  io.newsalerts.storybench.StoryBenchmark "$@"
