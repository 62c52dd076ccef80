#!/usr/bin/env bash
# Start JourneyMapper on the airline sample map: bash packaging/run.sh [FILE.jmap]
set -euo pipefail
JM_NEED_X11=1
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec .venv/bin/journeymapper "$@"
