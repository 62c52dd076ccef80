"""The window's language: which one, and loading its catalogues into Qt.

Three catalogues make one language (``resources/i18n`` and Qt's own folder):

* ``journeymapper_LANG`` — every word of the program (menus, panels, canvas,
  messages, the analysis, the PDF);
* ``qtbase_LANG`` — Qt's own translation of its dialogs, where Qt ships one
  (Danish, Swedish; not Bokmål);
* ``qtdialogs_LANG`` — our translation of the words of Qt's standard dialogs the
  program shows (the file dialog, message boxes, the colour dialog, the text
  fields' context menu): all of them for Bokmål, which Qt lacks, and the ones
  Qt's own Swedish lacks ("Look in:", "Files of type:").

The language is the one chosen in View › Language (remembered in the settings),
or the desktop's. Qt-free code reads its words through ``journeymapper.words``,
which is filled here with ``QCoreApplication.translate``: swapping the
translators changes every word made afterwards, in Qt and below it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import words
from ..config.settings import SYSTEM_LANGUAGE, language_choice
from ..io.resources import resources_dir
from ..words import ENGLISH, LANGUAGE_CODES, language_of

CATALOGUES = ("qtbase", "qtdialogs", "journeymapper")  # installed in this order: the
# last is asked first, so our words win over Qt's where both have one

_translators: list[QTranslator] = []


def system_language() -> str:
    """The shipped language the desktop asks for, in its order of preference; English
    when it asks for none of them."""
    for name in QLocale.system().uiLanguages():
        code = language_of(name)
        if code:
            return code
    return ENGLISH


def chosen_language() -> str:
    """The language the program speaks: View › Language's choice, else the desktop's."""
    try:
        choice = language_choice()
    except OSError:
        choice = SYSTEM_LANGUAGE
    return system_language() if choice == SYSTEM_LANGUAGE else choice


def locale_for(code: str) -> QLocale:
    """Numbers and dates to go with the words: the desktop's own locale when it speaks
    ``code`` (its region's dates stay), else the language's own ("da" → da_DK)."""
    system = QLocale.system()
    if language_of(system.name()) == code:
        return system
    return QLocale(code)


def folders() -> dict[str, str]:
    ours = str(resources_dir() / "i18n")
    return {"qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            "qtdialogs": ours, "journeymapper": ours}


def install_translations(app, locale: QLocale | None = None,
                         language: str | None = None) -> list[str]:
    """Speak ``language`` (a shipped code), or the language of ``locale``, or the
    chosen one; returns the catalogues loaded. Replaces the ones installed before,
    so it also switches the language of a running program."""
    if language is None and locale is not None:
        language = language_of(locale.name()) or ENGLISH
    code = language if language in LANGUAGE_CODES else chosen_language()
    remove_translations(app)
    QLocale.setDefault(locale or locale_for(code))  # "12,5 %" beside Danish words
    loaded = []
    where = folders()
    for name in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", where[name]):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    words.install(QCoreApplication.translate)
    return loaded


def remove_translations(app) -> None:
    while _translators:
        app.removeTranslator(_translators.pop())
    QLocale.setDefault(QLocale.system())
    words.install(None)


def translator_for(code: str, name: str = "journeymapper") -> QTranslator | None:
    """One catalogue of ``code``, loaded but not installed (to ask it directly)."""
    translator = QTranslator()
    return translator if translator.load(f"{name}_{code}", folders()[name]) else None
