#!/usr/bin/env bash
# Put JourneyMapper into the desktop: the menu entry, its icon, the .jmap file type (so a
# double-click opens a map) and the AppStream data software centres read.
#
#   bash packaging/install-desktop.sh              for you (~/.local/share),
#                                                  or for everyone when run as root (/usr/local/share)
#   bash packaging/install-desktop.sh --user       for you, also when run as root
#   bash packaging/install-desktop.sh --uninstall  take it out again (same --user as when installed)
#   bash packaging/install-desktop.sh --launcher PATH   start PATH instead of the default
#
# The menu entry starts the bundle (dist/journeymapper/journeymapper, from packaging/bundle.sh)
# when it is built, otherwise this clone's .venv/bin/journeymapper (from packaging/run.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_ID="io.github.journeymapper.JourneyMapper"
LINUX="$ROOT/packaging/linux"
ICONS="$ROOT/resources/icons"

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

mode=install
scope=auto
launcher=""
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) mode=uninstall ;;
    --user) scope=user ;;
    --system) scope=system ;;
    --launcher)
      [ $# -ge 2 ] || { echo "--launcher needs the program to start." >&2; exit 2; }
      launcher="$2"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

if [ "$scope" = auto ]; then
  if [ "$(id -u)" = 0 ]; then scope=system; else scope=user; fi
fi
if [ "$scope" = system ]; then
  [ "$(id -u)" = 0 ] || { echo "Installing for everyone needs root: sudo bash $0 --system" >&2; exit 1; }
  DATA="/usr/local/share"
  who="everyone"
else
  DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
  who="you"
fi

APPS="$DATA/applications"
HICOLOR="$DATA/icons/hicolor"
MIME="$DATA/mime"
METAINFO="$DATA/metainfo"

refresh() {
  # Each desktop reads caches; refresh those whose tools this machine has.
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$MIME/packages" ]; then
    update-mime-database "$MIME"
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$APPS" ]; then
    update-desktop-database -q "$APPS"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$HICOLOR" ]; then
    gtk-update-icon-cache -q -f -t "$HICOLOR" || true
  fi
}

if [ "$mode" = uninstall ]; then
  rm -f "$APPS/$APP_ID.desktop" "$MIME/packages/$APP_ID.xml" "$METAINFO/$APP_ID.metainfo.xml" \
        "$HICOLOR/scalable/apps/$APP_ID.svg"
  rm -f "$HICOLOR"/*/apps/"$APP_ID.png"
  refresh
  echo "Removed JourneyMapper's menu entry, icon and file type for $who ($DATA)."
  exit 0
fi

if [ -z "$launcher" ]; then
  if [ -x "$ROOT/dist/journeymapper/journeymapper" ]; then
    launcher="$ROOT/dist/journeymapper/journeymapper"
  elif [ -x "$ROOT/.venv/bin/journeymapper" ]; then
    launcher="$ROOT/.venv/bin/journeymapper"
  else
    echo "Nothing to start yet. Build the bundle with: bash packaging/bundle.sh" >&2
    echo "or set up this clone with: bash packaging/run.sh" >&2
    exit 1
  fi
fi
[ -x "$launcher" ] || { echo "Cannot start $launcher: it is not an executable file." >&2; exit 1; }
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"

# The desktop entry's Exec quotes a path with spaces or other special characters, and
# escapes as the Desktop Entry Specification says (quoting first, then string escapes).
exec_path="$launcher"
if [[ ! "$launcher" =~ ^[A-Za-z0-9/_.+,:@-]+$ ]]; then
  quoted="$(printf '%s' "$launcher" | sed -e 's/[\\"`$]/\\&/g')"
  exec_path="\"$quoted\""
fi
exec_path="$(printf '%s' "$exec_path" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g')"
try_exec="$(printf '%s' "$launcher" | sed -e 's/\\/\\\\/g')"

install -d "$APPS" "$MIME/packages" "$METAINFO" "$HICOLOR/scalable/apps"
EXEC="$exec_path %F" TRYEXEC="$try_exec" awk '
  /^Exec=/    { print "Exec=" ENVIRON["EXEC"]; next }
  /^TryExec=/ { print "TryExec=" ENVIRON["TRYEXEC"]; next }
  { print }' "$LINUX/$APP_ID.desktop" > "$APPS/$APP_ID.desktop.new"
chmod 644 "$APPS/$APP_ID.desktop.new"
mv -f "$APPS/$APP_ID.desktop.new" "$APPS/$APP_ID.desktop"
install -m 644 "$LINUX/$APP_ID.mime.xml" "$MIME/packages/$APP_ID.xml"
install -m 644 "$LINUX/$APP_ID.metainfo.xml" "$METAINFO/$APP_ID.metainfo.xml"
install -m 644 "$ICONS/$APP_ID.svg" "$HICOLOR/scalable/apps/$APP_ID.svg"
for png in "$ICONS/$APP_ID"-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$HICOLOR/${size}x${size}/apps/$APP_ID.png"
done
refresh
echo "Installed JourneyMapper's menu entry, icon and .jmap file type for $who ($DATA)."
echo "It starts: $launcher"
