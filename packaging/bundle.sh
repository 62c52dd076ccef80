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
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"   # cd's to the clone's root

# Qt's Wayland plugin needs these two as well; bundled, the program runs on a Wayland
# desktop that lacks them. Without them the bundle relies on the desktop's own.
wayland_missing=""
for pair in libwayland-cursor.so.0:libwayland-cursor0 libwayland-egl.so.1:libwayland-egl1; do
  ldconfig -p 2>/dev/null | grep -qF "${pair%%:*} " || wayland_missing="$wayland_missing ${pair#*:}"
done
if [ -n "$wayland_missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $wayland_missing >/dev/null
  else
    echo "Note: the bundle will use the desktop's own$wayland_missing (sudo apt-get install -y$wayland_missing bundles them)."
  fi
fi

if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6,<7"
fi

echo "Building dist/journeymapper (about a minute)"
rm -rf dist/journeymapper
mkdir -p build
# PyInstaller's warnings (mostly about libraries of plugins the spec then leaves out) go
# to a log, shown when the build fails.
if ! .venv/bin/pyinstaller --noconfirm --log-level WARN \
     --distpath dist --workpath build/pyinstaller packaging/journeymapper.spec \
     > build/pyinstaller.log 2>&1; then
  tail -n 30 build/pyinstaller.log
  echo "The bundle did not build; the whole log is in build/pyinstaller.log."
  exit 1
fi

program="dist/journeymapper/journeymapper"
version="$(QT_QPA_PLATFORM=offscreen "$program" --version)"
echo "Built $program ($version, $(du -sh dist/journeymapper | cut -f1)). Run it, or install it"
echo "into the desktop's menu and file types with: bash packaging/install-desktop.sh"
