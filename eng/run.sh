#!/usr/bin/env bash
# Runs CaseTracker locally with sample data.
#
# Usage: eng/run.sh
#
# Unless CONNECTIONSTRINGS__MARTEN is set, starts a private PostgreSQL cluster with its
# data in <repo>/.local/pg/data on 127.0.0.1:${CASETRACKER_PG_PORT:-5433} and uses the
# database "casetracker" in it. The data is kept between runs; the cluster is stopped
# again when the API stops (Ctrl-C), if this script started it.
#
# Environment (all optional):
#   CONNECTIONSTRINGS__MARTEN  use this PostgreSQL connection string; start no PostgreSQL
#   CASETRACKER_PG_PORT        port of the local cluster (default 5433)
#   ASPNETCORE_URLS            where the API listens (default http://127.0.0.1:5080)
#   ASPNETCORE_ENVIRONMENT     default Development

set -euo pipefail

CT_PROG="run.sh"
# shellcheck source=eng/pg.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

cd "$CT_ROOT"

command -v dotnet >/dev/null 2>&1 || ct_die "the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first"

api_pid=""
stopping=0
stop_requested_at=0
local_pg_data=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill -TERM "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  # PG_STARTED is set by pg_start (eng/pg.sh) only when it started the server itself.
  if [[ "${PG_STARTED:-0}" == 1 && -n "$local_pg_data" ]]; then
    pg_stop "$local_pg_data" || true
  fi
  exit "$rc"
}

on_signal() {
  if [[ -z "$api_pid" ]]; then
    # Not running the API yet: just leave (cleanup stops PostgreSQL if we started it).
    printf '\n' >&2
    exit 130
  fi
  # A second Ctrl-C (not the same signal delivered twice at once) forces the stop.
  if [[ "$stopping" == 1 ]]; then
    if (( $(date +%s) - stop_requested_at < 2 )); then
      return
    fi
    ct_log "stopping forcefully"
    pkill -KILL -P "$api_pid" 2>/dev/null || true
    kill -KILL "$api_pid" 2>/dev/null || true
    return
  fi
  stopping=1
  stop_requested_at="$(date +%s)"
  printf '\n' >&2
  ct_log "stopping CaseTracker..."
  kill -TERM "$api_pid" 2>/dev/null || true
}

trap cleanup EXIT
trap on_signal INT TERM

if [[ -n "${CONNECTIONSTRINGS__MARTEN:-}" ]]; then
  ct_log "using CONNECTIONSTRINGS__MARTEN from the environment (no local PostgreSQL started)"
  db_note="PostgreSQL: from CONNECTIONSTRINGS__MARTEN"
else
  port="${CASETRACKER_PG_PORT:-5433}"
  local_pg_data="${CT_ROOT}/.local/pg/data"
  pg_start "$local_pg_data" "$port" || ct_die "could not start the local PostgreSQL (see above)"
  pg_createdb "$port" casetracker || ct_die "could not create the database casetracker"
  export CONNECTIONSTRINGS__MARTEN="Host=127.0.0.1;Port=${port};Username=postgres;Database=casetracker"
  db_note="PostgreSQL: 127.0.0.1:${port}, database casetracker (data in ${PG_DATA})"
fi

ct_ensure_signing_key >/dev/null
export Auth__SigningKeyFile="$CT_SIGNING_KEY_FILE"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export CaseTracker__SeedSampleData=true
# Pages: sign in as anyone, in any role and organisation, without a password (local only).
export CaseTracker__LocalSignIn=true

# First URL, with a wildcard host replaced so that it can be opened and curled.
url="${ASPNETCORE_URLS%%;*}"
url="$(printf '%s' "$url" | sed -E 's#//(\*|\+|0\.0\.0\.0|\[::\])#//localhost#')"
url="${url%/}"

cat <<EOF

  CaseTracker (${ASPNETCORE_ENVIRONMENT}, sample data on)
    Pages:          ${url}/  (sign in as any user, role and organisation)
    API:            ${url}/api
    API reference:  ${url}/docs
    OpenAPI:        ${url}/openapi/v1.json
    ${db_note}

  Get a token:      ./eng/token.sh alice handler
  Example:          TOKEN=\$(./eng/token.sh alice handler)
                    curl -H "Authorization: Bearer \$TOKEN" ${url}/api/cases/<id>

  Building and starting (the first build takes a while); Ctrl-C stops it.

EOF

dotnet run --project src/CaseTracker.Api -c Release --no-launch-profile &
api_pid=$!

rc=0
while :; do
  rc=0
  wait "$api_pid" || rc=$?
  # wait returns early when a signal arrives; keep waiting until the API has exited.
  if kill -0 "$api_pid" 2>/dev/null; then
    continue
  fi
  break
done
api_pid=""

if [[ "$stopping" == 1 ]]; then
  ct_log "CaseTracker stopped"
  exit 0
fi
if [[ "$rc" -ne 0 ]]; then
  ct_log "CaseTracker exited with code ${rc}"
fi
exit "$rc"
