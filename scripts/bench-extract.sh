#!/usr/bin/env bash
# Speed of `extract` (the whole command, JVM start included) beside HanLP's own person+place+organisation
# recognition on the same text, both pinned to one core. Repeats seeds/ and ../shared/corpus/news until the
# input holds at least 5 MB. Usage: scripts/bench-extract.sh [megabytes]   (build the jar first;
# JAR=other.jar compares another build on the same input)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-target/zhengqi-graph.jar}
HANLP_JAR=$(find ~/.m2/repository/com/hankcs/hanlp -name 'hanlp-portable-*.jar' | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SOURCES=(seeds)
[ -d ../shared/corpus/news ] && SOURCES+=(../shared/corpus/news)
mkdir -p "$WORK/in"
n=0
while [ "$(du -sb "$WORK/in" | cut -f1)" -lt $((MB * 1024 * 1024)) ]; do
  for f in $(find "${SOURCES[@]}" -name '*.txt' ! -name SOURCES.md); do
    cp "$f" "$WORK/in/$(printf '%05d' $n)_$(basename "$f")"; n=$((n + 1))
  done
done
CHARS=$(cat "$WORK"/in/* | wc -m)
echo "load: $(uptime)"
echo "input: $n files, $(du -sb "$WORK/in" | cut -f1) bytes, $CHARS characters"
time_of() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
T_HANLP=$(time_of taskset -c 0 "$JAVA" -cp "$HANLP_JAR" scripts/HanlpBaseline.java "$WORK/in")
T_EXTRACT=$(time_of taskset -c 0 "$JAVA" -jar "$JAR" extract --format json "$WORK/in")
R_HANLP=$(echo "$CHARS / $T_HANLP" | bc)
R_EXTRACT=$(echo "$CHARS / $T_EXTRACT" | bc)
echo "HanLP person+place+org (one core): ${T_HANLP}s, $R_HANLP chars/s"
echo "extract --format json (one core):  ${T_EXTRACT}s, $R_EXTRACT chars/s"
echo "ratio extract/HanLP: $(echo "scale=2; $R_EXTRACT / $R_HANLP" | bc)"
