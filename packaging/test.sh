#!/usr/bin/env bash
# Run the whole test suite on a fresh or known machine: bash packaging/test.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
export QT_QPA_PLATFORM=offscreen
echo "== layering contracts (import-linter)"
.venv/bin/lint-imports --no-cache
echo "== tests"
.venv/bin/python -m pytest -q "$@"
