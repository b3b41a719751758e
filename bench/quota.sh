#!/usr/bin/env bash
# Quota benchmark: a 1,000-family, 30-class school through 22 school days against the sandbox's DingTalk
# stand-in over real HTTP, which counts every call; the clock is moved, not waited for. Not part of
# `mvn verify`; see bench/README.md.
# Usage: bench/quota.sh [days=22] [families=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.chenbao.bench.QuotaBenchmark "${1:-22}" "${2:-1000}"
