#!/usr/bin/env bash
# Private local PostgreSQL clusters for CaseTracker (development runs and tests).
#
# Usage:
#   eng/pg.sh start [--throwaway] DATADIR PORT   initdb if DATADIR is empty, then start
#                                                 (does nothing if it is already running)
#   eng/pg.sh stop DATADIR                        stop the cluster (fast shutdown)
#   eng/pg.sh crash DATADIR                       stop it as a crash would (immediate shutdown: no
#                                                 checkpoint, recovery from the WAL on next start)
#   eng/pg.sh status DATADIR                      exit 0 if running, 3 if not
#   eng/pg.sh createdb PORT NAME                  create database NAME if missing
#   eng/pg.sh bindir                              print the PostgreSQL bin folder
#                                                 (installs PostgreSQL when root and missing)
#
# --throwaway (or CASETRACKER_PG_THROWAWAY=1) is for disposable test clusters only:
# it turns off fsync, synchronous_commit and full_page_writes. Never use it for data
# you want to keep.
#
# The cluster listens on 127.0.0.1:PORT only, with trust authentication for user
# "postgres"; its Unix socket is in a folder beside DATADIR and its log is DATADIR.log.
# As root, initdb and pg_ctl run as the "postgres" OS user. If that user cannot reach
# DATADIR (for example a repository under /root), the data lives under
# /var/tmp/casetracker-<hash of repo path>/ instead, and the script says so.
#
# The file can also be sourced: it then only defines the pg_* functions
# (pg_start sets PG_DATA and PG_STARTED=1 when it started the server).

set -euo pipefail

# shellcheck source=eng/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_BIN="${PG_BIN:-}"
PG_DATA=""
PG_STARTED=0

_pg_log() { printf 'pg.sh: %s\n' "$*" >&2; }
_pg_err() { printf 'pg.sh: error: %s\n' "$*" >&2; }

_pg_abspath() {
  case "$1" in
    /*) printf '%s' "$1" ;;
    *) printf '%s/%s' "$(pwd -P)" "$1" ;;
  esac
}

_pg_check_port() {
  if [[ ! "$1" =~ ^[0-9]+$ ]] || (( $1 < 1024 || $1 > 65535 )); then
    _pg_err "port must be a number from 1024 to 65535 (got '$1')"
    return 2
  fi
}

# True if something accepts TCP connections on 127.0.0.1:PORT.
pg_port_in_use() {
  local port="$1"
  if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    return 0
  fi
  if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :${port}" 2>/dev/null | grep -q .; then
    return 0
  fi
  return 1
}

_pg_scan_bindir() {
  local d
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
    printf '%s' /usr/lib/postgresql/15/bin
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
      printf '%s' "$d"
      return 0
    fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
      printf '%s' "$d"
      return 0
    fi
  fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    d="$(dirname "$(command -v initdb)")"
    if [[ -x "$d/pg_ctl" ]]; then
      printf '%s' "$d"
      return 0
    fi
  fi
  return 1
}

# Sets PG_BIN. Installs PostgreSQL with apt when running as root and it is missing.
pg_find_bin() {
  if [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]]; then
    return 0
  fi
  if PG_BIN="$(_pg_scan_bindir)"; then
    return 0
  fi
  if ct_is_root && command -v apt-get >/dev/null 2>&1; then
    _pg_log "PostgreSQL server binaries not found; installing them with apt-get (needs the package mirror)..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get update -q >&2; then
      _pg_err "apt-get update failed"
      return 1
    fi
    if ! apt-get install -y -q postgresql-15 >&2; then
      _pg_log "postgresql-15 is not available; installing the distribution's 'postgresql' package instead"
      if ! apt-get install -y -q postgresql >&2; then
        _pg_err "could not install PostgreSQL with apt-get"
        return 1
      fi
    fi
    if PG_BIN="$(_pg_scan_bindir)"; then
      _pg_log "using PostgreSQL binaries in ${PG_BIN}"
      return 0
    fi
    _pg_err "PostgreSQL was installed but initdb/pg_ctl were still not found"
    return 1
  fi
  PG_BIN=""
  cat >&2 <<'EOF'
pg.sh: error: PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found.
  Install PostgreSQL 15 (or newer) and run this again, for example on Debian/Ubuntu:
      sudo apt-get update && sudo apt-get install -y postgresql-15
  or put the folder holding initdb and pg_ctl on PATH (pg_config --bindir tells where it is).
  To use an existing PostgreSQL server with eng/run.sh instead, set CONNECTIONSTRINGS__MARTEN.
EOF
  return 1
}

# Client tools come from the same folder when present (Debian ships them there).
_pg_client() {
  local tool="$1"
  if [[ -n "$PG_BIN" && -x "$PG_BIN/$tool" ]]; then
    printf '%s' "$PG_BIN/$tool"
  elif command -v "$tool" >/dev/null 2>&1; then
    command -v "$tool"
  else
    return 1
  fi
}

# Runs a server binary as the cluster owner: the postgres OS user when we are root.
_pg_as_owner() {
  if ct_is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

_pg_root_prereqs() {
  ct_is_root || return 0
  command -v runuser >/dev/null 2>&1 || { _pg_err "runuser (util-linux) is needed to run PostgreSQL as root"; return 1; }
  id -u postgres >/dev/null 2>&1 || {
    _pg_err "running as root needs an OS user named 'postgres' to own the cluster (create it, or run as a normal user)"
    return 1
  }
}

# True if the postgres OS user can traverse into folder $1.
_pg_postgres_can_reach() {
  [[ -d "$1" ]] && (cd / && runuser -u postgres -- test -x "$1") 2>/dev/null
}

_pg_fallback_datadir() {
  local data="$1" rel
  if [[ "$data" == "$CT_ROOT"/* ]]; then
    rel="${data#"$CT_ROOT"/}"
    rel="${rel#.local/}"
  else
    rel="ext-$(ct_short_hash "$data")/$(basename "$data")"
  fi
  printf '/var/tmp/casetracker-%s/%s' "$(ct_short_hash "$CT_ROOT")" "$rel"
}

# Sets PG_DATA to where the cluster for DATADIR lives (see the fallback above).
# With "create", makes the parent folder first.
pg_resolve_datadir() {
  local data fallback
  data="$(_pg_abspath "${1%/}")"
  PG_DATA="$data"
  ct_is_root || return 0
  if [[ "${2:-}" == create ]]; then
    (umask 022 && mkdir -p "$(dirname "$data")")
  fi
  if _pg_postgres_can_reach "$(dirname "$data")"; then
    return 0
  fi
  fallback="$(_pg_fallback_datadir "$data")"
  if [[ "${2:-}" == create ]]; then
    _pg_log "the 'postgres' OS user cannot reach $(dirname "$data");"
    _pg_log "using ${fallback} for the cluster data instead"
    (umask 022 && mkdir -p "$(dirname "$fallback")")
    chmod 755 "/var/tmp/casetracker-$(ct_short_hash "$CT_ROOT")" 2>/dev/null || true
  fi
  PG_DATA="$fallback"
}

_pg_sockdir() {
  local sock
  sock="$(dirname "$1")/$(basename "$1").sock"
  # Unix socket paths are limited to about 107 bytes.
  if (( ${#sock} + 20 > 100 )); then
    sock="/tmp/casetracker-pg-$(ct_short_hash "$1")"
  fi
  printf '%s' "$sock"
}

_pg_show_log() {
  local log="$1"
  if [[ -s "$log" ]]; then
    _pg_err "last lines of ${log}:"
    tail -n 20 "$log" | sed 's/^/    /' >&2
  fi
}

# pg_status DATADIR -> 0 running, 3 not running (PG_DATA is set).
pg_status() {
  pg_find_bin || return 1
  pg_resolve_datadir "$1"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    return 3
  fi
  if _pg_as_owner "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
    return 0
  fi
  return 3
}

# pg_start [--throwaway] DATADIR PORT
pg_start() {
  local throwaway="${CASETRACKER_PG_THROWAWAY:-0}"
  if [[ "${1:-}" == "--throwaway" ]]; then
    throwaway=1
    shift
  fi
  [[ "$throwaway" == "true" ]] && throwaway=1
  if [[ $# -ne 2 ]]; then
    _pg_err "usage: pg.sh start [--throwaway] DATADIR PORT"
    return 2
  fi
  local port="$2" sock log opts running_port i isready
  _pg_check_port "$port" || return 2
  PG_STARTED=0
  pg_find_bin || return 1
  _pg_root_prereqs || return 1
  pg_resolve_datadir "$1" create
  case "$PG_DATA" in
    *"'"* | *'"'* | *'\'* | *'$'* | *'`'*) _pg_err "data folder path may not contain quotes, \\, \$ or \`: $PG_DATA"; return 2 ;;
  esac
  sock="$(_pg_sockdir "$PG_DATA")"
  log="${PG_DATA}.log"

  # Already running?
  if [[ -f "$PG_DATA/PG_VERSION" ]] && _pg_as_owner "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
    running_port="$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
    if [[ -n "$running_port" && "$running_port" != "$port" ]]; then
      _pg_err "the cluster in ${PG_DATA} is already running on port ${running_port}, not ${port}"
      _pg_err "stop it first (eng/pg.sh stop ${PG_DATA}) or use port ${running_port}"
      return 1
    fi
    _pg_log "PostgreSQL already running on 127.0.0.1:${port} (data: ${PG_DATA})"
  else
    if pg_port_in_use "$port"; then
      _pg_err "port ${port} on 127.0.0.1 is already in use by another program"
      _pg_err "(for eng/run.sh choose another with CASETRACKER_PG_PORT=NNNN)"
      return 1
    fi

    # Create the folders; as root they belong to postgres.
    mkdir -p "$PG_DATA" "$sock"
    if [[ ! -f "$PG_DATA/PG_VERSION" ]] && [[ -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]]; then
      _pg_err "${PG_DATA} is not empty but holds no PostgreSQL cluster (no PG_VERSION); refusing to use it"
      return 1
    fi
    touch "$log"
    if ct_is_root; then
      chown postgres: "$PG_DATA" "$sock" "$log"
      if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
        chown -R postgres: "$PG_DATA"
      fi
    fi
    chmod 700 "$PG_DATA" "$sock"

    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
      _pg_log "creating a new PostgreSQL cluster in ${PG_DATA}"
      local initdb_args=(-D "$PG_DATA" -A trust -E UTF8 --locale=C.UTF-8 -U postgres)
      [[ "$throwaway" == 1 ]] && initdb_args+=(--no-sync)
      if ! _pg_as_owner "$PG_BIN/initdb" "${initdb_args[@]}" >"${PG_DATA}.initdb.log" 2>&1; then
        _pg_err "initdb failed; its output:"
        sed 's/^/    /' "${PG_DATA}.initdb.log" >&2
        return 1
      fi
      rm -f "${PG_DATA}.initdb.log"
    fi

    opts="-p ${port} -k '${sock}' -c listen_addresses=127.0.0.1"
    if [[ "$throwaway" == 1 ]]; then
      opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    fi
    if [[ -n "${CASETRACKER_PG_OPTS:-}" ]]; then
      opts+=" ${CASETRACKER_PG_OPTS}"
    fi
    _pg_log "starting PostgreSQL on 127.0.0.1:${port} (data: ${PG_DATA}, log: ${log})"
    local out
    if ! out="$(_pg_as_owner "$PG_BIN/pg_ctl" start -w -s -t 60 -D "$PG_DATA" -l "$log" -o "$opts" 2>&1)"; then
      _pg_err "PostgreSQL did not start"
      [[ -n "$out" ]] && printf '    %s\n' "$out" >&2
      _pg_show_log "$log"
      return 1
    fi
    # shellcheck disable=SC2034 # read by scripts that source this file
    PG_STARTED=1
  fi

  isready="$(_pg_client pg_isready || true)"
  if [[ -n "$isready" ]]; then
    for ((i = 0; i < 60; i++)); do
      if "$isready" -q -h 127.0.0.1 -p "$port" -t 2; then
        return 0
      fi
      sleep 0.5
    done
    _pg_err "PostgreSQL is not accepting connections on 127.0.0.1:${port}"
    _pg_show_log "$log"
    return 1
  fi
  return 0
}

# pg_stop DATADIR
pg_stop() {
  if [[ $# -ne 1 ]]; then
    _pg_err "usage: pg.sh stop DATADIR"
    return 2
  fi
  pg_find_bin || return 1
  _pg_root_prereqs || return 1
  pg_resolve_datadir "$1"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    _pg_log "no cluster in ${PG_DATA}; nothing to stop"
    return 0
  fi
  if ! _pg_as_owner "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
    _pg_log "PostgreSQL (data: ${PG_DATA}) is not running"
    return 0
  fi
  if _pg_as_owner "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w -s -t 60 >/dev/null 2>&1; then
    _pg_log "stopped PostgreSQL (data: ${PG_DATA})"
    return 0
  fi
  _pg_err "PostgreSQL (data: ${PG_DATA}) did not stop in time; trying immediate shutdown"
  _pg_as_owner "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -s -t 30 >/dev/null 2>&1
}

# pg_crash DATADIR: the server stops at once, as if it had died; fault tests use it.
pg_crash() {
  if [[ $# -ne 1 ]]; then
    _pg_err "usage: pg.sh crash DATADIR"
    return 2
  fi
  pg_find_bin || return 1
  _pg_root_prereqs || return 1
  pg_resolve_datadir "$1"
  _pg_as_owner "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w -s -t 30 >/dev/null 2>&1
}

# pg_createdb PORT NAME
pg_createdb() {
  if [[ $# -ne 2 ]]; then
    _pg_err "usage: pg.sh createdb PORT NAME"
    return 2
  fi
  local port="$1" name="$2" psql exists
  _pg_check_port "$port" || return 2
  if [[ ! "$name" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]]; then
    _pg_err "database name must match ^[A-Za-z_][A-Za-z0-9_]*\$ (got '$name')"
    return 2
  fi
  pg_find_bin >/dev/null 2>&1 || true
  psql="$(_pg_client psql)" || { _pg_err "psql was not found"; return 1; }
  exists="$(PGCONNECT_TIMEOUT=10 "$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tA \
    -c "SELECT 1 FROM pg_database WHERE datname = '${name}'")" || {
    _pg_err "cannot connect to PostgreSQL on 127.0.0.1:${port} as postgres"
    return 1
  }
  if [[ "$exists" == 1 ]]; then
    return 0
  fi
  if ! PGCONNECT_TIMEOUT=10 "$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"${name}\"" >/dev/null; then
    # Lost a race with another creator?
    exists="$("$psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tA \
      -c "SELECT 1 FROM pg_database WHERE datname = '${name}'" 2>/dev/null || true)"
    [[ "$exists" == 1 ]] && return 0
    _pg_err "could not create database ${name}"
    return 1
  fi
  _pg_log "created database ${name}"
}

_pg_usage() {
  sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}" >&2
}

_pg_main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    start) pg_start "$@" ;;
    stop) pg_stop "$@" ;;
    crash) pg_crash "$@" ;;
    status)
      if [[ $# -ne 1 ]]; then _pg_err "usage: pg.sh status DATADIR"; return 2; fi
      local rc=0
      pg_status "$1" || rc=$?
      if [[ $rc -eq 0 ]]; then echo "running (data: ${PG_DATA})"; elif [[ $rc -eq 3 ]]; then echo "not running (data: ${PG_DATA})"; fi
      return "$rc"
      ;;
    createdb) pg_createdb "$@" ;;
    bindir) pg_find_bin && printf '%s\n' "$PG_BIN" ;;
    -h | --help | help) _pg_usage; return 0 ;;
    *) _pg_usage; return 2 ;;
  esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  _pg_main "$@"
fi
