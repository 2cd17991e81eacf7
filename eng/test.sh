#!/usr/bin/env bash
# Runs the whole CaseTracker test suite against a throwaway PostgreSQL cluster.
#
# Usage: eng/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Timeline"]
#
# Starts PostgreSQL (fsync off) in a temporary folder on a free port from
# ${CASETRACKER_TEST_PG_PORT:-55432} up, exports
#   CASETRACKER_TEST_DB="Host=127.0.0.1;Port=PORT;Username=postgres;Database=postgres"
# runs `dotnet test CaseTracker.sln -c Release`, then checks that no snapshot
# (tests/**/__snapshots__) was created or changed and that no __mismatch__ folder exists.
# The page tests drive Debian's Chromium headless (CASETRACKER_CHROMIUM, default: chromium on
# PATH); as root the script installs the chromium package when it is missing. With
# CASETRACKER_SCREENSHOTS=1 they also refresh docs/screenshots/*.png.
# Then lints the OpenAPI document that the API tests saved (CASETRACKER_OPENAPI_OUT) with
# Spectral and the repository's .spectral.yaml (OWASP ruleset); Spectral is installed once
# from eng/spectral/package-lock.json into .local/tools/spectral (git-ignored; needs npm).
# Stops the cluster and deletes the temporary folder afterwards.
#
# The last line printed is always "N passed, N failed". Build errors, a non-zero exit
# of dotnet test without failed tests, unreadable results, zero tests run,
# uncommitted snapshots and a failed (or impossible) lint each count as one failure.
# With extra arguments (a --filter) the lint is skipped when the document was not saved.
# Exit code 0 only if nothing failed.

set -euo pipefail

CT_PROG="test.sh"
# shellcheck source=eng/pg.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

cd "$CT_ROOT"

tmp=""
pg_data=""
cleaned=0

cleanup() {
  [[ "$cleaned" == 1 ]] && return 0
  cleaned=1
  if [[ -n "$pg_data" ]]; then
    pg_stop "$pg_data" >/dev/null 2>&1 || true
  fi
  if [[ -n "$tmp" && -d "$tmp" ]]; then
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Sums one attribute of the <Counters .../> element over all .trx files below $1.
# Prints nothing (and fails) when no file has the attribute.
trx_sum() {
  local dir="$1" attr="$2" total=0 found=0 f v
  while IFS= read -r -d '' f; do
    v="$(grep -o "<Counters [^>]*>" "$f" | grep -o " ${attr}=\"[0-9]*\"" | head -n 1 | tr -dc '0-9' || true)"
    if [[ -n "$v" ]]; then
      total=$((total + v))
      found=1
    fi
  done < <(find "$dir" -name '*.trx' -type f -print0 2>/dev/null)
  [[ "$found" == 1 ]] || return 1
  printf '%s' "$total"
}

# Lists uncommitted (new or changed) snapshot files and __mismatch__ folders under tests/.
snapshot_problems() {
  if git -C "$CT_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$CT_ROOT" status --porcelain --untracked-files=all -- tests 2>/dev/null \
      | sed -E 's/^.{3}//; s/^.* -> //; s/^"(.*)"$/\1/' \
      | grep -E '(^|/)__snapshots__/' | sed "s/^/  new or changed snapshot, not committed: /" || true
  fi
  if [[ -d tests ]]; then
    find tests -type d -name '__mismatch__' -not -path '*/bin/*' -not -path '*/obj/*' 2>/dev/null \
      | sed 's/^/  snapshot mismatch folder: /' || true
  fi
}

spectral_dir="${CT_ROOT}/.local/tools/spectral"

# Installs the locked Spectral packages into $spectral_dir unless that exact lock is installed.
spectral_install() {
  local lock="${CT_ROOT}/eng/spectral/package-lock.json" stamp="${spectral_dir}/installed.lock"
  if [[ -x "${spectral_dir}/node_modules/.bin/spectral" && -f "$stamp" ]] && cmp -s "$lock" "$stamp"; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || { ct_log "npm is not on PATH: cannot install Spectral"; return 1; }
  ct_log "installing Spectral into ${spectral_dir} (once)"
  mkdir -p "$spectral_dir"
  rm -f "$stamp"
  cp "${CT_ROOT}/eng/spectral/package.json" "$lock" "$spectral_dir/"
  # --ignore-scripts: the linter needs no install scripts, and none should run here.
  if ! (cd "$spectral_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2); then
    ct_log "npm ci failed (registry unreachable?): see above"
    return 1
  fi
  cp "$lock" "$stamp"
}

# Lints the saved OpenAPI document; prints Spectral's findings. Fails on any error-level finding.
openapi_lint() {
  if [[ ! -s "$openapi_doc" ]]; then
    if [[ $# -gt 0 ]]; then
      ct_log "OpenAPI lint skipped: the filtered tests did not save the document"
      return 0
    fi
    ct_log "OpenAPI lint failed: no document at ${openapi_doc} (Describing_the_api should save it)"
    return 1
  fi
  spectral_install || { ct_log "OpenAPI lint failed: Spectral could not be installed"; return 1; }
  # NODE_PATH lets .spectral.yaml name the ruleset package although it is installed elsewhere.
  if NODE_PATH="${spectral_dir}/node_modules" "${spectral_dir}/node_modules/.bin/spectral" lint \
      --ruleset "${CT_ROOT}/.spectral.yaml" --fail-severity error --display-only-failures "$openapi_doc" >&2; then
    ct_log "OpenAPI lint passed (.spectral.yaml, no errors)"
    return 0
  fi
  ct_log "OpenAPI lint failed: fix the errors above (docs/security.md, \"OpenAPI lint\")"
  return 1
}

# Prints the path of Debian's Chromium, installing the package first when it is missing and we
# are root. The page tests drive it headless; Playwright never downloads a browser of its own.
chromium_path() {
  local found
  found="${CASETRACKER_CHROMIUM:-$(command -v chromium 2>/dev/null || true)}"
  if [[ -z "$found" || ! -x "$found" ]] && ct_is_root && command -v apt-get >/dev/null 2>&1; then
    ct_log "Chromium not found; installing Debian's chromium package with apt-get (needs the package mirror)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 || ct_log "apt-get update failed"
    apt-get install -y -q chromium >&2 || ct_log "apt-get install chromium failed"
    found="$(command -v chromium 2>/dev/null || true)"
  fi
  [[ -n "$found" && -x "$found" ]] || return 1
  printf '%s' "$found"
}

command -v dotnet >/dev/null 2>&1 || ct_die "the .NET SDK (dotnet) is not on PATH"
[[ -f CaseTracker.sln ]] || ct_die "CaseTracker.sln not found in ${CT_ROOT}"

if ! CASETRACKER_CHROMIUM="$(chromium_path)"; then
  ct_log "Chromium is needed for the page tests (tests/CaseTracker.Pages.Tests): install it with"
  ct_log "  sudo apt-get install -y chromium"
  ct_log "or set CASETRACKER_CHROMIUM to a Chromium executable; run as root and this script installs it."
  echo "0 passed, 1 failed"
  exit 1
fi
export CASETRACKER_CHROMIUM
ct_log "page tests use ${CASETRACKER_CHROMIUM}"

# A temporary folder the postgres OS user can use when we are root.
if ct_is_root; then
  tmp="$(mktemp -d /tmp/casetracker-test.XXXXXX)"
else
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/casetracker-test.XXXXXX")"
fi
chmod 755 "$tmp"
pg_data="${tmp}/pg/data"

# Start the throwaway cluster on the first free port.
port="${CASETRACKER_TEST_PG_PORT:-55432}"
[[ "$port" =~ ^[0-9]+$ ]] || ct_die "CASETRACKER_TEST_PG_PORT must be a number"
started=0
for ((attempt = 0; attempt < 5; attempt++)); do
  while pg_port_in_use "$port"; do
    port=$((port + 1))
  done
  if pg_start --throwaway "$pg_data" "$port"; then
    started=1
    break
  fi
  # Lost a race for the port (or another start problem): try the next port.
  pg_stop "$pg_data" >/dev/null 2>&1 || true
  port=$((port + 1))
done
if [[ "$started" != 1 ]]; then
  ct_log "could not start the test PostgreSQL"
  echo "0 passed, 1 failed"
  exit 1
fi
export CASETRACKER_TEST_DB="Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres"
ct_log "test PostgreSQL on 127.0.0.1:${port}"

results="${tmp}/results"
mkdir -p "$results"
openapi_doc="${tmp}/openapi.json"
export CASETRACKER_OPENAPI_OUT="$openapi_doc"

start_s="$(date +%s)"
test_rc=0
dotnet test CaseTracker.sln -c Release \
  --logger "trx;LogFilePrefix=results" \
  --results-directory "$results" \
  "$@" || test_rc=$?
elapsed=$(($(date +%s) - start_s))

# In CI, do not leave compiler/MSBuild servers running after the script.
if [[ -n "${CI:-}" && "${CI}" != "false" ]]; then
  dotnet build-server shutdown >/dev/null 2>&1 || true
fi

extra=0
echo
passed="$(trx_sum "$results" passed || true)"
failed="$(trx_sum "$results" failed || true)"
if [[ -z "$passed" || -z "$failed" ]]; then
  ct_log "could not read test counts: no test results (.trx) were written (build error?)"
  passed="${passed:-0}"
  failed="${failed:-0}"
  extra=$((extra + 1))
else
  # Errors and timeouts are failures too.
  errors="$(trx_sum "$results" error || echo 0)"
  timeouts="$(trx_sum "$results" timeout || echo 0)"
  failed=$((failed + errors + timeouts))
  trx_count="$(find "$results" -name '*.trx' -type f | wc -l | tr -d ' ')"
  ct_log "results from ${trx_count} test project(s)"
fi

if [[ "$test_rc" -ne 0 && "$failed" -eq 0 && "$extra" -eq 0 ]]; then
  ct_log "dotnet test exited with code ${test_rc} although no test failed (build error or crashed test host?)"
  extra=$((extra + 1))
fi
if [[ $((passed + failed)) -eq 0 && "$extra" -eq 0 ]]; then
  ct_log "no tests ran"
  extra=$((extra + 1))
fi

snapshots="$(snapshot_problems)"
if [[ -n "$snapshots" ]]; then
  ct_log "snapshot check failed:"
  printf '%s\n' "$snapshots" >&2
  ct_log "review the snapshots, then commit them (and delete any __mismatch__ folder) before running again"
  extra=$((extra + 1))
fi

if [[ "$extra" -eq 0 || -s "$openapi_doc" ]]; then
  openapi_lint "$@" || extra=$((extra + 1))
fi

cleanup

failed=$((failed + extra))
printf 'Build and tests took %dm %02ds\n' $((elapsed / 60)) $((elapsed % 60))
echo "${passed} passed, ${failed} failed"
if [[ "$failed" -ne 0 ]]; then
  exit 1
fi
exit 0
