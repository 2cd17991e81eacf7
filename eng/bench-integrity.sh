#!/usr/bin/env bash
# Measures what the integrity chain costs, against a throwaway PostgreSQL on this machine:
#   - append throughput with and without the chain, side by side in one run (alternating rounds);
#   - the store-wide check over 100,000 events: events/s and memory.
#
# Usage: eng/bench-integrity.sh [append|check|all]
#
# The cluster runs with fsync off (like the tests): absolute figures flatter a real server, the
# with/without ratio is what this measures. Results go to stdout; docs/benchmarks.md keeps a copy.
set -euo pipefail

CT_PROG="bench-integrity.sh"
# shellcheck source=eng/pg.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"
cd "$CT_ROOT"

tmp="$(mktemp -d /tmp/casetracker-bench.XXXXXX)"
chmod 755 "$tmp"
pg_data="${tmp}/pg/data"
cleanup() {
  pg_stop "$pg_data" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

port="${CASETRACKER_BENCH_PG_PORT:-55532}"
while pg_port_in_use "$port"; do port=$((port + 1)); done
pg_start --throwaway "$pg_data" "$port" || ct_die "could not start PostgreSQL"
pg_createdb "$port" casetracker_bench || ct_die "could not create the benchmark database"

dotnet build tests/CaseTracker.IntegrityBench -c Release -v quiet -nologo >/dev/null
dotnet tests/CaseTracker.IntegrityBench/bin/Release/net10.0/CaseTracker.IntegrityBench.dll \
  "Host=127.0.0.1;Port=${port};Username=postgres;Database=casetracker_bench;Pooling=true" "${1:-all}"
