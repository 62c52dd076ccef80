"""Undoable edits of the grid: stages (columns) and micro-journeys (lanes)."""

from __future__ import annotations

from ..model import MicroJourney, Stage
from ..model.geometry import EMOTION_BAND
from .base import DocumentCommand, restore_node, tr


MAX_LENGTH = 20_000.0  # the largest width or height a stage or lane may have


class _GridApi:
    """The document methods for one kind of grid element, so stages and lanes share code."""

    def __init__(self, document, kind: str) -> None:
        d = document
        if kind == "stage":
            self.add, self.update, self.move = d.add_stage, d.update_stage, d.move_stage
            self.remove, self.get, self.index = d.remove_stage, d.stage, d.stage_index
        elif kind == "journey":
            self.add, self.update, self.move = d.add_journey, d.update_journey, d.move_journey
            self.remove, self.get, self.index = d.remove_journey, d.journey, d.journey_index
        else:
            raise ValueError(kind)


def _kind_of(element) -> str:
    return "stage" if isinstance(element, Stage) else "journey"


class AddGridCommand(DocumentCommand):
    """Add a stage or a micro-journey at an index (the end when ``None``)."""

    def __init__(self, document, element: Stage | MicroJourney, index: int | None = None,
                 parent=None) -> None:
        kind = _kind_of(element)
        super().__init__(document, tr("Add stage") if kind == "stage"
                         else tr("Add micro-journey"), parent)
        self.api = _GridApi(document, kind)
        self.element, self.index = element, index

    def _redo(self):
        self.api.add(self.element, self.index)

    def _undo(self):
        self.api.remove(self.element.id)


class UpdateGridCommand(DocumentCommand):
    """Rename or resize a stage or a micro-journey."""

    def __init__(self, document, kind: str, element_id: str, parent=None, **changes) -> None:
        super().__init__(document, tr("Rename") if "name" in changes else tr("Resize"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.changes = element_id, changes
        self._old = None

    def _redo(self):
        self._old = self.api.get(self.element_id)
        return self.api.update(self.element_id, **self.changes)

    def _undo(self):
        fields = self._old.model_dump()
        fields.pop("id")
        self.api.update(self.element_id, **fields)


class MoveGridCommand(DocumentCommand):
    """Reorder a stage or a micro-journey."""

    def __init__(self, document, kind: str, element_id: str, index: int, parent=None) -> None:
        super().__init__(document, tr("Reorder"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.index = element_id, index
        self._old_index = None

    def _redo(self):
        self._old_index = self.api.index(self.element_id)
        return self.api.move(self.element_id, self.index)

    def _undo(self):
        self.api.move(self.element_id, self._old_index)


class RemoveGridCommand(DocumentCommand):
    """Remove a stage or a micro-journey (moving its steps when told where).

    The document refuses while steps are inside and no target is named; the
    refusal's reason lands in ``error``. Moved steps keep their arrangement and
    land beside the target's own steps (after them when the target came first,
    before them otherwise), and the target grows by the removed element's room,
    so no step sits over another stage or lane. Undo puts the element back at its
    index, the target at its size and every step back in its cell, exactly.
    """

    def __init__(self, document, kind: str, element_id: str, move_steps_to: str | None = None,
                 parent=None) -> None:
        super().__init__(document, tr("Remove stage") if kind == "stage"
                         else tr("Remove micro-journey"), parent)
        self.api = _GridApi(document, kind)
        self.kind = kind
        self.element_id, self.move_steps_to = element_id, move_steps_to
        self._removal = None
        self._target_before = None  # the target element before it grew
        self._shifted: tuple = ()  # the target's own steps, before they made room

    def _room(self, element) -> float:
        """The length steps can use along the merge: a lane's foot is its emotion band."""
        return element.width if self.kind == "stage" else element.height - EMOTION_BAND

    def _redo(self):
        self._target_before, self._shifted = None, ()
        self._removal = removal = self.api.remove(self.element_id, self.move_steps_to)
        if self.move_steps_to is None or not removal.reassigned:
            return
        document, target_id = self.document, self.move_steps_to
        axis, size = ("x", "width") if self.kind == "stage" else ("y", "height")
        attr = "stage_id" if self.kind == "stage" else "journey_id"
        target = self._target_before = self.api.get(target_id)
        moved = {node.id for node in removal.reassigned}
        if self.api.index(target_id) < removal.index:  # the moved steps come after
            offset, shift = self._room(target), [document.node(i) for i in moved]
        else:  # they come first: the target's own steps make room
            offset = self._room(removal.element)
            shift = [n for n in document.nodes() if getattr(n, attr) == target_id
                     and n.id not in moved]
            self._shifted = tuple(shift)
        self.api.update(target_id, **{size: min(MAX_LENGTH, getattr(target, size)
                                                + self._room(removal.element))})
        for node in shift:
            document.update_node(node.id, **{axis: getattr(node, axis) + offset})

    def _undo(self):
        removal = self._removal
        for node in self._shifted:
            restore_node(self.document, node)
        if self._target_before is not None:
            fields = self._target_before.model_dump()
            fields.pop("id")
            self.api.update(self._target_before.id, **fields)
        self.api.add(removal.element, removal.index)
        for node in removal.reassigned:
            restore_node(self.document, node)
