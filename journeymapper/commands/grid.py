"""Undoable edits of the grid: stages (columns) and micro-journeys (lanes)."""

from __future__ import annotations

from ..model import MicroJourney, Stage
from .base import DocumentCommand, tr


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

class UpdateGridCommand(DocumentCommand):
    """Rename or resize a stage or a micro-journey."""

    def __init__(self, document, kind: str, element_id: str, parent=None, **changes) -> None:
        super().__init__(document, tr("Rename") if "name" in changes else tr("Resize"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.changes = element_id, changes

    def _redo(self):
        self.api.update(self.element_id, **self.changes)

class MoveGridCommand(DocumentCommand):
    """Reorder a stage or a micro-journey."""

    def __init__(self, document, kind: str, element_id: str, index: int, parent=None) -> None:
        super().__init__(document, tr("Reorder"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.index = element_id, index

    def _redo(self):
        self.api.move(self.element_id, self.index)

class RemoveGridCommand(DocumentCommand):
    """Remove a stage or a micro-journey, moving its steps when told where.

    The rule (refuse while steps are inside and no target is named; moved steps
    land beside the target's own, the target grows) is the document's:
    :meth:`JourneyDocument.remove_stage`. A refusal's reason lands in ``error``.
    """

    def __init__(self, document, kind: str, element_id: str, move_steps_to: str | None = None,
                 parent=None) -> None:
        super().__init__(document, tr("Remove stage") if kind == "stage"
                         else tr("Remove micro-journey"), parent)
        self.api = _GridApi(document, kind)
        self.element_id, self.move_steps_to = element_id, move_steps_to

    def _redo(self):
        self.api.remove(self.element_id, self.move_steps_to)
