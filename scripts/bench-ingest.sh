#!/usr/bin/env bash
# The ingest benchmark: generates a corpus of N pages (default 10000) from real pages, then measures
# extraction alone and the whole ingest of the same files in one run on a fresh embedded database.
# Usage: scripts/bench-ingest.sh [N] [comma-separated folders of real pages]
# JFR=<file> records the whole run with Java Flight Recorder (settings=profile).
# Report: stdout and target/bench/ingest-benchmark.md (the generated corpus stays in target/bench/).
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
sources="${2:-seeds,/work/shared/corpus/news}"
jvm=""
if [ -n "${JFR:-}" ]; then
  jvm="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$JFR,settings=profile"
fi
./mvnw -B -q -Pbench test -Dtest=IngestBenchmark -Dbench.articles="$articles" -Dbench.sources="$sources" \
  -Dbench.jvmArgs="$jvm" -Dsurefire.failIfNoSpecifiedTests=false
