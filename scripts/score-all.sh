#!/usr/bin/env bash
# Scores the extractor on every set it is measured on: seeds, the 13 news articles, and the two halves of the
# development corpus (A = C01-C15, the half rules are tuned on; B = D01-D15, the held-out half, scored only to check).
# Usage: scripts/score-all.sh [-v]   (build the jar first; dev-corpus/ as ../shared/corpus/dev/README.md says)
# Writes every output under target/score/ and prints one summary line per set.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
OUT=target/score
mkdir -p "$OUT"
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
CMD="$JAVA -jar target/zhengqi-graph.jar extract --format json"
VERBOSE=${1:-}
score() { # name gold dir
  local name=$1 gold=$2 dir=$3
  $CMD "$dir" > "$OUT/$name.jsonl" 2> "$OUT/$name.err" || true
  python3 "$SHARED/eval/score.py" --gold "$gold" --dir "$dir" --output "$OUT/$name.jsonl" $VERBOSE > "$OUT/$name.txt"
  printf '%-8s %s\n' "$name" "$(tail -1 "$OUT/$name.txt")"
}
score seeds "$SHARED/eval/seeds-gold.json" seeds
score news "$SHARED/eval/news-gold.json" "$SHARED/corpus/news"
if [ -d dev-corpus ]; then
  for half in A B; do
    case $half in A) pat='^C';; B) pat='^D';; esac
    mkdir -p "$OUT/dev-$half"
    rm -f "$OUT/dev-$half"/*
    python3 - "$SHARED/eval/dev-gold.json" "$OUT/dev-$half.gold.json" "$pat" <<'PY'
import json, re, sys
key = json.load(open(sys.argv[1], encoding="utf-8"))
key["files"] = [f for f in key["files"] if re.match(sys.argv[3], f["file"])]
json.dump(key, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
    for f in dev-corpus/*; do [[ $(basename "$f") =~ $pat ]] && ln -sf "$(realpath "$f")" "$OUT/dev-$half/"; done
    score "dev-$half" "$OUT/dev-$half.gold.json" "$OUT/dev-$half"
  done
  python3 "$SHARED/eval/score.py" --gold "$SHARED/eval/dev-gold.json" --dir dev-corpus \
      --output <(cat "$OUT/dev-A.jsonl" "$OUT/dev-B.jsonl") > "$OUT/dev.txt"
  printf '%-8s %s\n' "dev" "$(tail -1 "$OUT/dev.txt")"
else
  echo "no dev-corpus/: see ../shared/corpus/dev/README.md"
fi
