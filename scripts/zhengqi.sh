#!/usr/bin/env bash
# Runs target/zhengqi-graph.jar like `java -jar target/zhengqi-graph.jar ARGS...`, but from an extracted
# copy of the jar with a JDK 25 AOT cache (JEP 483/514), which spares most of start-up's class loading
# (docs/performance.md, Start-up). Optional: `java -jar` on the fat jar does the same, only slower.
#
#   scripts/zhengqi.sh serve                 # first run: extracts the jar and records an AOT cache at exit
#   scripts/zhengqi.sh serve                 # later runs: start from the cache
#
# The copy and the cache live in target/aot/ and are made again when the jar or the java changes. The
# first run is a training run: it runs as usual, a little slower, and on exit spends about a minute
# writing the cache (while another training run holds target/aot/training.lock, a run just uses no
# cache). ZHENGQI_AOT=check exits 0 when a cache for this jar and java is there. ZHENGQI_AOT=off runs the fat jar as plain `java -jar`. JAVA (default: Temurin 25) and
# JAVA_OPTS (extra JVM options) are honoured.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
jar="${JAR:-$root/target/zhengqi-graph.jar}"
dir="$root/target/aot"
read -r -a opts <<<"${JAVA_OPTS:-}"
if [ ! -f "$jar" ]; then
  echo "no $jar: build it first (./mvnw -q package -DskipTests)" >&2
  exit 1
fi
if [ "${ZHENGQI_AOT:-on}" = off ]; then
  exec "$JAVA" "${opts[@]}" -jar "$jar" "$@"
fi

# What the cache depends on: the jar (size and time) and the java that wrote it.
stamp="$(stat -c '%s %Y' "$jar") $("$JAVA" -version 2>&1 | tr '\n' ' ')"
app="$dir/app/$(basename "$jar")"
cache="$dir/app.aot"
if [ "${ZHENGQI_AOT:-on}" = check ]; then
  # For scripts: whether a run would start from a cache made for this jar and java.
  [ "$(cat "$dir/stamp" 2>/dev/null)" = "$stamp" ] && [ -f "$cache" ]
  exit
fi
if [ "$(cat "$dir/stamp" 2>/dev/null)" != "$stamp" ]; then
  # Spring Boot's extracted layout: the application jar plus lib/, on a plain class path that an AOT cache can hold.
  fresh="$dir.$$"
  rm -rf "$fresh"
  mkdir -p "$fresh"
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$fresh/app" >/dev/null
  echo "$stamp" >"$fresh/stamp"
  rm -rf "$dir"
  mv "$fresh" "$dir"
fi
# The cache's own messages (classes it cannot hold, and so on) stay off the command's output.
quiet=('-Xlog:aot*=off' '-Xlog:cds*=off')
if [ -f "$cache" ]; then
  exec "$JAVA" "${quiet[@]}" -XX:AOTCache="$cache" "${opts[@]}" -jar "$app" "$@"
fi
if ! mkdir "$dir/training.lock" 2>/dev/null; then
  exec "$JAVA" "${opts[@]}" -jar "$app" "$@"
fi
# Training run: the JVM records which classes the run loads and writes the cache when it exits. It runs as a
# child so that the lock can be removed afterwards; Ctrl-C and kill reach it as SIGTERM (a clean shutdown).
trap 'rmdir "$dir/training.lock" 2>/dev/null || true' EXIT
"$JAVA" "${quiet[@]}" -XX:AOTCacheOutput="$cache.$$" "${opts[@]}" -jar "$app" "$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' INT TERM HUP
status=0
wait "$child" || status=$?
while kill -0 "$child" 2>/dev/null; do
  status=0
  wait "$child" || status=$?
done
if [ -s "$cache.$$" ]; then
  mv "$cache.$$" "$cache"
else
  rm -f "$cache.$$"
fi
exit "$status"
