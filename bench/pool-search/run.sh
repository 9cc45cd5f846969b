#!/usr/bin/env bash
# Pool search bench (docs/benchmarks.md). From the repository root:  bench/pool-search/run.sh
# Extra Maven properties pass through, e.g. -Dbench.entries=10000 -Dbench.requests=20 -Dbench.capture=true
# (bench/publication/run.sh runs this module's other entry point through this script: goals pass through too).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -d embedded-opensearch/target/lib ] \
        || [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
    echo "[bench] packaging the app (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
fi
exec ./mvnw -q -f bench/pool-search/pom.xml "$@"
