#!/usr/bin/env bash
# Runs a CaseTracker benchmark against a throwaway PostgreSQL cluster (fsync off, like the tests).
#
# Usage: eng/bench.sh reports [--events N]
#        eng/bench.sh integrity [append|append-service|seal|check|all]
#        eng/bench.sh throughput [--clients N] [--seconds S] [--rounds R] [--events N]
#        eng/bench.sh coldstart [--rounds R]
#        eng/bench.sh nodes [--clients N] [--seconds S]
#
# throughput: the same workload over HTTP, in-process and as raw Npgsql, commands and reads, then
# latency again after filling the store to --events (default 1,000,000; 0 skips it). ~15 minutes.
# coldstart: process start to first answers, with Wolverine's code generated at run time and beforehand.
# The code is generated (codegen write) in a copy of the sources in the temporary folder, never in src/.
# nodes: throughput with one API process and then two (Balanced, over the one PostgreSQL), the clients
# dealt to the nodes in turn; prints both, with the machine's load average. ~2 minutes.
#
# Starts PostgreSQL in a temporary folder on a free port from ${CASETRACKER_BENCH_PG_PORT:-56432} up,
# exports CASETRACKER_BENCH_DB, runs tests/CaseTracker.Benchmarks in Release with the arguments given,
# and stops and deletes the cluster afterwards. The benchmark prints its figures as a Markdown table.

set -euo pipefail

CT_PROG="bench.sh"
# shellcheck source=eng/pg.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

cd "$CT_ROOT"

tmp=""
pg_data=""
cleanup() {
  if [[ -n "$pg_data" ]]; then pg_stop "$pg_data" >/dev/null 2>&1 || true; fi
  if [[ -n "$tmp" && -d "$tmp" ]]; then rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

tmp="$(mktemp -d /tmp/casetracker-bench.XXXXXX)"
chmod 755 "$tmp"
pg_data="${tmp}/pg/data"
port="${CASETRACKER_BENCH_PG_PORT:-56432}"
while pg_port_in_use "$port"; do port=$((port + 1)); done
pg_start --throwaway "$pg_data" "$port" || ct_die "could not start the benchmark PostgreSQL"
export CASETRACKER_BENCH_DB="Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres"

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Command: eng/bench.sh $*"
case "${1:-}" in
  integrity)
    # The integrity chain's cost: append with and without it, and the store-wide check.
    pg_createdb "$port" casetracker_bench || ct_die "could not create the benchmark database"
    dotnet build tests/CaseTracker.IntegrityBench -c Release -v quiet -nologo >/dev/null
    dotnet tests/CaseTracker.IntegrityBench/bin/Release/net10.0/CaseTracker.IntegrityBench.dll \
      "Host=127.0.0.1;Port=${port};Username=postgres;Database=casetracker_bench;Pooling=true" "${2:-all}"
    ;;
  coldstart)
    shift
    dotnet build src/CaseTracker.Api -c Release -v quiet -nologo >/dev/null
    copy="${tmp}/pregenerated"
    mkdir -p "$copy"
    tar --exclude=bin --exclude=obj -cf - src Directory.Build.props Directory.Packages.props global.json .editorconfig | tar -xf - -C "$copy"
    ct_log "generating Wolverine's code in ${copy} (codegen write) and building it"
    # Writing code builds the host but connects to nothing; the settings only have to be present.
    (cd "$copy" && ConnectionStrings__Marten="$CASETRACKER_BENCH_DB" Auth__SigningKey="$(openssl rand -hex 32)" \
      dotnet run --project src/CaseTracker.Api -c Release -- codegen write >"${tmp}/codegen.log" 2>&1) \
      || { tail -30 "${tmp}/codegen.log" >&2; ct_die "codegen write failed"; }
    dotnet build "${copy}/src/CaseTracker.Api" -c Release -v quiet -nologo >/dev/null
    dotnet run --project tests/CaseTracker.Benchmarks -c Release -- coldstart \
      --dynamic src/CaseTracker.Api/bin/Release/net10.0/CaseTracker.Api.dll \
      --static "${copy}/src/CaseTracker.Api/bin/Release/net10.0/CaseTracker.Api.dll" "$@"
    ;;
  *)
    dotnet run --project tests/CaseTracker.Benchmarks -c Release -- "$@"
    ;;
esac
