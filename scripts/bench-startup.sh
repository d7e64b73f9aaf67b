#!/usr/bin/env bash
# Start-up benchmark of `serve` on an existing store with nothing to ingest (docs/performance.md).
# Usage: scripts/bench-startup.sh [DATA_DIR] [RUNS]. Without DATA_DIR it ingests seeds/ into
# target/bench-startup-store first (once). Each run launches target/zhengqi-graph.jar serve, and prints
# the wall time from launch to the `ready:` line, the process CPU time spent by then (user+system,
# from /proc, so machine load does not inflate it), the wall time of the first GraphQL query after
# ready, and the machine's load average. JFR=<file> records the last run with Java Flight Recorder.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="${JAR:-target/zhengqi-graph.jar}"
DATA="${1:-target/bench-startup-store}"
RUNS="${2:-3}"
PORT="${PORT:-18611}"
TICKS=$(getconf CLK_TCK)
if [ ! -d "$DATA" ]; then
  "$JAVA" -jar "$JAR" ingest --data-dir "$DATA" --bolt-port 0 seeds >/dev/null
fi
cpu_seconds() { awk -v t="$TICKS" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; }
for run in $(seq 1 "$RUNS"); do
  jfr=()
  if [ -n "${JFR:-}" ] && [ "$run" = "$RUNS" ]; then
    jfr=(-XX:FlightRecorderOptions:stackdepth=512 "-XX:StartFlightRecording=filename=$JFR,settings=profile")
  fi
  log=$(mktemp)
  start=$(date +%s.%N)
  "$JAVA" "${jfr[@]}" -jar "$JAR" serve --data-dir "$DATA" --bolt-port 0 --port "$PORT" >"$log" 2>&1 &
  pid=$!
  until grep -q '^ready:' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.05
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  cpu=$(cpu_seconds "$pid")
  q0=$(date +%s.%N)
  curl -sf -H 'Content-Type: application/json' -d '{"query":"{ search(text: \"a\", first: 5) { totalCount } }"}' \
    "http://127.0.0.1:$PORT/graphql" >/dev/null
  first=$(echo "$(date +%s.%N) - $q0" | bc)
  if [ ${#jfr[@]} -gt 0 ]; then "${JAVA%java}jcmd" "$pid" JFR.dump name=1 "filename=$JFR" >/dev/null; fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf 'run %d: ready %.1f s wall, %s s process CPU by then; first query %.2f s; load %s\n' \
    "$run" "$ready" "$cpu" "$first" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
