#!/usr/bin/env bash
# Checks a case bundle (GET /api/cases/{id}/export) offline: no database, no CaseTracker, only
# python3's standard library. It is an independent implementation of docs/integrity.md.
#
# Usage: eng/verify-bundle.sh FILE
#
# Prints "valid: ..." and exits 0 when every event matches its hash and the chain runs unbroken
# from the genesis value to the head (and through the checkpointed head, if the bundle has one).
# Prints "BROKEN at version N: ..." and exits 1 otherwise. Exits 2 when the file cannot be read.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 FILE" >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "verify-bundle.sh: python3 is needed (apt-get install -y python3)" >&2
  exit 2
fi
exec python3 "$(dirname "${BASH_SOURCE[0]}")/verify_bundle.py" "$1"
