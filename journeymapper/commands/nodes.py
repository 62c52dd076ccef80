"""Undoable edits of steps and notes: add, remove, move, update fields."""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from ..model import DocumentError
from ..model.elements import Node
from .base import DocumentCommand, restore_node, tr


class AddNodeCommand(DocumentCommand):
    """Put one new step (with its id fixed now, so redo gives the same bytes) on the map."""

    def __init__(self, document, node: Node, parent=None) -> None:
        super().__init__(document, tr("Add {0}").format(node.kind.value), parent)
        self.node = node

    def _redo(self):
        self.document.add_node(self.node)

    def _undo(self):
        self.document.remove_node(self.node.id)


class RemoveNodesCommand(DocumentCommand):
    """Remove steps with their arrows; undo puts back the same steps, arrows and ids."""

    def __init__(self, document, node_ids: Iterable[str], parent=None) -> None:
        ids = [i for i in dict.fromkeys(node_ids)]
        text = tr("Delete {0} items").format(len(ids)) if len(ids) != 1 else tr("Delete step")
        super().__init__(document, text, parent)
        self.node_ids = ids
        self._removed: list[Node] = []
        self._edges: dict[str, object] = {}

    def _redo(self):
        doc = self.document
        ids = [i for i in self.node_ids if doc.has_node(i)]
        if not ids:
            return False
        self._removed, self._edges = [], {}
        for node_id in ids:
            removal = doc.remove_node(node_id)
            self._removed.append(removal.element)
            for edge in removal.edges:
                self._edges.setdefault(edge.id, edge)
        return True

    def _undo(self):
        for node in self._removed:
            self.document.add_node(node)
        for edge in self._edges.values():
            self.document.add_edge(edge)


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

    def _apply(self, which: int):
        changed = False
        for node_id, places in self.moves.items():
            stage_id, journey_id, x, y = places[which]
            changed |= self.document.move_node(node_id, stage_id, journey_id, x, y)
        return changed

    def _redo(self):
        return self._apply(1) if self.moves else False

    def _undo(self):
        self._apply(0)


class UpdateItemsCommand(DocumentCommand):
    """Change fields of several items at once (steps, arrows, stages, lanes, owners).

    ``changes`` is a list of ``(target, id, {field: value})`` with target one of
    "node", "edge", "stage", "journey", "owner". The inspector uses it to edit a
    field on every selected item in one undo step.
    """

    def __init__(self, document, changes: Sequence[tuple[str, str, dict]], parent=None,
                 text: str | None = None) -> None:
        super().__init__(document, text or tr("Edit"), parent)
        self.changes = [(str(getattr(t, "value", t)), i, dict(c)) for t, i, c in changes]
        self._old: list[tuple[str, object]] = []

    def _get(self, target: str, item_id: str):
        doc = self.document
        getter = {"node": doc.node, "edge": doc.edge, "stage": doc.stage,
                  "journey": doc.journey, "owner": doc.owner}.get(target)
        if getter is None:
            raise DocumentError(f"Unknown kind of item: {target}")
        return getter(item_id)

    def _update(self, target: str, item_id: str, fields: dict) -> bool:
        doc = self.document
        return {"node": doc.update_node, "edge": doc.update_edge, "stage": doc.update_stage,
                "journey": doc.update_journey, "owner": doc.update_owner}[target](
            item_id, **fields)

    def _redo(self):
        if self._old:  # a later redo: the same changes again
            for target, item_id, fields in self.changes:
                self._update(target, item_id, fields)
            return True
        # first time: validate all before changing any, so a refusal changes nothing
        olds = [(t, self._get(t, i)) for t, i, _ in self.changes]
        for (t, old), (_, _, fields) in zip(olds, self.changes):
            try:
                old.with_changes(**fields)
            except ValueError as exc:
                raise DocumentError(str(exc)) from exc
        changed = False
        done = []
        try:
            for (target, old), (_, item_id, fields) in zip(olds, self.changes):
                if self._update(target, item_id, fields):
                    changed = True
                done.append((target, old))
        except DocumentError:
            self._old = done
            self._undo()
            self._old = []
            raise
        self._old = olds
        return changed

    def _undo(self):
        doc = self.document
        for target, old in reversed(self._old):
            if target == "node":
                restore_node(doc, old)
            else:
                fields = {k: getattr(old, k) for k in type(old).model_fields
                          if k not in ("id", "source", "target")}
                self._update(target, old.id, fields)


class UpdateNodeCommand(UpdateItemsCommand):
    """Change fields of one step (label, channel, rating …)."""

    def __init__(self, document, node_id: str, parent=None, text: str | None = None,
                 **changes) -> None:
        super().__init__(document, [("node", node_id, changes)], parent,
                         text or tr("Edit step"))
