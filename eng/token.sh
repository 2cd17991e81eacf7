#!/usr/bin/env bash
# Prints a bearer token (HS256 JWT, valid for 8 hours) that a local CaseTracker run
# (eng/run.sh) accepts.
#
# Usage: eng/token.sh USER ROLE [TENANT]
#   ROLE    handler | facilitator | auditor | admin
#   TENANT  defaults to "default"
#
# Example:
#   TOKEN=$(./eng/token.sh alice handler)
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:5080/api/cases/...
#
# The signing key is <repo>/.local/secrets/jwt-signing-key (64 hex characters; the
# HMAC key is the 32 bytes they encode). It is created on first use.

set -euo pipefail

CT_PROG="token.sh"
# shellcheck source=eng/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<'EOF'
usage: eng/token.sh USER ROLE [TENANT]
  USER    user name, 1-64 characters from A-Z a-z 0-9 . _ @ -
  ROLE    one of: handler, facilitator, auditor, admin
  TENANT  tenant id (same characters as USER), default: default
example: eng/token.sh alice handler
EOF
  exit 2
}

if [[ $# -lt 2 || $# -gt 3 ]]; then
  usage
fi
user="$1"
role="$2"
tenant="${3:-default}"

name_re='^[A-Za-z0-9._@-]{1,64}$'
if [[ ! "$user" =~ $name_re ]]; then
  printf 'token.sh: invalid USER %q\n' "$user" >&2
  usage
fi
if [[ ! "$tenant" =~ $name_re ]]; then
  printf 'token.sh: invalid TENANT %q\n' "$tenant" >&2
  usage
fi
case "$role" in
  handler | facilitator | auditor | admin) ;;
  *)
    printf 'token.sh: invalid ROLE %q\n' "$role" >&2
    usage
    ;;
esac

command -v openssl >/dev/null 2>&1 || ct_die "openssl is needed (apt-get install -y openssl)"

key_hex="$(ct_ensure_signing_key)"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now="$(date +%s)"
exp=$((now + 8 * 3600))
header='{"alg":"HS256","typ":"JWT"}'
payload="$(printf '{"sub":"%s","name":"%s","role":"%s","tenant":"%s","iss":"casetracker-local","aud":"casetracker-api","iat":%d,"nbf":%d,"exp":%d}' \
  "$user" "$user" "$role" "$tenant" "$now" "$now" "$exp")"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" \
  | openssl dgst -sha256 -mac HMAC -macopt "hexkey:${key_hex}" -binary \
  | b64url)"
[[ -n "$signature" ]] || ct_die "signing failed"

printf '%s.%s\n' "$signing_input" "$signature"
