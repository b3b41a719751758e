#!/usr/bin/env bash
# Fault benchmark: starts the service (embedded database, sandbox, demo school) on loopback with its data in
# target/bench-faults, then runs a fever burst (60 guardians, 20 at a time) and a fuzz of signed callbacks
# (default 10,000) against it. Not part of `mvn verify`; see bench/README.md.
# Usage: bench/faults.sh [fuzzCount]     (PORT=18480 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18480}"
DIR=target/bench-faults
TOKEN=bench-faults-token
rm -rf "$DIR" && mkdir -p "$DIR/schools"
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
JAR=$(ls target/chenbao-*.jar | grep -v original | head -1)

java -Xmx768m -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$PORT" \
  --chenbao.data-dir="$DIR/data" --chenbao.schools.dir="$DIR/schools" \
  --chenbao.admin.token="$TOKEN" --chenbao.scheduler.enabled=false \
  --chenbao.sandbox.enabled=true --chenbao.demo.enabled=true \
  > "$DIR/service.log" 2>&1 &
SERVICE=$!
stop() {
  if [ -n "${DB:-}" ]; then kill -CONT "$DB" 2>/dev/null || true; fi
  kill "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 180); do
  # Up once the demo roster is in (it is imported after the web server starts).
  if curl -s "http://127.0.0.1:$PORT/sandbox/api/chats" -H "Authorization: Bearer $TOKEN" | grep -q '"guardian"'; then
    break
  fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "the service did not start; see $DIR/service.log" >&2
    exit 1
  fi
  sleep 1
done

CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

# Database cut: the embedded server of this run (found by its data folder, started by this script) is
# stopped for a moment; callbacks must get a fast 503 ("deliver again"), not wait for a connection.
DB=$(pgrep -f -- "--datadir=$(pwd)/$DIR/data/db" | head -1 || true)
if [ -n "$DB" ]; then
  kill -STOP "$DB"
  java -Xmx256m -cp "$CP" com.chenbao.bench.FaultBenchmark "http://127.0.0.1:$PORT" "$TOKEN" dbcut 10 || true
  kill -CONT "$DB"
else
  echo "dbcut skipped: no embedded database process found"
fi

java -Xmx512m -cp "$CP" com.chenbao.bench.FaultBenchmark "http://127.0.0.1:$PORT" "$TOKEN" "${1:-10000}"
