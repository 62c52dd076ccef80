"""Every kind of step in one table: how it is drawn, marked, named and added.

The model says what a kind *is* (its class and fields in
:mod:`journeymapper.model.elements`, its size in :mod:`journeymapper.model.geometry`);
this table says everything else the program needs to show it, so the canvas, the
panels, the analysis, the PDF and the command line iterate :data:`KINDS` instead of
spelling out four kinds each. A new kind is a model class, a size and one entry here
(plus a canvas item and a PDF drawing only when its ``shape`` is a new one).

The words are marked with ``QT_TRANSLATE_NOOP`` in the context :data:`CONTEXT`, so
``pyside6-lupdate`` (run over ``journeymapper/look/*.py`` too) finds them; the Qt side
translates them with ``QCoreApplication.translate(CONTEXT, …)``, the Qt-free side
with its own translator. Whether a kind has an owner or a customer rating is read off
its model class's fields, so it cannot disagree with what the file stores.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.elements import NODE_TYPES, NodeKind, OutcomeKind
from . import palette as pal

CONTEXT = "kinds"  # the translation context of every word below (lupdate wants it literal)

# The shapes both drawings know (canvas/node_items.ITEM_TYPES, export/shapes.DRAWINGS).
SHAPES = ("card", "diamond", "pill", "note")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's name
    """Marks ``text`` for ``pyside6-lupdate``; translated where it is shown."""
    return text


@dataclass(frozen=True)
class KindSpec:
    """One kind of step, as the program shows it.

    ``name`` heads the inspector and lists ("Touchpoint"), ``word`` goes inside
    sentences ("Add {0} here"), ``add_text`` is the menu entry with its mnemonic,
    ``untitled`` the analysis' phrase for a step without a label and
    ``untitled_label`` the PDF's; ``plural`` is the English count word of
    ``jmap check``. ``mark`` tells the kinds apart in lists without colour.
    ``sketch_fill`` colours its bare shape on a big map seen whole.
    ``fields`` is the inspector's order of the class's editable fields (empty: the
    model's own order)."""

    kind: NodeKind
    shape: str
    mark: str
    name: str
    word: str
    add_text: str
    untitled: str
    untitled_label: str
    plural: str
    shortcut: str
    sketch_fill: str
    fields: tuple[str, ...] = ()

    @property
    def action_key(self) -> str:
        """The key of its "Add …" action in the editor's and window's action lists."""
        return f"add_{self.kind.value}"

    @property
    def has_owner(self) -> bool:
        return "owner_id" in NODE_TYPES[self.kind].model_fields

    @property
    def has_rating(self) -> bool:
        return "rating" in NODE_TYPES[self.kind].model_fields


# In the order of the palette, the Insert menu and the "Add … here" menu.
KINDS: tuple[KindSpec, ...] = (
    KindSpec(NodeKind.TOUCHPOINT, "card", "▭", QT_TRANSLATE_NOOP("kinds", "Touchpoint"),
             QT_TRANSLATE_NOOP("kinds", "touchpoint"), QT_TRANSLATE_NOOP("kinds", "Add &Touchpoint"),
             QT_TRANSLATE_NOOP("kinds", "an untitled touchpoint"), QT_TRANSLATE_NOOP("kinds", "(untitled touchpoint)"),
             "touchpoints", "Ctrl+1", pal.CARD_FILL,
             ("label", "description", "channel", "owner_id", "rating", "provider_rating",
              "opportunity", "feedback", "kpi", "company_activity", "effort")),
    KindSpec(NodeKind.CROSSROADS, "diamond", "◆", QT_TRANSLATE_NOOP("kinds", "Crossroads"),
             QT_TRANSLATE_NOOP("kinds", "crossroads"), QT_TRANSLATE_NOOP("kinds", "Add &Crossroads"),
             QT_TRANSLATE_NOOP("kinds", "an untitled crossroads"), QT_TRANSLATE_NOOP("kinds", "(untitled crossroads)"),
             "crossroads", "Ctrl+2", pal.SEVERITY_FILL[2],
             ("label", "description", "severity", "status", "owner_id", "evidence", "action",
              "due")),
    KindSpec(NodeKind.OUTCOME, "pill", "○", QT_TRANSLATE_NOOP("kinds", "Outcome"),
             QT_TRANSLATE_NOOP("kinds", "outcome"), QT_TRANSLATE_NOOP("kinds", "Add &Outcome"),
             QT_TRANSLATE_NOOP("kinds", "an untitled outcome"), QT_TRANSLATE_NOOP("kinds", "(untitled outcome)"),
             "outcomes", "Ctrl+3", pal.OUTCOME_FILL[OutcomeKind.LOYAL]),
    KindSpec(NodeKind.NOTE, "note", "✎", QT_TRANSLATE_NOOP("kinds", "Note"),
             QT_TRANSLATE_NOOP("kinds", "note"), QT_TRANSLATE_NOOP("kinds", "Add &Note"),
             QT_TRANSLATE_NOOP("kinds", "an untitled note"), QT_TRANSLATE_NOOP("kinds", "(untitled note)"),
             "notes", "Ctrl+4", pal.NOTE_FILL),
)

_BY_KIND = {spec.kind: spec for spec in KINDS}


def kind_spec(kind) -> KindSpec:
    """The entry of ``kind`` (a NodeKind or its value); a KeyError names a missing one."""
    return _BY_KIND[NodeKind(kind)]


def shape_of(kind) -> str:
    return kind_spec(kind).shape


def editable_fields(kind) -> tuple[str, ...]:
    """The fields the inspector shows for ``kind``, before its place (stage, lane):
    the entry's order, else every field of the model class but its id, kind and spot."""
    spec = kind_spec(kind)
    if spec.fields:
        return spec.fields
    hidden = {"id", "kind", "x", "y", "stage_id", "journey_id"}
    return tuple(f for f in NODE_TYPES[spec.kind].model_fields if f not in hidden)
