"""Which language the command line speaks, and the catalogue it reads the words from.

The window and the command line read the same compiled catalogues
(``resources/i18n/journeymapper_LANG.qm``), so a message reads the same in both:
the window through Qt's translators, the command line through one
``QTranslator`` asked directly (only ``QtCore``, no display needed; English
needs no catalogue and imports no Qt at all).

The command line's language is, in order: ``--language``; the language chosen
in the window (View › Language, remembered in the settings); the locale
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English.
"""

from __future__ import annotations

import os
from typing import Mapping

from .config.settings import SYSTEM_LANGUAGE, Settings, language_choice
from .io.resources import resources_dir
from .words import ENGLISH, Translate, language_of

CATALOGUE = "journeymapper"


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The shipped language the locale asks for; English when it asks for another one.

    The first locale variable that is set decides (as gettext reads them); in
    ``LANGUAGE``, a colon list of preferences, the first shipped one wins.
    """
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if not value:
            continue
        if name == "LANGUAGE":
            for wish in value.split(":"):
                if language_of(wish):
                    return language_of(wish)
            continue
        return language_of(value) or ENGLISH
    return ENGLISH


def for_command_line(explicit: str | None = None, settings: Settings | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The language of a command: ``--language``, else the window's, else the locale's."""
    if explicit:
        return explicit
    try:
        chosen = language_choice(settings)
    except OSError:  # an unreadable settings folder must not stop a command
        chosen = SYSTEM_LANGUAGE
    return chosen if chosen != SYSTEM_LANGUAGE else from_environment(environ)


def catalogue_translator(code: str) -> Translate | None:
    """``translate(context, text, disambiguation=None, n=-1)`` answering from the shipped
    catalogue of ``code``; None for English or a missing catalogue."""
    if code == ENGLISH:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"{CATALOGUE}_{code}", str(resources_dir() / "i18n")):
        return None

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return translator.translate(context, text, disambiguation, n) or text

    translate.translator = translator  # kept alive with the function
    return translate
