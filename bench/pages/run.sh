#!/usr/bin/env bash
# Pages bench (docs/benchmarks.md): the search page /pool?q= against GET /api/v1/pool?q= (20 clients), and an
# investor's recommendations (API and page, one client), at 100,000 pool entries. From the repository root:
#   bench/pages/run.sh            (extra Maven properties pass through, e.g. -Dbench.entries=10000 -Dbench.requests=20)
# It lives in bench/pool-search's Maven module (shared app start, OIDC stub, CPU meter, data generator) as the entry
# point PagesBench; that module's script packages the app first if needed. Data, app log and results.md go to
# bench/pages/target/run/ (the data is kept and reused by the next run).
set -euo pipefail
exec "$(dirname "$0")/../pool-search/run.sh" compile exec:exec@pages "$@"
