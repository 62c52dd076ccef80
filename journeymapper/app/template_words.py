"""The empty stage models' own words (title, stages, lane) in the user's language.

An empty template is interface, not content: a Norwegian facilitator who starts
from "Three stages" expects "Før kjøpet · Under kjøpet · Etter kjøpet" in the
columns. The English words stored in ``resources/templates/empty-*.jmap`` are
marked here for lupdate (context "templates"); sample maps keep their own words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "templates"

WORDS = (
    QT_TRANSLATE_NOOP("templates", "Three stages"),
    QT_TRANSLATE_NOOP("templates", "Before, during and after the purchase."),
    QT_TRANSLATE_NOOP("templates", "Before purchase"),
    QT_TRANSLATE_NOOP("templates", "During purchase"),
    QT_TRANSLATE_NOOP("templates", "After purchase"),
    QT_TRANSLATE_NOOP("templates", "Five stages"),
    QT_TRANSLATE_NOOP("templates",
                      "Awareness, evaluation, purchase, use, repurchase and recommendation."),
    QT_TRANSLATE_NOOP("templates", "Awareness"),
    QT_TRANSLATE_NOOP("templates", "Evaluation"),
    QT_TRANSLATE_NOOP("templates", "Purchase"),
    QT_TRANSLATE_NOOP("templates", "Use"),
    QT_TRANSLATE_NOOP("templates", "Repurchase and recommendation"),
    QT_TRANSLATE_NOOP("templates", "Seven stages (B2B)"),
    QT_TRANSLATE_NOOP("templates", "The seven phases of a business purchase."),
    QT_TRANSLATE_NOOP("templates", "Inactive"),
    QT_TRANSLATE_NOOP("templates", "Trigger"),
    QT_TRANSLATE_NOOP("templates", "First interest"),
    QT_TRANSLATE_NOOP("templates", "Active evaluation"),
    QT_TRANSLATE_NOOP("templates", "Purchase decision"),
    QT_TRANSLATE_NOOP("templates", "Customer experience"),
    QT_TRANSLATE_NOOP("templates", "Loyalty"),
    QT_TRANSLATE_NOOP("templates", "Micro-journey"),
)


def is_stage_model(name: str) -> bool:
    """The empty templates are stage models; the others are sample maps with content."""
    return name.startswith("empty-")


def word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text in WORDS else text


def localise(document, name: str):
    """Give an empty stage model, freshly opened, the user's words (no undo step)."""
    if not is_stage_model(name):
        return document
    info = document.info
    document.set_info(title=word(info.title), description=word(info.description))
    for stage in document.stages:
        document.update_stage(stage.id, name=word(stage.name))
    for journey in document.journeys:
        document.update_journey(journey.id, name=word(journey.name))
    return document
