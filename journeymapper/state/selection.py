"""The selection, shared by the canvas and every panel (they never talk to each other)."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The ids (steps, arrows, stages, lanes) the user has selected.

    ``changed`` fires only on a real change. ``focusRequested`` asks the canvas
    to centre an item (a panel row was activated).
    """

    changed = Signal()
    focusRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()

    def ids(self) -> tuple[str, ...]:
        return self._ids

    def __contains__(self, item_id: str) -> bool:
        return item_id in self._ids

    def set(self, ids: Iterable[str]) -> None:
        ids = tuple(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.changed.emit()

    def clear(self) -> None:
        self.set(())

    def focus(self, item_id: str) -> None:
        """Select one item and ask the canvas to bring it into view."""
        self.set((item_id,))
        self.focusRequested.emit(item_id)
