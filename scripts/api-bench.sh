#!/usr/bin/env bash
# Load benchmark of the GraphQL API (docs/graphql.md): loads a synthetic graph of about 27,000 nodes
# into the application's embedded Neo4j, then CLIENTS clients (default 32) send a mix of search,
# officials, projects-page and depth-2 neighbourhood queries over loopback HTTP for DURATION seconds
# (default 60) after WARMUP seconds (default 15): first with the response cache off (every request
# executes), then with it on (RESPONSE_CACHE=off|on|both, default both). After the uncached run it sends
# each request's own Cypher statements (learnt by sending each request once) straight over Bolt with the
# same clients, and prints GraphQL p99 / Bolt p99 (goal <= 1.5). Prints, per run, p50/p95/p99
# per query, requests/s, CPU per request split into server and clients, the machine's load average,
# plus each query alone (one request at a time) with its server CPU; writes them to
# target/api-bench.txt; exits non-zero if any request failed. JFR=<file> also records the uncached
# run with Java Flight Recorder (open it with `jfr print`/`jfr view` or JDK Mission Control).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/api-bench.txt
./mvnw -B -q test -Dtest=ApiLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.clients="${CLIENTS:-32}" -Dbench.seconds="${DURATION:-60}" -Dbench.warmup="${WARMUP:-15}" \
  -Dbench.responseCache="${RESPONSE_CACHE:-both}" -Dbench.jfr="${JFR:-}" \
  | grep -v -E '^(WARNING|OpenJDK|Mockito)' || true
test -f target/api-bench.txt && cat target/api-bench.txt
grep -q '^errors: ' target/api-bench.txt && ! grep -q -E '^errors: [1-9]' target/api-bench.txt
