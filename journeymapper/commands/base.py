"""The base of every undoable edit: a QUndoCommand that speaks only to the document.

Commands never touch the canvas or the panels: they call the document's API
inside one transaction, and the views follow the document's change batches.
The first redo does the edit and keeps the transaction's changes; undo replays
them backwards and a later redo replays them forwards, so a command says only
what the edit *does* (``_redo``), never how to take it back, and undo is exact
by construction. A command whose first redo changes nothing (or is refused)
marks itself obsolete, so QUndoStack drops it instead of keeping an empty step;
a refusal is kept in ``error`` for the caller to show, and the transaction has
already taken back whatever the refused edit had begun.

One stretch of editing is one step: commands pushed one after another with the
same ``merge_key`` (three presses of Up on the inspector's severity) merge into
the first, so undo returns to the value before the stretch and redo gives the
last one (Qt's ``id``/``mergeWith``; the stack only ever merges with the
command on top, and never across the saved state).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from ..model import DocumentError, net_updates
from ..qt_translate import tr  # noqa: F401 - the commands' translation call


MERGE_ID = 0x4A4D  # Qt tries mergeWith only between commands of one id; ours all share it


class DocumentCommand(QUndoCommand):
    """One undo step: ``_redo`` makes the edit once; undo and redo replay what it changed.

    ``merge_key``: a command pushed right after one with an equal key joins it as
    one undo step (the same field of the same items, edited without leaving the
    field); ``None`` never merges.
    """

    def __init__(self, document, text: str, parent: QUndoCommand | None = None,
                 merge_key: object = None) -> None:
        super().__init__(text, parent)
        self.document = document
        self.error: str | None = None
        self.merge_key = merge_key
        self._changes: tuple | None = None  # recorded by the first redo

    def redo(self) -> None:
        if self._changes is None:
            try:
                with self.document.transaction(self.text()) as edit:
                    self._redo()
            except DocumentError as exc:
                self.error = str(exc)
                self._changes = ()
                self.setObsolete(True)
                return
            self._changes = edit.changes
            if not self._changes:
                self.setObsolete(True)
        elif self._changes:
            self.document.replay(self._changes, text=self.text())

    def undo(self) -> None:
        # a refused or empty command kept inside a macro must stay harmless
        if self._changes:
            self.document.replay(self._changes, backwards=True, text=self.text())

    def id(self) -> int:
        return -1 if self.merge_key is None else MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take ``other`` (just done, on top of this one) into this step.

        The merged step keeps the net change per item, so its undo and redo are one
        batch with one change per item however many values the stretch passed; a
        stretch that ends where it began leaves no step at all (obsolete).
        """
        if (not isinstance(other, DocumentCommand) or self.merge_key is None
                or other.merge_key != self.merge_key or other.error is not None
                or not self._changes or not other._changes):
            return False
        changes = net_updates(self._changes, other._changes)
        if changes is None:
            return False
        self._changes = changes
        if not changes:
            self.setObsolete(True)
        return True

    def _redo(self) -> object:  # pragma: no cover - abstract
        raise NotImplementedError


class EditCommand(DocumentCommand):
    """Any edit as one undo step: ``edit(document)`` runs once, in one transaction.

    For a user action made of several document operations (auto-layout, paste text
    as steps, the keyboard flow's next step), instead of a macro of commands.
    """

    def __init__(self, document, text: str, edit: Callable[[object], object],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(document, text, parent)
        self._edit = edit
        self.result = None

    def _redo(self):
        self.result = self._edit(self.document)


class CompositeCommand(DocumentCommand):
    """Several edits as one user action: one transaction, one undo step, one batch.

    Each part runs as a savepoint: a part the document refuses is taken back alone
    and its reason kept in the part's ``error``, while the others still happen (as
    a Qt macro would have it) — but the views hear the whole action once, and undo
    replays it in one go instead of part by part.
    """

    def __init__(self, document, text: str, parts: list[DocumentCommand],
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(document, text, parent)
        self.parts = [part for part in parts if part is not None]

    def _redo(self):
        for part in self.parts:
            try:
                with self.document.transaction():
                    part._redo()
            except DocumentError as exc:
                part.error = str(exc)


def push(stack, command: DocumentCommand) -> str | None:
    """Push ``command``; the refusal's reason, or ``None`` when it was done (or a no-op)."""
    stack.push(command)
    return command.error
