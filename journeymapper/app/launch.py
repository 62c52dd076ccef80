"""Start the program: the application, its font and language, recovery, then the maps."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..io.resources import APP_ID, font_file
from . import file_dialogs, windows
from .icons import app_icon
from .autosave import end_process_owner, process_owner
from .translation import (  # noqa: F401 - the program's language, loaded at the start
    chosen_language,
    install_translations,
    remove_translations,
    translator_for,
)

DEFAULT_SAMPLE = "sample-airline"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

def register_fonts() -> list[str]:
    """Make the shipped font known to Qt, so the canvas measures text as the PDF does."""
    families = []
    for name in FONT_FILES:
        path = font_file(name)
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


NO_DISPLAY = QT_TRANSLATE_NOOP(
    "launch", "JourneyMapper cannot open its window: no display was found (DISPLAY and "
    "WAYLAND_DISPLAY are not set). Start it from a desktop session, or set "
    "QT_QPA_PLATFORM=offscreen to run it without a screen.")

# Qt platforms that need a display server; any other (offscreen, vnc, eglfs, …) needs none.
_DISPLAY_PLATFORMS = ("xcb", "wayland", "wayland-egl", "")


def display_problem(qt_args: list[str] | None = None, environ=None,
                    platform: str | None = None, language: str | None = None) -> str | None:
    """Why no window can open here, in the user's language, or None when one can.

    Without a display Qt aborts (exit 134) with a note that "xcb-cursor0 is needed",
    which sends a newcomer to install a library that is already there; a display
    server is what is missing, so say that, and what to do, before Qt is asked.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not (platform.startswith("linux") or "bsd" in platform):
        return None  # Windows and macOS always have their own window system
    args = list(qt_args or [])
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if "-platform" in args[:-1]:
        chosen = args[args.index("-platform") + 1]
    first = chosen.split(";")[0].split(":")[0].strip()
    if first not in _DISPLAY_PLATFORMS:
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    # no application yet: ask the catalogue directly
    translator = translator_for(language or chosen_language())
    return (translator.translate("launch", NO_DISPLAY) if translator else "") or NO_DISPLAY


def application(qt_args: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(qt_args or [])])
    app.setApplicationName("JourneyMapper")
    app.setApplicationDisplayName("JourneyMapper")
    app.setOrganizationName("JourneyMapper")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland and the task bars match a window to its desktop entry (and icon) by this.
    app.setDesktopFileName(APP_ID)
    file_dialogs.install(app)  # Qt's own file dialog: columns as wide as their dates
    return app


def start(files: list[str]) -> list:
    """Offer recovery, then open each file, or the sample map; returns the open windows."""
    process_owner()  # claim this run's autosaves before looking for a crash's leftovers
    recovered = windows.offer_recovery() or []
    opened = [w for w in (windows.open_file(path) for path in files) if w is not None]
    if not opened and not recovered and not windows.open_windows():
        windows.new_from_template(DEFAULT_SAMPLE)
    return windows.open_windows()


def run(files: list[str], qt_args: list[str] | None = None,
        language: str | None = None) -> int:
    """Start the program on ``files``; ``language`` (``--language``) speaks another
    language than the chosen one for this run, without changing the choice."""
    problem = display_problem(qt_args, language=language)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = application(qt_args)
    register_fonts()
    install_translations(app, language=language)
    start(list(files))
    try:
        return app.exec()
    finally:
        end_process_owner()
