# Sourced by run.sh and test.sh: make a fresh Debian or Ubuntu machine ready, and do
# nothing at all on a machine that already is.
#
#  1. Python: the first of $PYTHON, python3, python3.13, python3.12, python3.11 that is 3.11+.
#  2. System libraries: Qt's shared libraries are looked up by their file names (sonames),
#     not by package names, because Debian 13 and Ubuntu 24.04 renamed some packages
#     (libglib2.0-0 -> libglib2.0-0t64) and the old names are only virtual there.
#     Python's venv support (python3-venv on Debian) is checked the same way.
#     As root, what is missing is installed with apt-get; otherwise one apt-get line says
#     what to install.
#  3. .venv: a half-made one (no pip, a Python that moved or vanished, a failed install)
#     is rebuilt; JourneyMapper and its test tools are installed into it once per
#     pyproject.toml.
#
# `bash packaging/bootstrap.sh --check` only says what this machine lacks, and changes nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

jm_say() { echo "JourneyMapper set-up: $*"; }

# --- 1. a Python of 3.11 or newer -------------------------------------------------------
jm_python=""
for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    jm_python="$(command -v "$candidate")"
    break
  fi
done

# --- 2. what the machine lacks -------------------------------------------------------------
# "soname package" pairs: the library Qt loads, and the Debian/Ubuntu package that has it
# (an old name still installs the renamed package: apt picks the one that provides it).
JM_LIBS_OFFSCREEN="libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1
libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3"
JM_LIBS_X11="libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0
libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-randr.so.0:libxcb-randr0
libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0
libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1
libxcb-xfixes.so.0:libxcb-xfixes0"

jm_missing=""
jm_ldconfig="$(command -v ldconfig || echo /sbin/ldconfig)"
if [ -x "$jm_ldconfig" ]; then
  jm_known="$("$jm_ldconfig" -p 2>/dev/null || true)"
  for pair in $JM_LIBS_OFFSCREEN ${JM_NEED_X11:+$JM_LIBS_X11}; do
    soname="${pair%%:*}"
    grep -qF "$soname " <<<"$jm_known" || jm_missing="$jm_missing ${pair#*:}"
  done
fi
# Any scalable font at all for Qt's interface text (the map itself uses the shipped DejaVu).
if ! find /usr/share/fonts /usr/local/share/fonts "$HOME/.local/share/fonts" \
     \( -name '*.ttf' -o -name '*.otf' \) -print -quit 2>/dev/null | grep -q .; then
  jm_missing="$jm_missing fonts-dejavu-core"
fi
# Debian and Ubuntu keep venv's pip bootstrap (ensurepip) in a package of its own.
if [ -n "$jm_python" ] && ! "$jm_python" -c 'import ensurepip, venv' 2>/dev/null; then
  jm_pyver="$("$jm_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  if [ "$(command -v python3 || true)" = "$jm_python" ]; then
    jm_missing="$jm_missing python3-venv"
  else
    jm_missing="$jm_missing python$jm_pyver-venv"
  fi
fi
if [ -z "$jm_python" ]; then
  jm_missing="$jm_missing python3.11 python3.11-venv"
fi
jm_missing="${jm_missing# }"

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = "--check" ]; then
  if [ -n "$jm_missing" ]; then echo "missing: $jm_missing"; else echo "nothing missing"; fi
  exit 0
fi

if [ -n "$jm_missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    jm_say "installing system packages: $jm_missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $jm_missing >/dev/null
  elif command -v apt-get >/dev/null 2>&1; then
    echo "JourneyMapper needs these system packages. Install them with:"
    echo "  sudo apt-get install -y $jm_missing"
    echo "then run this command again."
    exit 1
  elif [ -z "$jm_python" ]; then
    echo "JourneyMapper needs Python 3.11 or newer; install it, then run this command again."
    exit 1
  else
    jm_say "this machine has no apt-get; if Qt will not start, install its libraries:$jm_missing"
  fi
  if [ -z "$jm_python" ]; then
    jm_python="$(command -v python3.11 || true)"
    [ -n "$jm_python" ] || { echo "JourneyMapper needs Python 3.11 or newer; none was found."; exit 1; }
  fi
fi

# --- 3. the virtual environment ----------------------------------------------------------
jm_venv_ok() {
  [ -x .venv/bin/python ] \
    && .venv/bin/python -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}
if [ -e .venv ] && ! jm_venv_ok; then
  jm_say "the virtual environment in .venv is incomplete or broken; making it anew"
  rm -rf .venv
fi
if [ ! -e .venv ]; then
  if ! "$jm_python" -m venv .venv >/dev/null 2>&1 || ! jm_venv_ok; then
    rm -rf .venv  # never leave a half-made .venv for the next run to trip over
    echo "Cannot create a virtual environment with $jm_python."
    echo "On Debian or Ubuntu: sudo apt-get install -y python3-venv"
    exit 1
  fi
fi

jm_stamp=".venv/.journeymapper-installed"
jm_want="$( (cat pyproject.toml; .venv/bin/python -c 'import sys; print(sys.version)') | sha256sum | cut -d' ' -f1)"
if [ ! -f "$jm_stamp" ] || [ "$(cat "$jm_stamp")" != "$jm_want" ] \
   || ! .venv/bin/python -c 'import journeymapper' >/dev/null 2>&1; then
  jm_say "installing JourneyMapper and its test tools into .venv (a minute or two, once)"
  rm -f "$jm_stamp"  # written again only when the install has finished
  # pip's and setuptools' chatter goes to a log, shown only when something fails.
  if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip \
         && .venv/bin/python -m pip install --disable-pip-version-check -e ".[test]"; } \
       > .venv/install.log 2>&1; then
    tail -n 30 .venv/install.log
    echo "Installing into .venv failed; the whole log is in $ROOT/.venv/install.log."
    exit 1
  fi
  echo "$jm_want" > "$jm_stamp"
fi
