"""The PDF's words in the reader's language, without Qt.

Every English string the PDF prints is written as ``translate("export", text)``
(or marked with ``QT_TRANSLATE_NOOP``), so ``pyside6-lupdate`` puts it in the
catalogue. At run time :func:`translate` (the program's one Qt-free translation
call, :mod:`journeymapper.words`) asks the translator of the export in progress
(set by :func:`translating`: the window passes ``QCoreApplication.translate``,
the command line the catalogue of ``--language``) and falls back to the English
text, so a PDF made without a translator prints English.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from ..analysis.findings import QT_TRANSLATE_NOOP, Percent
from ..analysis.graph import signed
from ..model import Crossroads, Touchpoint
from ..look.palette import CHANNEL_WORD, RATING_WORD, STATUS_WORD
from ..words import Translate, english, formatted, translate  # noqa: F401 - the PDF's calls
from ..words import translating as _translating

EXPORT = "export"
CANVAS = "canvas"  # the map's own words (channels, statuses) are the canvas's words
ANALYSIS = "analysis"


@contextmanager
def translating(translate: Translate | None) -> Iterator[None]:
    """Use ``translate(context, text)`` for every word printed inside the block; None
    prints English (a PDF made by a library call or a test reads the source words)."""
    with _translating(translate or english):
        yield


# The model's words, marked here so lupdate finds them (context "canvas", shared with the map).
_CANVAS_WORDS = (
    QT_TRANSLATE_NOOP("canvas", "Ad"), QT_TRANSLATE_NOOP("canvas", "Web"),
    QT_TRANSLATE_NOOP("canvas", "App"), QT_TRANSLATE_NOOP("canvas", "E-mail"),
    QT_TRANSLATE_NOOP("canvas", "SMS"), QT_TRANSLATE_NOOP("canvas", "Phone"),
    QT_TRANSLATE_NOOP("canvas", "Chat"), QT_TRANSLATE_NOOP("canvas", "Social"),
    QT_TRANSLATE_NOOP("canvas", "Reviews"), QT_TRANSLATE_NOOP("canvas", "Store"),
    QT_TRANSLATE_NOOP("canvas", "Sales rep"), QT_TRANSLATE_NOOP("canvas", "Event"),
    QT_TRANSLATE_NOOP("canvas", "Letter"), QT_TRANSLATE_NOOP("canvas", "Invoice"),
    QT_TRANSLATE_NOOP("canvas", "Self-service"), QT_TRANSLATE_NOOP("canvas", "In person"),
    QT_TRANSLATE_NOOP("canvas", "Product"), QT_TRANSLATE_NOOP("canvas", "Other"),
    QT_TRANSLATE_NOOP("canvas", "open"), QT_TRANSLATE_NOOP("canvas", "investigating"),
    QT_TRANSLATE_NOOP("canvas", "improving"), QT_TRANSLATE_NOOP("canvas", "resolved"),
    QT_TRANSLATE_NOOP("canvas", "very bad"), QT_TRANSLATE_NOOP("canvas", "bad"),
    QT_TRANSLATE_NOOP("canvas", "neutral"), QT_TRANSLATE_NOOP("canvas", "good"),
    QT_TRANSLATE_NOOP("canvas", "very good"),
)

OUTCOME_WORD = {
    "loyal": QT_TRANSLATE_NOOP("export", "loyal"),
    "repurchase": QT_TRANSLATE_NOOP("export", "repurchase"),
    "recommend": QT_TRANSLATE_NOOP("export", "recommend"),
    "complain": QT_TRANSLATE_NOOP("export", "complain"),
    "churn": QT_TRANSLATE_NOOP("export", "churn"),
}


FEEDBACK_WORD = {
    "nps": QT_TRANSLATE_NOOP("export", "NPS"),
    "csat": QT_TRANSLATE_NOOP("export", "CSAT"),
    "ces": QT_TRANSLATE_NOOP("export", "CES"),
    "survey": QT_TRANSLATE_NOOP("export", "survey"),
    "interview": QT_TRANSLATE_NOOP("export", "interview"),
    "data": QT_TRANSLATE_NOOP("export", "DATA"),
}


def feedback_word(value: str) -> str:
    return translate(EXPORT, FEEDBACK_WORD.get(value, value))


def channel_word(value: str) -> str:
    return translate(CANVAS, CHANNEL_WORD.get(value, value))


def status_word(value: str) -> str:
    return translate(CANVAS, STATUS_WORD.get(value, value))


def rating_word(rating: int) -> str:
    return translate(CANVAS, RATING_WORD[rating])


def outcome_word(value: str) -> str:
    return translate(EXPORT, OUTCOME_WORD.get(value, value))


# Why a step is its journey's weakest link, as the analysis says it (``friction._reason``);
# the PDF rebuilds the reason from the step so it can be translated.
WEAKEST_BY_RATING = QT_TRANSLATE_NOOP("analysis", "lowest customer rating ({rating})")
WEAKEST_BY_SEVERITY = QT_TRANSLATE_NOOP("analysis", "highest severity ({severity}, {status})")


def weakest_reason(node, fallback: str) -> str:
    """Why ``node`` is its journey's weakest link, in the reader's language."""
    if isinstance(node, Touchpoint) and node.rating is not None:
        return formatted(ANALYSIS, WEAKEST_BY_RATING, rating=signed(node.rating))
    if isinstance(node, Crossroads):
        return formatted(ANALYSIS, WEAKEST_BY_SEVERITY, severity=node.severity,
                         status=status_word(node.status.value))
    return fallback


def percent(value: float) -> str:
    """A share as the reader writes it ("12,5 %" in Bokmål), as the analysis does."""
    return Percent(value).text(translate)
