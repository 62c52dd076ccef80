"""How the map is shown right now (not saved in the document, never undone).

The ownership panel sets these and the canvas follows them, without either
importing the other: "colour the map by owner", and "show only this owner's
items" (everything else dimmed) so an owner can work through their own points.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Drag-and-drop of an owner (from the ownership panel) onto a card on the canvas:
# the payload is the owner's id, UTF-8 encoded.
OWNER_MIME_TYPE = "application/x-journeymapper-owner"


class ViewOptions(QObject):
    """View-only state shared by the panels and the canvas; ``changed`` on a real change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._colour_by_owner = False
        self._focus_owner_id: str | None = None

    @property
    def colour_by_owner(self) -> bool:
        return self._colour_by_owner

    def set_colour_by_owner(self, on: bool) -> None:
        on = bool(on)
        if on != self._colour_by_owner:
            self._colour_by_owner = on
            self.changed.emit()

    @property
    def focus_owner_id(self) -> str | None:
        """The owner whose items stay bright while everything else is dimmed, or None."""
        return self._focus_owner_id

    def set_focus_owner(self, owner_id: str | None) -> None:
        owner_id = owner_id or None
        if owner_id != self._focus_owner_id:
            self._focus_owner_id = owner_id
            self.changed.emit()

    def is_dimmed(self, node) -> bool:
        """Whether a step is dimmed under "show only this owner's items"."""
        if self._focus_owner_id is None:
            return False
        return getattr(node, "owner_id", None) != self._focus_owner_id
