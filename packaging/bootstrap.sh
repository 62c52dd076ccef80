# Sourced by run.sh and test.sh: make a fresh Debian/Ubuntu machine ready.
# Installs Qt's system libraries (as root; otherwise prints the apt-get line),
# creates or reuses .venv, and installs JourneyMapper with its test extras.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Qt offscreen needs these; a real X display also needs the xcb set.
APT_OFFSCREEN="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
APT_X11="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0"
APT_PACKAGES="$APT_OFFSCREEN ${JM_NEED_X11:+$APT_X11} ${JM_EXTRA_APT:-}"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "JourneyMapper needs these system libraries. Install them with:"
    echo "  sudo apt-get install -y$missing"
    exit 1
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv || { echo "Cannot create a virtual environment: sudo apt-get install -y python3-venv"; exit 1; }
fi
stamp=".venv/.journeymapper-installed"
want="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing JourneyMapper and its test tools into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi
