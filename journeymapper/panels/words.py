"""The words the panels show for the model's enums and kinds, translatable.

The model stores stable English codes ("sales_rep", "investigating"); users
read these words in their own language. The English source strings are marked
with QT_TRANSLATE_NOOP("panels", …) so lupdate finds them; ``word()``
translates them at use in that context.

``tr("…")`` is the panels' plain translation call. pyside6-lupdate files a
bare ``tr(…)`` call under the empty context, so ``tr`` looks it up there: the
strings extracted from the panel sources are exactly the ones found at run time.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import (
    Channel,
    CrossroadsStatus,
    EdgeKind,
    FeedbackInstrument,
    NodeKind,
    OutcomeKind,
    OwnerKind,
    Sentiment,
)
from ..look.kinds import CONTEXT as KINDS_CONTEXT, KINDS, kind_spec
from ..qt_translate import tr  # noqa: F401 - the panels' translation call

CONTEXT = "panels"  # the context of the QT_TRANSLATE_NOOP words below
MINUS = "\u2212"


def marked(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("panels", …)."""
    return QCoreApplication.translate(CONTEXT, text)


_WORD_LIST: list[tuple[Enum, str]] = [
    (Channel.NONE, QT_TRANSLATE_NOOP("panels", "No channel")),
    (Channel.AD, QT_TRANSLATE_NOOP("panels", "Advertising")),
    (Channel.WEBSITE, QT_TRANSLATE_NOOP("panels", "Website")),
    (Channel.APP, QT_TRANSLATE_NOOP("panels", "App")),
    (Channel.EMAIL, QT_TRANSLATE_NOOP("panels", "E-mail")),
    (Channel.SMS, QT_TRANSLATE_NOOP("panels", "SMS")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("panels", "Phone")),
    (Channel.CHAT, QT_TRANSLATE_NOOP("panels", "Chat")),
    (Channel.SOCIAL, QT_TRANSLATE_NOOP("panels", "Social media")),
    (Channel.REVIEW_SITE, QT_TRANSLATE_NOOP("panels", "Review site")),
    (Channel.STORE, QT_TRANSLATE_NOOP("panels", "Store")),
    (Channel.SALES_REP, QT_TRANSLATE_NOOP("panels", "Sales rep")),
    (Channel.EVENT, QT_TRANSLATE_NOOP("panels", "Event")),
    (Channel.LETTER, QT_TRANSLATE_NOOP("panels", "Letter")),
    (Channel.INVOICE, QT_TRANSLATE_NOOP("panels", "Invoice")),
    (Channel.SELF_SERVICE, QT_TRANSLATE_NOOP("panels", "Self-service")),
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("panels", "In person")),
    (Channel.PRODUCT, QT_TRANSLATE_NOOP("panels", "The product itself")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("panels", "Other")),
    (FeedbackInstrument.NONE, QT_TRANSLATE_NOOP("panels", "No feedback collected")),
    (FeedbackInstrument.NPS, QT_TRANSLATE_NOOP("panels", "NPS")),
    (FeedbackInstrument.CSAT, QT_TRANSLATE_NOOP("panels", "Satisfaction score (CSAT)")),
    (FeedbackInstrument.CES, QT_TRANSLATE_NOOP("panels", "Effort score (CES)")),
    (FeedbackInstrument.SURVEY, QT_TRANSLATE_NOOP("panels", "Survey")),
    (FeedbackInstrument.INTERVIEW, QT_TRANSLATE_NOOP("panels", "Interview")),
    (FeedbackInstrument.DATA, QT_TRANSLATE_NOOP("panels", "Usage data")),
    (CrossroadsStatus.OPEN, QT_TRANSLATE_NOOP("panels", "Open")),
    (CrossroadsStatus.INVESTIGATING, QT_TRANSLATE_NOOP("panels", "Investigating")),
    (CrossroadsStatus.IMPROVING, QT_TRANSLATE_NOOP("panels", "Improving")),
    (CrossroadsStatus.RESOLVED, QT_TRANSLATE_NOOP("panels", "Resolved")),
    (OutcomeKind.LOYAL, QT_TRANSLATE_NOOP("panels", "Loyal")),
    (OutcomeKind.REPURCHASE, QT_TRANSLATE_NOOP("panels", "Buys again")),
    (OutcomeKind.RECOMMEND, QT_TRANSLATE_NOOP("panels", "Recommends")),
    (OutcomeKind.COMPLAIN, QT_TRANSLATE_NOOP("panels", "Complains")),
    (OutcomeKind.CHURN, QT_TRANSLATE_NOOP("panels", "Leaves (churn)")),
    (OwnerKind.DEPARTMENT, QT_TRANSLATE_NOOP("panels", "Department")),
    (OwnerKind.PERSON, QT_TRANSLATE_NOOP("panels", "Person")),
    (Sentiment.GOOD, QT_TRANSLATE_NOOP("panels", "Good ✓")),
    (Sentiment.BAD, QT_TRANSLATE_NOOP("panels", "Bad ✗")),
    (Sentiment.NEUTRAL, QT_TRANSLATE_NOOP("panels", "Neutral")),
    (EdgeKind.FLOW, QT_TRANSLATE_NOOP("panels", "Flow")),
    (EdgeKind.BRANCH, QT_TRANSLATE_NOOP("panels", "Branch")),
]

_RATINGS = {
    -2: QT_TRANSLATE_NOOP("panels", "very bad"),
    -1: QT_TRANSLATE_NOOP("panels", "bad"),
    0: QT_TRANSLATE_NOOP("panels", "neutral"),
    1: QT_TRANSLATE_NOOP("panels", "good"),
    2: QT_TRANSLATE_NOOP("panels", "very good"),
}

# Marks that tell the kinds apart in lists without relying on colour (look/kinds).
KIND_MARK = {spec.kind: spec.mark for spec in KINDS}
# Outcomes show what they are (glyphs the shipped DejaVu Sans has).
OUTCOME_MARK = {OutcomeKind.LOYAL: "♥", OutcomeKind.REPURCHASE: "↻",
                OutcomeKind.RECOMMEND: "★", OutcomeKind.COMPLAIN: "!", OutcomeKind.CHURN: "✗"}
OVERDUE_MARK = "⚠"


# Keyed by (enum type, value): str enums of different types compare equal ("none").
_WORDS = {(type(value), value.value): text for value, text in _WORD_LIST}


def node_mark(node) -> str:
    """A glyph for a step in lists: its shape, or for an outcome what kind of outcome."""
    if node.kind == NodeKind.OUTCOME:
        return OUTCOME_MARK[node.outcome]
    return KIND_MARK[node.kind]


def word(value: Enum) -> str:
    """The user's word for an enum value (a channel, a status, a kind …); a kind's
    name is its entry's in look/kinds."""
    if isinstance(value, NodeKind):
        return QCoreApplication.translate(KINDS_CONTEXT, kind_spec(value).name)
    return marked(_WORDS[(type(value), value.value)])


def members(enum_type) -> list[tuple[Enum, str]]:
    """Every value of an enum with its word, in declaration order (for combo boxes)."""
    return [(value, word(value)) for value in enum_type]


def signed(value: float | int) -> str:
    if value > 0:
        return f"+{value:g}"
    if value < 0:
        return f"{MINUS}{-value:g}"
    return "0"


def rating_word(value: int | None) -> str:
    if value is None:
        return tr("not rated")
    return f"{signed(value)} {marked(_RATINGS[value])}"


def quoted(text: str, fallback: str) -> str:
    """A name from the map in the reader's quotation marks: ‘Booking’, »Booking«, ”Booking”."""
    text = " ".join(text.split())
    return tr("‘{0}’").format(text) if text else fallback


def node_name(node) -> str:
    """A step's label for lists, or ‘untitled touchpoint’ when it has none."""
    label = " ".join(node.label.split())
    if label:
        return label
    return tr("(untitled {0})").format(word(node.kind).lower())


def owner_name(document, owner_id: str | None) -> str:
    if owner_id is None or not document.has_owner(owner_id):
        return tr("Nobody")
    return document.owner(owner_id).name or tr("(unnamed owner)")
