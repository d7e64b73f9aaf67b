#!/usr/bin/env bash
# Benchmark (not a test): N generated pages (default 2000) through `ingest` and through spark-ingest on
# local[1] and local[2], each into an empty store; prints seconds, articles/s, time writing, peak memory.
# Usage: spark/bench.sh [N] [folders of real pages to vary, default: seeds and the shared news corpus]
# Needs the root project built and installed and this module packaged (see docs/scale.md).
# Runs under nice; the generated pages and stores go to spark/target/bench/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
pages_n="${1:-2000}"
shift || true
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=("$root/seeds" /work/shared/corpus/news)
java="$(compgen -G '/usr/lib/jvm/*25*/bin/java' | head -n 1)"
work="$here/target/bench"
rm -rf "$work" && mkdir -p "$work"

existing=()
for s in "${sources[@]}"; do [ -d "$s" ] && existing+=("$s"); done
nice -n 19 "$java" -cp "$root/target/test-classes:$(cat "$here/target/job.classpath")" com.zhengqi.graph.bench.CorpusGenerator \
  "$work/pages" "$pages_n" "${existing[@]}"

# One line per pass: wall seconds and peak resident memory of the whole process (GNU time), then the summary.
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" nice -n 19 "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  read -r seconds kib < <(tail -n 1 "$work/$name.time")
  printf '| %s | %s | %d MiB | %s |\n' "$name" "$seconds" $((kib / 1024)) "$(grep -h 'ingested\|spark:' "$work/$name.out" | tr '\n' ' ')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| pass | seconds | peak RSS | summary |"
echo "|---|---|---|---|"
measure ingest "$java" -Xmx2g -jar "$root/target/zhengqi-graph.jar" ingest --data-dir "$work/ingest-store" "$work/pages"
measure local1 env SPARK_INGEST_OPTS=-Xmx2g "$here/bin/spark-ingest" --master 'local[1]' --out "$work/csv-local1" "$work/pages"
measure local2 env SPARK_INGEST_OPTS=-Xmx2g "$here/bin/spark-ingest" --master 'local[2]' --out "$work/csv-local2" "$work/pages"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
