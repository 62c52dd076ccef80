"""The inspector: every field of the selected item, edited in place.

With one item selected it shows all of its fields; with several, the fields
they share (owner, stage, status, severity …), and an edit there changes all
of them in one undo step. With nothing selected it shows the map's own info.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..commands import SetInfoCommand, UpdateItemsCommand
from ..model import (
    Action,
    Channel,
    CrossroadsStatus,
    FeedbackInstrument,
    NodeKind,
    OutcomeKind,
    Sentiment,
    Target,
)
from .base import SessionDock
from .fields import (
    SEVERAL,
    BoolField,
    ChoiceField,
    DateField,
    FloatField,
    IntField,
    LineField,
    TextField,
)
from ..look.kinds import editable_fields
from .words import KIND_MARK, members, node_name, quoted, tr, word


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    make: Callable  # (dock) -> editor


def _line(dock):
    return LineField()


def _text(dock):
    return TextField()


def _enum(enum_type):
    def make(dock):
        field = ChoiceField()
        field.set_choices(members(enum_type))
        return field
    return make


def _owner(dock):
    field = ChoiceField()
    field.set_choices(dock.owner_choices(), swatches=True)
    return field


def _stage(dock):
    field = ChoiceField()
    field.set_choices([(s.id, s.name or tr("(unnamed stage)")) for s in dock.document.stages])
    return field


def _journey(dock):
    field = ChoiceField()
    field.set_choices([(j.id, j.name or tr("(unnamed micro-journey)"))
                       for j in dock.document.journeys])
    return field


def _rating(dock):
    field = IntField(-2, 2, none_text=tr("not rated"), signed_prefix=True)
    field.setToolTip(tr("−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good"))
    return field


def _severity(dock):
    field = IntField(1, 5)
    field.setToolTip(tr("1 a small irritation … 5 customers leave"))
    return field


def _share(dock):
    return FloatField(0, 100, none_text=tr("unknown"), suffix=" %")


def _effort(dock):
    field = FloatField(0, 1_000_000, decimals=1)
    field.setToolTip(tr("The company's effort on this activity (hours, days or cost: "
                        "use one unit across the map)"))
    return field


def _size(low):
    def make(dock):
        return FloatField(low, 20_000, decimals=0)
    return make


def _due(dock):
    return DateField()


def _bool(text):
    def make(dock):
        return BoolField(text)
    return make


def specs_for(key) -> list[FieldSpec]:
    """The editable fields of one kind of item, in the order the inspector shows them."""
    label = FieldSpec("label", tr("Label"), _line)
    stage = FieldSpec("stage_id", tr("Stage"), _stage)
    journey = FieldSpec("journey_id", tr("Micro-journey"), _journey)
    owner = FieldSpec("owner_id", tr("Owner"), _owner)
    activity = FieldSpec("company_activity", tr("Company activity"),
                         _bool(tr("Counts in the gap analysis")))
    effort = FieldSpec("effort", tr("Effort"), _effort)
    if isinstance(key, NodeKind) or key in NodeKind._value2member_map_:
        # a step: its kind's fields (look/kinds.editable_fields), each shown by its name
        steps = {f.name: f for f in (
            label, FieldSpec("description", tr("Description"), _text),
            FieldSpec("channel", tr("Channel"), _enum(Channel)), owner,
            FieldSpec("rating", tr("Customer's rating"), _rating),
            FieldSpec("provider_rating", tr("Provider's rating"), _rating),
            FieldSpec("opportunity", tr("Opportunity"), _text),
            FieldSpec("feedback", tr("Feedback"), _enum(FeedbackInstrument)),
            FieldSpec("kpi", tr("KPI"), _line), activity, effort,
            FieldSpec("severity", tr("Severity"), _severity),
            FieldSpec("status", tr("Status"), _enum(CrossroadsStatus)),
            FieldSpec("evidence", tr("Evidence"), _text),
            FieldSpec("action", tr("Improvement action"), _text),
            FieldSpec("due", tr("Due"), _due),
            FieldSpec("outcome", tr("Outcome"), _enum(OutcomeKind)),
            FieldSpec("share", tr("Share of customers"), _share))}
        # what a label is for the kinds whose label is more than a name
        if key == NodeKind.CROSSROADS:
            steps["label"] = FieldSpec("label", tr("Question"), _line)
        elif key == NodeKind.NOTE:
            steps["label"] = FieldSpec("label", tr("Text"), _text)
        return [steps[name] for name in editable_fields(key)] + [stage, journey]
    if key == "edge":
        return [label, FieldSpec("sentiment", tr("Sentiment"), _enum(Sentiment)),
                FieldSpec("share", tr("Share of customers"), _share)]
    if key == "stage":
        return [FieldSpec("name", tr("Name"), _line), FieldSpec("width", tr("Width"), _size(80))]
    if key == "journey":
        return [FieldSpec("name", tr("Name"), _line),
                FieldSpec("height", tr("Height"), _size(120))]
    if key == "info":
        return [FieldSpec("title", tr("Title"), _line),
                FieldSpec("description", tr("Description"), _text),
                FieldSpec("journey_owner_id", tr("Journey owner"), _owner)]
    raise KeyError(key)


# Fields that make sense to set on several items at once (no labels or free text).
SHARED_FIELDS = {"owner_id", "stage_id", "journey_id", "status", "severity", "channel",
                 "rating", "provider_rating", "feedback", "outcome", "company_activity",
                 "sentiment", "due", "share", "effort", "width", "height"}


class InspectorDock(SessionDock):
    """Shows and edits the selected items; follows every change from any side."""

    OBJECT_NAME = "InspectorDock"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Inspector"), parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.header)
        layout.addWidget(self.detail)
        layout.addWidget(self.form_host)
        layout.addWidget(self.error_line)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.editors: dict[str, object] = {}
        self._items: list[tuple[str, str]] = []  # (target, id)
        self._shown: set[str] = set()  # the ids of the items shown
        self._wanted: set[str] = set()  # the selected ids, shown or not (yet) in the map
        self._key = None
        self._pending: str | None = None  # what the action in progress asks of the form
        self.set_session(session)

    # --- what is selected -----------------------------------------------
    def _selected(self) -> list[tuple[str, str]]:
        doc = self.document
        items = []
        for item_id in self.selection.ids():
            if doc.has_node(item_id):
                items.append(("node", item_id))
            elif doc.has_edge(item_id):
                items.append(("edge", item_id))
            elif doc.has_stage(item_id):
                items.append(("stage", item_id))
            elif doc.has_journey(item_id):
                items.append(("journey", item_id))
        return items

    def _element(self, target: str, item_id: str):
        doc = self.document
        return {"node": doc.node, "edge": doc.edge, "stage": doc.stage,
                "journey": doc.journey}[target](item_id)

    @staticmethod
    def _key_of(target: str, element):
        return element.kind if target == "node" else target

    def owner_choices(self) -> list[tuple]:
        choices = [(None, tr("Nobody"), None)]
        choices += [(o.id, o.name or tr("(unnamed owner)"), o.colour)
                    for o in self.document.owners]
        return choices

    # --- building the form ------------------------------------------------------
    def reset(self) -> None:
        self.rebuild()

    def selection_changed(self) -> None:
        self._commit_pending()
        self.rebuild()

    def _commit_pending(self) -> None:
        """A field being typed in when the selection moves on is committed, not lost."""
        for editor in self.editors.values():
            if getattr(editor, "has_pending", lambda: False)():
                editor.commit()

    def rebuild(self) -> None:
        for editor in self.editors.values():
            editor.blockSignals(True)  # a field torn down must not commit into the next form
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self.error_line.show_error(None)
        self._pending = None
        if self.session is None:
            return
        self._items = self._selected()
        self._shown = {i for _, i in self._items}
        self._wanted = set(self.selection.ids())
        if not self._items:
            self._key = "info"
            specs = specs_for("info")
            self.header.setText(tr("The map"))
            self.detail.setText(tr("Nothing is selected. Select a step, an arrow, a stage or "
                                   "a micro-journey to see its fields here."))
        else:
            elements = [self._element(t, i) for t, i in self._items]
            keys = [self._key_of(t, e) for (t, _), e in zip(self._items, elements)]
            if len(self._items) == 1:
                specs = specs_for(keys[0])
                self._describe_one(self._items[0][0], elements[0])
            else:
                names = None
                for key in dict.fromkeys(keys):
                    here = {s.name for s in specs_for(key)} & SHARED_FIELDS
                    names = here if names is None else names & here
                specs = [s for s in specs_for(keys[0]) if s.name in names]
                self._describe_many(keys, bool(specs))
            self._key = keys[0] if len(set(keys)) == 1 else "mixed"
        for spec in specs:
            editor = spec.make(self)
            editor.setObjectName(spec.name)
            editor.edited.connect(lambda value, name=spec.name: self.commit(name, value))
            self.editors[spec.name] = editor
            self.form.addRow(spec.label, editor)
        self.refresh_values()

    def _describe_one(self, target: str, element) -> None:
        doc = self.document
        if target == "node":
            self.header.setText(f"{KIND_MARK[element.kind]} {word(element.kind)}")
            self.detail.setText(tr("In {0} · {1}").format(
                quoted(doc.stage(element.stage_id).name, tr("an unnamed stage")),
                quoted(doc.journey(element.journey_id).name, tr("an unnamed micro-journey"))))
        elif target == "edge":
            self.header.setText(tr("→ Arrow ({0})").format(word(element.kind).lower()))
            self.detail.setText(tr("From {0} to {1}").format(
                quoted(node_name(doc.node(element.source)), ""),
                quoted(node_name(doc.node(element.target)), "")))
        elif target == "stage":
            self.header.setText(tr("Stage (column)"))
            self.detail.setText(tr("{0} steps in this stage").format(
                len(doc.nodes_in(stage_id=element.id))))
        else:
            self.header.setText(tr("Micro-journey (lane)"))
            self.detail.setText(tr("{0} steps in this micro-journey").format(
                len(doc.nodes_in(journey_id=element.id))))

    def _describe_many(self, keys, has_fields: bool) -> None:
        self.header.setText(tr("{0} items selected").format(len(keys)))
        counts = {}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
        parts = []
        for key, count in counts.items():
            name = word(key) if isinstance(key, NodeKind) else {
                "edge": tr("Arrow"), "stage": tr("Stage"), "journey": tr("Micro-journey")}[key]
            parts.append(f"{count} × {name.lower()}")
        text = ", ".join(parts) + ". "
        text += (tr("A change here applies to all of them, in one undo step.") if has_fields
                 else tr("They share no field that can be edited together."))
        self.detail.setText(text)

    # --- values ---------------------------------------------------------------
    def refresh_values(self) -> None:
        """Show the current values; a field the user is typing in is left alone."""
        if self._key == "info":
            elements = [self.document.info]
        else:
            elements = [self._element(t, i) for t, i in self._items]
        for name, editor in self.editors.items():
            if getattr(editor, "is_editing", lambda: False)():
                continue
            values = {_hashable(getattr(e, name)) for e in elements}
            if len(values) == 1:
                editor.set_value(getattr(elements[0], name))
            else:
                editor.set_mixed()

    def document_changed(self, change) -> None:
        target = change.target
        if target in (Target.OWNER, Target.STAGE, Target.JOURNEY) and self._shows_choices(target):
            self._request("rebuild")  # the owner, stage or lane lists changed
            return
        if self._key == "info":
            if target == Target.INFO:
                self._request("refresh")
            elif change.id in self._wanted and change.action == Action.ADDED:
                self._request("rebuild")  # an undo put back a selected item
            return
        if change.id in self._shown:
            self._request("rebuild" if change.action == Action.REMOVED else "refresh")
        elif change.id in self._wanted and change.action == Action.ADDED:
            self._request("rebuild")  # a selected id came (back) into the document

    def _request(self, what: str) -> None:
        """Note what a change asks of the form; done once the whole action is in.

        An edit of 500 selected cards is 500 changes in one action; refreshing
        the form for each would cost 500 × 500 reads.
        """
        if what == "rebuild" or self._pending is None:
            self._pending = what

    def action_done(self, batch) -> None:
        if self._pending is not None:
            self._flush()

    def _flush(self, what: str | None = None) -> None:
        what = what or self._pending
        self._pending = None
        if what == "rebuild":
            self.rebuild()
        elif what == "refresh":
            self.refresh_values()
            if len(self._items) == 1:
                self._describe_one(self._items[0][0], self._element(*self._items[0]))

    def _shows_choices(self, target) -> bool:
        wanted = {Target.OWNER: ("owner_id", "journey_owner_id"), Target.STAGE: ("stage_id",),
                  Target.JOURNEY: ("journey_id",)}[target]
        return any(name in self.editors for name in wanted)

    # --- editing ------------------------------------------------------------------
    def commit(self, name: str, value) -> bool:
        """Set field ``name`` to ``value`` on every shown item, in one undo step."""
        if value is SEVERAL:
            return False
        if self._key == "info":
            done = self.push(SetInfoCommand(self.document, **{name: value}))
        else:
            changes = [(t, i, {name: value}) for t, i in self._items]
            editor = self.editors[name]
            label = self.form.labelForField(editor)
            what = label.text() if label is not None else name
            text = (tr("Change {0}").format(what.lower()) if len(changes) == 1
                    else tr("Change {0} of {1} items").format(what.lower(), len(changes)))
            # the steps of one stretch in a number field (Up, Up, Up) are one undo step
            stretch = getattr(editor, "stretch", None)
            key = None if stretch is None else (stretch, name, tuple(self._items))
            done = self.push(UpdateItemsCommand(self.document, changes, text=text,
                                                merge_key=key))
        if not done:
            self.refresh_values()  # show what the map really holds
        return done


def _hashable(value):
    try:
        hash(value)
        return value
    except TypeError:
        return repr(value)

