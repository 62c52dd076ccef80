"""Words in the user's language for the parts of the program that know nothing of Qt.

The file format (``io/``), the model's refusals, the analysis, the PDF and the
command line all speak to people, and none of them may import Qt (they run on a
server, in a script, in a test). So they write their English text through this
module, and whoever runs them says which language to answer in:

* the window installs ``QCoreApplication.translate`` once (``app/launch.py``);
  View › Language then only swaps Qt's translators, and every message made
  afterwards — a file that cannot be opened, a refusal — is in the new language;
* the command line installs a translator for ``--language`` or the locale
  (``journeymapper/cli.py``, with the same compiled catalogues the window loads);
* a block of work can speak another language than the program
  (:func:`translating`): the PDF is written in the reader's language.

Without any of these the text stays English, so tests and library use read the
source strings. A translation that loses or invents a ``{field}`` is ignored:
``translate(…).format(…)`` always works.

Marking for the catalogue: ``pyside6-lupdate`` finds ``translate("ctx", "…")``
and ``QT_TRANSLATE_NOOP("ctx", "…")`` calls. Plural messages need a call it
recognises as one: ``NAME.tr("… %n …", "", count)`` on a :class:`Words` object
whose *variable name is the context* (lupdate reads the name before ``.tr`` as
the context), e.g. ``io = Words("io")``.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator

# (context, English text) → text in the reader's language; Qt's translate also takes
# (context, text, disambiguation, n) for plural messages.
Translate = Callable[..., str]

ENGLISH = "en"
# The languages the program ships, in the order the menu offers them, with each one's
# own name for itself (a Swede looks for "Svenska", not "Swedish").
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("nb", "Norsk bokmål"),
    ("da", "Dansk"),
    ("sv", "Svenska"),
)
LANGUAGE_CODES = tuple(code for code, _name in LANGUAGES)
# Locale language codes read as one of ours: Norwegian without a written standard
# and Nynorsk readers get Bokmål, which they read, rather than English.
_SAME_LANGUAGE = {"no": "nb", "nn": "nb", "nb": "nb", "da": "da", "sv": "sv", "en": "en"}
_FIELD = re.compile(r"\{[^{}]*\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue (``pyside6-lupdate`` finds calls by this name)
    without translating it; it is translated where it is shown."""
    return text


def language_of(locale_name: str | None) -> str | None:
    """The shipped language a locale name asks for ("da_DK.UTF-8" → "da", "nn-NO" →
    "nb"), or None when the program does not speak it ("de_DE", "C", "")."""
    if not locale_name:
        return None
    code = re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()
    return _SAME_LANGUAGE.get(code)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translator that answers in English: the source text itself."""
    return text


_installed: Translate = english
_current: ContextVar[Translate | None] = ContextVar("journeymapper_translate", default=None)


def install(translate: Translate | None) -> None:
    """The program's language from now on (None: English), for every thread."""
    global _installed
    _installed = translate or english


def installed() -> Translate:
    """The translator in force here: the block's (:func:`translating`), else the program's."""
    return _current.get() or _installed


@contextmanager
def translating(translate: Translate | None) -> Iterator[None]:
    """Use ``translate(context, text)`` for every word made inside the block (in this
    thread); None keeps the program's language."""
    token = _current.set(translate)
    try:
        yield
    finally:
        _current.reset(token)


def _checked(text: str, translated, plural: bool = False) -> str:
    if not isinstance(translated, str) or not translated:
        return text
    if "{" in text or "{" in translated:  # a translation that lost or invented a field
        if sorted(_FIELD.findall(translated)) != sorted(_FIELD.findall(text)):
            return text
    if plural and ("%n" in text) != ("%n" in translated) and "%n" in translated:
        return text
    return translated


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language; the English text when there is no translation
    or a broken one (its ``{fields}`` differ), so ``.format`` after it always works."""
    if not text:
        return text
    try:
        translated = installed()(context, text)
    except Exception:  # a broken translator must never break the work
        return text
    return _checked(text, translated)


def translate_plural(context: str, text: str, n: int) -> str:
    """A plural message ("%n more problem(s)") in the form the language uses for
    ``n``, with ``%n`` replaced by the number."""
    try:
        translated = installed()(context, text, None, n)
    except TypeError:  # a two-argument translator: no plural forms
        translated = text
    except Exception:
        translated = text
    found = _checked(text, translated, plural=True)
    if found == text:  # English: "%n map(s)" reads "1 map", "2 maps"
        found = text.replace("(s)", "" if n == 1 else "s")
    return found.replace("%n", str(n))


# The mark between thousands in the reader's language: "50,000" in English, "50.000" in
# Danish, "50 000" in Bokmål and Swedish (a no-break space, so a number never breaks).
THOUSANDS_MARK = QT_TRANSLATE_NOOP("numbers", ",")


def grouped(number: int) -> str:
    """A whole number with its thousands marked as the reader writes them."""
    text = f"{number:,}"
    mark = translate("numbers", THOUSANDS_MARK)
    if not 0 < len(mark) <= 2 or any(c.isdigit() for c in mark):
        mark = THOUSANDS_MARK
    return text.replace(",", mark) if mark != "," else text


def formatted(context: str, template: str, **params) -> str:
    """The translated template filled in; the English one when a translation is broken."""
    try:
        return translate(context, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


class Words:
    """One context's translation call for Qt-free code: ``io = Words("io")``, then
    ``io.tr("the file is empty")`` and ``io.tr("; and %n more problem(s)", "", more)``.

    Name the variable as its context: ``pyside6-lupdate`` files ``io.tr("…")``
    under the context "io" (and recognises the plural form only in this shape).
    """

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        if n >= 0:
            return translate_plural(self.context, text, n)
        return translate(self.context, text)
