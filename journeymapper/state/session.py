"""One open map: its document, the undo stack that changes it, and the selection."""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import ChangeBatch, JourneyDocument
from .selection import Selection
from .view_options import ViewOptions


class MapSession(QObject):
    """The one object the window, the canvas and the panels are all given.

    ``documentChanged`` relays the document's change batches (one per user action,
    with every change it made) as a Qt signal: the panels, the window and the
    autosave refresh once per action, never halfway through one.
    """

    documentChanged = Signal(object)  # a model ChangeBatch
    pathChanged = Signal()

    def __init__(self, document: JourneyDocument, path: str | Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.selection = Selection(self)
        self.view_options = ViewOptions(self)  # view-only: owner colours, owner focus
        self._path = Path(path) if path else None
        self._closed = False
        document.subscribe_batches(self._relay)
        _OPEN.add(self)

    def _relay(self, batch: ChangeBatch) -> None:
        self.documentChanged.emit(batch)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        path = Path(path) if path else None
        if path != self._path:
            self._path = path
            self.pathChanged.emit()

    def close(self) -> None:
        """The map's window is closing: stop relaying and drop the undo history now.

        The undo commands are Python objects owned by the C++ stack. Left to the garbage
        collector, a session, its stack and its commands were collected in one cycle, the
        stack deleting commands whose Python side the collector had already freed: the
        process crashed in the collector (seen in the test suite after closing a second
        edited window)."""
        if self._closed:
            return
        self._closed = True
        self.document.unsubscribe_batches(self._relay)
        self.undo_stack.clear()


_OPEN: "weakref.WeakSet[MapSession]" = weakref.WeakSet()


def close_open_sessions() -> None:
    """Close every session not closed yet (the end of a test: see MapSession.close)."""
    for session in list(_OPEN):
        session.close()
