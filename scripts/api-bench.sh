#!/usr/bin/env bash
# Load benchmark of the GraphQL API (docs/graphql.md): loads a synthetic graph of about 27,000 nodes
# into the application's embedded Neo4j, then CLIENTS clients (default 32) send a mix of search,
# officials, projects-page and depth-2 neighbourhood queries over loopback HTTP for DURATION
# (default 60) after WARMUP seconds (default 15). Prints p50/p95/p99 per query and writes them to
# target/api-bench.txt; exits non-zero if any request failed.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/api-bench.txt
./mvnw -B -q test -Dtest=ApiLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.clients="${CLIENTS:-32}" -Dbench.seconds="${DURATION:-60}" -Dbench.warmup="${WARMUP:-15}" \
  | grep -v -E '^(WARNING|OpenJDK|Mockito)' || true
test -f target/api-bench.txt && cat target/api-bench.txt
grep -q '^errors: 0$' target/api-bench.txt
