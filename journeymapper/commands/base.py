"""The base of every undoable edit: a QUndoCommand that speaks only to the document.

Commands never touch the canvas or the panels: they call the document's API,
and the views follow the document's change events. A command whose first redo
changes nothing (or is refused) marks itself obsolete, so QUndoStack drops it
instead of keeping an empty step; a refusal is kept in ``error`` for the caller
to show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import DocumentError
from ..model.elements import Node


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr("…") call under the empty context: look it up there
    return QCoreApplication.translate("", text)


class DocumentCommand(QUndoCommand):
    """Redo/undo through ``_redo``/``_undo``; refusals and no-ops make it obsolete."""

    def __init__(self, document, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.document = document
        self.error: str | None = None
        self._first = True
        self._inert = False  # the first redo changed nothing: never act later

    def redo(self) -> None:
        first, self._first = self._first, False
        if first:
            try:
                changed = self._redo()
            except DocumentError as exc:
                self.error = str(exc)
                self._inert = True
                self.setObsolete(True)
                return
            if changed is False:
                self._inert = True
                self.setObsolete(True)
        elif not self._inert:
            self._redo()

    def undo(self) -> None:
        # a refused or empty command kept inside a macro must stay harmless
        if not self._inert:
            self._undo()

    def _redo(self) -> bool | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def node_fields(node: Node) -> dict:
    """Every field of a step, for ``update_node`` to put it back exactly."""
    return {name: getattr(node, name) for name in type(node).model_fields
            if name not in ("id", "kind")}


def restore_node(document, node: Node) -> None:
    document.update_node(node.id, **node_fields(node))


def push(stack, command: DocumentCommand) -> str | None:
    """Push ``command``; the refusal's reason, or ``None`` when it was done (or a no-op)."""
    stack.push(command)
    return command.error
