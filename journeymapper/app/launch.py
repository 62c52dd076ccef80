"""Start the program: the application, its font and language, recovery, then the maps."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..config.resources import APP_ID, font_file, resources_dir
from . import windows
from .icons import app_icon
from .autosave import end_process_owner, process_owner

DEFAULT_SAMPLE = "sample-airline"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_translators: list[QTranslator] = []


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


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[str]:
    """Load JourneyMapper's and Qt's own translations for the locale, where they exist."""
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)  # numbers as the words: "12,5 %" beside Norwegian text
    loaded = []
    for name, folder in (("journeymapper", str(resources_dir() / "i18n")),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    return loaded


def remove_translations(app: QApplication) -> None:
    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale.system())


def application(qt_args: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(qt_args or [])])
    app.setApplicationName("JourneyMapper")
    app.setApplicationDisplayName("JourneyMapper")
    app.setOrganizationName("JourneyMapper")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    # Wayland and the task bars match a window to its desktop entry (and icon) by this.
    app.setDesktopFileName(APP_ID)
    return app


def start(files: list[str]) -> list:
    """Offer recovery, then open each file, or the sample map; returns the open windows."""
    process_owner()  # claim this run's autosaves before looking for a crash's leftovers
    recovered = windows.offer_recovery() or []
    opened = [w for w in (windows.open_file(path) for path in files) if w is not None]
    if not opened and not recovered and not windows.open_windows():
        windows.new_from_template(DEFAULT_SAMPLE)
    return windows.open_windows()


def run(files: list[str], qt_args: list[str] | None = None) -> int:
    app = application(qt_args)
    register_fonts()
    install_translations(app)
    start(list(files))
    try:
        return app.exec()
    finally:
        end_process_owner()
