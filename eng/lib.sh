# shellcheck shell=bash
# Shared helpers for the eng/*.sh scripts. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Defines:
#   CT_ROOT                  absolute path of the repository root
#   CT_SIGNING_KEY_FILE      <repo>/.local/secrets/jwt-signing-key
#   ct_log / ct_die          messages on stderr
#   ct_is_root               true when running as root
#   ct_short_hash STRING     8 hex chars identifying STRING
#   ct_ensure_signing_key    create the local JWT signing key if missing; print its hex

if [[ -n "${CT_LIB_LOADED:-}" ]]; then
  return 0
fi
CT_LIB_LOADED=1

CT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CT_SIGNING_KEY_FILE="${CT_ROOT}/.local/secrets/jwt-signing-key"

# Name shown in messages; scripts may override before or after sourcing.
CT_PROG="${CT_PROG:-$(basename "$0")}"

ct_log() { printf '%s: %s\n' "$CT_PROG" "$*" >&2; }
ct_die() { printf '%s: error: %s\n' "$CT_PROG" "$*" >&2; exit 1; }
ct_is_root() { [[ "$(id -u)" -eq 0 ]]; }

ct_short_hash() {
  if command -v sha256sum >/dev/null 2>&1; then
    printf '%s' "$1" | sha256sum | cut -c1-8
  else
    printf '%08x' "$(printf '%s' "$1" | cksum | cut -d' ' -f1)"
  fi
}

# 64 lowercase hex chars = 32 random bytes.
ct_random_hex32() {
  local hex=""
  if command -v openssl >/dev/null 2>&1; then
    hex="$(openssl rand -hex 32 2>/dev/null || true)"
  fi
  if [[ ! "$hex" =~ ^[0-9a-f]{64}$ ]]; then
    hex="$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')"
  fi
  [[ "$hex" =~ ^[0-9a-f]{64}$ ]] || ct_die "could not generate random bytes"
  printf '%s' "$hex"
}

# Ensures the local HS256 signing key exists (64 hex chars; the HMAC key is the
# 32 decoded bytes). Creates it with mode 600 in a mode-700 directory.
# Prints the hex key on stdout.
ct_ensure_signing_key() {
  local file="$CT_SIGNING_KEY_FILE" dir tmp hex
  dir="$(dirname "$file")"
  if [[ ! -f "$file" ]]; then
    # Only the secrets folder is private: as root, eng/pg.sh needs the postgres
    # user to reach <repo>/.local/pg.
    (umask 022 && mkdir -p "$(dirname "$dir")")
    (umask 077 && mkdir -p "$dir")
    chmod 700 "$dir"
    tmp="$(umask 077 && mktemp "${dir}/.jwt-signing-key.XXXXXX")"
    ct_random_hex32 >"$tmp"
    chmod 600 "$tmp"
    # ln fails if another process created the key meanwhile; keep theirs.
    if ln "$tmp" "$file" 2>/dev/null; then
      ct_log "created local JWT signing key ${file}"
    fi
    rm -f "$tmp"
  fi
  [[ -r "$file" ]] || ct_die "cannot read signing key ${file}"
  hex="$(tr -d ' \t\r\n' <"$file")"
  if [[ ! "$hex" =~ ^[0-9a-fA-F]{64}$ ]]; then
    ct_die "${file} must contain exactly 64 hex characters (32 bytes); delete it to create a new one"
  fi
  printf '%s\n' "$hex"
}
