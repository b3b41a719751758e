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
  kill "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 180); do
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/sandbox/api/chats" -H "Authorization: Bearer $TOKEN"; then
    break
  fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "the service did not start; see $DIR/service.log" >&2
    exit 1
  fi
  sleep 1
done

java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.chenbao.bench.FaultBenchmark "http://127.0.0.1:$PORT" "$TOKEN" "${1:-10000}"
