"""Undoable edits of the grid: stages (columns) and micro-journeys (lanes)."""

from __future__ import annotations

from ..model import MicroJourney, Stage
from .base import DocumentCommand, restore_node, tr


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
    refusal's reason lands in ``error``. Undo puts the element back at its index
    and every moved step back in its cell, exactly.
    """

    def __init__(self, document, kind: str, element_id: str, move_steps_to: str | None = None,
                 parent=None) -> None:
        super().__init__(document, tr("Remove stage") if kind == "stage"
                         else tr("Remove micro-journey"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.move_steps_to = element_id, move_steps_to
        self._removal = None

    def _redo(self):
        self._removal = self.api.remove(self.element_id, self.move_steps_to)

    def _undo(self):
        removal = self._removal
        self.api.add(removal.element, removal.index)
        for node in removal.reassigned:
            restore_node(self.document, node)
