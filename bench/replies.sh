#!/usr/bin/env bash
# Reply accuracy benchmark: every reply of bench/replies/replies.jsonl through the running service (sandbox
# DingTalk, signed callbacks, the handler, the parser, the embedded database), compared with what the set
# says must be stored. Not part of `mvn verify`; see bench/README.md.
# Usage: bench/replies.sh [set.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.chenbao.conversation.RepliesBenchmark "${1:-bench/replies/replies.jsonl}"
