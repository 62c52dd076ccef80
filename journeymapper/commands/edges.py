"""Undoable edits of arrows: connect, disconnect, change label, sentiment or share."""

from __future__ import annotations

from typing import Iterable

from ..model import Connection, Crossroads, DocumentError, EdgeKind
from .base import DocumentCommand, tr


class ConnectCommand(DocumentCommand):
    """Draw an arrow; its id is fixed when the command is made, so redo is exact."""

    def __init__(self, document, source: str, target: str, parent=None, **fields) -> None:
        super().__init__(document, tr("Connect"), parent)
        if "kind" not in fields and document.has_node(source):
            fields["kind"] = (EdgeKind.BRANCH if isinstance(document.node(source), Crossroads)
                              else EdgeKind.FLOW)
        self.edge = Connection(source=source, target=target, **fields)

    @classmethod
    def of(cls, document, edge: Connection, parent=None):
        command = cls.__new__(cls)
        DocumentCommand.__init__(command, document, tr("Connect"), parent)
        command.edge = edge
        return command

    def _redo(self):
        try:
            self.document.add_edge(self.edge)
        except DocumentError as exc:
            raise DocumentError(self._refusal() or str(exc)) from exc

    def _refusal(self) -> str | None:
        """The refusals a drag on the map can meet, in the user's language."""
        doc, edge = self.document, self.edge
        if not (doc.has_node(edge.source) and doc.has_node(edge.target)):
            return None
        if edge.source == edge.target:
            return tr("An arrow cannot lead from a step back to itself.")
        source, target = doc.node(edge.source), doc.node(edge.target)
        if not source.is_step or not target.is_step:
            return tr("Notes annotate the map; they cannot be joined by arrows.")
        if doc.edge_between(edge.source, edge.target) is not None:
            return tr("There is already an arrow from ‘{0}’ to ‘{1}’.").format(
                source.label or "…", target.label or "…")
        return None

class DisconnectCommand(DocumentCommand):
    """Remove arrows; undo draws them again with the same ids."""

    def __init__(self, document, edge_ids: Iterable[str], parent=None) -> None:
        super().__init__(document, tr("Remove arrow"), parent)
        self.edge_ids = list(dict.fromkeys(edge_ids))

    def _redo(self):
        for edge_id in self.edge_ids:
            if self.document.has_edge(edge_id):
                self.document.disconnect(edge_id)


class UpdateEdgeCommand(DocumentCommand):
    """Change an arrow's label, sentiment, share or kind."""

    def __init__(self, document, edge_id: str, parent=None, **changes) -> None:
        super().__init__(document, tr("Edit arrow"), parent)
        self.edge_id = edge_id
        self.changes = changes

    def _redo(self):
        self.document.update_edge(self.edge_id, **self.changes)
