#!/usr/bin/env bash
# Push benchmark: 10,000 recipients through the outbound DingTalk adapter against a local fake DingTalk
# (20 QPS per API enforced, 50 ms per call). Not part of `mvn verify`; see bench/README.md.
# Usage: bench/push.sh [N] [naiveN]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  com.chenbao.bench.PushBenchmark "${1:-10000}" "${2:-100}"
