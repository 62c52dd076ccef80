#!/usr/bin/env bash
# Build JourneyMapper as a one-folder program that runs without Python:
#
#     bash packaging/bundle.sh          ->  dist/journeymapper/journeymapper
#
# Uses this clone's .venv (made by bootstrap.sh as for run.sh) and installs PyInstaller
# into it. The build machine's X11 and Wayland client libraries go into the bundle, so
# they are installed first (as root; otherwise bootstrap.sh prints the apt-get line).
set -euo pipefail
export JM_NEED_X11=1
export JM_EXTRA_APT="${JM_EXTRA_APT:-} libwayland-cursor0 libwayland-egl1"
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"   # cd's to the clone's root

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6,<7"
fi

echo "Building dist/journeymapper (about a minute)"
rm -rf dist/journeymapper
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/journeymapper.spec

program="dist/journeymapper/journeymapper"
version="$(QT_QPA_PLATFORM=offscreen "$program" --version)"
echo "Built $program ($version, $(du -sh dist/journeymapper | cut -f1)). Run it, or install it"
echo "into the desktop's menu and file types with: bash packaging/install-desktop.sh"
