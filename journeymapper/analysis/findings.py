"""One finding of the analysis: what it says, how bad, and which items it concerns.

The sentence is kept as an English template plus its parameters, so a Qt panel
can translate the template and fill it in, while the report and the JSON use
:attr:`Finding.sentence` (English) as it is. A parameter that is words, not a
name or a number ("open", "lowest customer rating (−2)", "no hand-offs"), is a
:class:`Phrase` (a template of its own) or a :class:`Joined` list of them, so it
is translated with the sentence: :meth:`Finding.text` takes the translator.

``Finding.kind`` is a stable name for tools (``check --json``), by group:

* weakest-links: ``weakest-link``, ``friction``
* room-priorities: ``vote-round``, ``room-priority`` (dot voting's results)
* paths: ``path-to-churn``, ``more-paths-to-churn``, ``outcome-odds``, ``too-many-paths``
* unowned: ``unowned``; hand-offs: ``hand-off``, ``owner-shares``
* structure: ``no-arrows``, ``unreachable``, ``dead-end``, ``loop``, ``repurchase-loop``,
  ``bottleneck``, ``stage-without-touchpoints``
* shares: ``shares-do-not-add-up``, ``shares-incomplete``, ``shares-missing``
* feedback: ``stage-without-feedback``, ``touchpoints-without-feedback``
* two-pairs-of-glasses: ``perspectives-diverge``
* gap-analysis: ``drop``, ``invest``
* next-actions: ``overdue-action``, ``action``
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Union

Translate = Callable[[str, str], str]  # (context, English text) → text in the reader's language
ANALYSIS = "analysis"
_FIELD = re.compile(r"\{[^{}]*\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation catalogue without importing Qt.

    ``pyside6-lupdate`` finds calls by this name; at run time it returns the
    English text unchanged (the Insights dock translates it when showing it).
    """
    return text


@dataclass(frozen=True)
class Phrase:
    """Words inside a sentence, translatable on their own: an English template
    (marked with ``QT_TRANSLATE_NOOP(context, …)``) and its parameters."""

    template: str
    params: tuple[tuple[str, "Words"], ...] = ()
    context: str = ANALYSIS

    def text(self, translate: Translate | None = None) -> str:
        """The words in the reader's language (English without a translator)."""
        return fill(self.context, self.template, self.params, translate)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Joined:
    """A list of names or phrases, joined by ``separator`` ("a, b, c")."""

    parts: tuple["Words", ...]
    separator: str = ", "

    def text(self, translate: Translate | None = None) -> str:
        return self.separator.join(render(p, translate) for p in self.parts)

    def __str__(self) -> str:
        return self.text()


# The decimal mark in English; a translation gives the reader's (Bokmål: ",").
DECIMAL_MARK = QT_TRANSLATE_NOOP("numbers", ".")


@dataclass(frozen=True)
class Percent:
    """A share in percent, written with the reader's decimal mark ("12,5 %" in Bokmål,
    "12.5 %" in English): the mark is the translation of "." in context "numbers".

    Below 1 % two significant digits are kept ("0.25 %", not "0.2 %"): a share of all
    customers is often that small, and one digit would make 0.25 and 0.15 look alike.
    """

    value: float

    def text(self, translate: Translate | None = None) -> str:
        value = self.value
        if 0 < abs(value) < 0.01:
            words = "< 0.01 %"
        elif 0 < abs(value) < 0.995 and abs(value - round(value)) >= 0.005:
            words = f"{value:.2g} %"
        elif abs(value - round(value)) < 0.05:
            words = f"{value:.0f} %"
        else:
            words = f"{value:.1f} %"
        mark = DECIMAL_MARK
        if translate is not None:
            try:
                mark = translate("numbers", DECIMAL_MARK)
            except Exception:  # a broken translation must never hide a finding
                mark = DECIMAL_MARK
            if not isinstance(mark, str) or not 0 < len(mark) <= 2 or any(
                    c.isdigit() or c.isspace() for c in mark):
                mark = DECIMAL_MARK
        return words.replace(".", mark) if mark != "." else words

    def __str__(self) -> str:
        return self.text()


Words = Union[str, Phrase, Joined, Percent]
_WORDS = (Phrase, Joined, Percent)  # parameters that are rendered in the reader's language


def phrase(template: str, context: str = ANALYSIS, **params) -> Phrase:
    """A :class:`Phrase`; keyword parameters (names, numbers, phrases) fill the template."""
    return Phrase(template, tuple((k, _param(v)) for k, v in params.items()), context)


def _param(value) -> Words:
    return value if isinstance(value, _WORDS) else str(value)


def render(value: Words, translate: Translate | None = None) -> str:
    """A parameter as text: a phrase translated, a name or a number as it is."""
    return value.text(translate) if isinstance(value, _WORDS) else str(value)


def fill(context: str, template: str, params, translate: Translate | None = None) -> str:
    """``template`` translated and filled in; the English one when the translator
    fails or its translation loses or invents a ``{field}``."""
    values = {k: render(v, translate) for k, v in params}
    if translate is not None:
        try:
            translated = translate(context, template)
            if (isinstance(translated, str) and translated
                    and sorted(_FIELD.findall(translated)) == sorted(_FIELD.findall(template))):
                return translated.format(**values)
        except Exception:  # a broken translation must never hide a finding
            pass
    return template.format(**values)


class Level(str, Enum):
    """How urgently a finding asks for attention (problem before warning before info)."""

    PROBLEM = "problem"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"problem": 0, "warning": 1, "info": 2}[self.value]


class Group(str, Enum):
    """The headings the Insights dock, the report and the PDF group findings under."""

    WEAKEST_LINKS = "weakest-links"
    PRIORITIES = "room-priorities"
    PATHS = "paths"
    UNOWNED = "unowned"
    HANDOFFS = "hand-offs"
    STRUCTURE = "structure"
    SHARES = "shares"
    FEEDBACK = "feedback"
    GLASSES = "two-pairs-of-glasses"
    GAPS = "gap-analysis"
    ACTIONS = "next-actions"

    @property
    def title(self) -> str:
        return GROUP_TITLES[self]


GROUP_TITLES = {
    Group.WEAKEST_LINKS: "Weakest links",
    Group.PRIORITIES: "The room's priorities",
    Group.PATHS: "Paths to churn",
    Group.UNOWNED: "Unowned steps",
    Group.HANDOFFS: "Hand-offs",
    Group.STRUCTURE: "Structure",
    Group.SHARES: "Branch shares",
    Group.FEEDBACK: "Feedback",
    Group.GLASSES: "Two pairs of glasses",
    Group.GAPS: "Gap analysis",
    Group.ACTIONS: "Next actions",
}


@dataclass(frozen=True)
class Finding:
    """A sentence a user can act on, with the ids of the steps and arrows it is about."""

    group: Group
    kind: str  # a stable machine name, e.g. "dead-end", "weakest-link"
    level: Level
    template: str  # English, with {name} fields filled from ``params``
    params: tuple[tuple[str, Words], ...] = ()
    node_ids: tuple[str, ...] = ()
    edge_ids: tuple[str, ...] = ()
    journey_id: str | None = None
    stage_id: str | None = None

    @property
    def sentence(self) -> str:
        """The sentence in English (the report, the JSON)."""
        return fill(ANALYSIS, self.template, self.params)

    def text(self, translate: Translate | None = None) -> str:
        """The sentence in the reader's language, its phrases too; ``translate`` is
        ``(context, text) → text``, e.g. ``QCoreApplication.translate``."""
        return fill(ANALYSIS, self.template, self.params, translate)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every item to select on the canvas: the steps first, then the arrows."""
        return self.node_ids + self.edge_ids

    def to_data(self) -> dict:
        return {
            "group": self.group.value,
            "kind": self.kind,
            "level": self.level.value,
            "sentence": self.sentence,
            "node_ids": list(self.node_ids),
            "edge_ids": list(self.edge_ids),
            "journey_id": self.journey_id,
            "stage_id": self.stage_id,
        }


def finding(group: Group, kind: str, level: Level, template: str, *,
            nodes=(), edges=(), journey_id=None, stage_id=None, **params) -> Finding:
    """Build a :class:`Finding`; keyword parameters fill the template."""
    return Finding(group, kind, level, template,
                   tuple((k, _param(v)) for k, v in params.items()),
                   tuple(nodes), tuple(edges), journey_id, stage_id)
