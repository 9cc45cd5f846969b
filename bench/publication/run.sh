#!/usr/bin/env bash
# Publication bench (docs/benchmarks.md). From the repository root:  bench/publication/run.sh
# Extra Maven properties pass through, e.g. -Dbench.achievements=10000 -Dbench.timeoutMinutes=30
# It lives in bench/pool-search's Maven module (shared app start, OIDC stub, CPU meter, data generator)
# as the entry point PublicationBench; that module's script packages the app first if needed.
# Data, app log, thread dumps and results go to bench/publication/target/run/ (emptied at each start).
set -euo pipefail
exec "$(dirname "$0")/../pool-search/run.sh" compile exec:exec@publication "$@"
