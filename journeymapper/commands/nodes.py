"""Undoable edits of steps and notes: add, remove, move, update fields."""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from ..model import DocumentError
from ..model.elements import Node
from .base import DocumentCommand, tr


class AddNodeCommand(DocumentCommand):
    """Put one new step (with its id fixed now, so redo gives the same bytes) on the map."""

    def __init__(self, document, node: Node, parent=None) -> None:
        super().__init__(document, tr("Add {0}").format(node.kind.value), parent)
        self.node = node

    def _redo(self):
        self.document.add_node(self.node)

class RemoveNodesCommand(DocumentCommand):
    """Remove steps with their arrows; undo puts back the same steps, arrows and ids."""

    def __init__(self, document, node_ids: Iterable[str], parent=None) -> None:
        ids = [i for i in dict.fromkeys(node_ids)]
        text = tr("Delete {0} items").format(len(ids)) if len(ids) != 1 else tr("Delete step")
        super().__init__(document, text, parent)
        self.node_ids = ids

    def _redo(self):
        for node_id in self.node_ids:
            if self.document.has_node(node_id):
                self.document.remove_node(node_id)


Place = tuple[str, str, float, float]  # stage id, journey id, x, y


class MoveNodesCommand(DocumentCommand):
    """One command for a whole dragged selection: where each step was and where it went."""

    def __init__(self, document, moves: Mapping[str, tuple[Place, Place]], parent=None,
                 text: str | None = None) -> None:
        super().__init__(document, text or tr("Move"), parent)
        self.moves = {k: v for k, v in moves.items() if tuple(v[0]) != tuple(v[1])}

    @classmethod
    def to(cls, document, targets: Mapping[str, Place], parent=None, text=None):
        """Build from the new places only; the old ones are read from the document."""
        moves = {}
        for node_id, new in targets.items():
            node = document.node(node_id)
            moves[node_id] = ((node.stage_id, node.journey_id, node.x, node.y), tuple(new))
        return cls(document, moves, parent, text)

    def _redo(self):
        for node_id, (_, (stage_id, journey_id, x, y)) in self.moves.items():
            self.document.move_node(node_id, stage_id, journey_id, x, y)


class UpdateItemsCommand(DocumentCommand):
    """Change fields of several items at once (steps, arrows, stages, lanes, owners).

    ``changes`` is a list of ``(target, id, {field: value})`` with target one of
    "node", "edge", "stage", "journey", "owner". The inspector uses it to edit a
    field on every selected item in one undo step; its ``merge_key`` makes a stretch
    of edits of one field (Up, Up, Up) one step (see ``DocumentCommand``).
    """

    def __init__(self, document, changes: Sequence[tuple[str, str, dict]], parent=None,
                 text: str | None = None, merge_key: object = None) -> None:
        super().__init__(document, text or tr("Edit"), parent, merge_key)
        self.changes = [(str(getattr(t, "value", t)), i, dict(c)) for t, i, c in changes]

    def _redo(self):
        # All or nothing: a refused field takes back the ones before it (the transaction).
        doc = self.document
        updates = {"node": doc.update_node, "edge": doc.update_edge, "stage": doc.update_stage,
                   "journey": doc.update_journey, "owner": doc.update_owner}
        for target, item_id, fields in self.changes:
            if target not in updates:
                raise DocumentError(f"Unknown kind of item: {target}")
            updates[target](item_id, **fields)


class UpdateNodeCommand(UpdateItemsCommand):
    """Change fields of one step (label, channel, rating …)."""

    def __init__(self, document, node_id: str, parent=None, text: str | None = None,
                 **changes) -> None:
        super().__init__(document, [("node", node_id, changes)], parent,
                         text or tr("Edit step"))
