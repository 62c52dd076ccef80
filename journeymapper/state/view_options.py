"""How the map is shown right now (not saved in the document, never undone).

The panels set these and the canvas follows them, without either importing
the other: "colour the map by owner", and "show only this owner's items"
(everything else dimmed) so an owner can work through their own points. The
latter is ONE setting wherever it is chosen — Ownership's "Show only", the
friction register's owner filter, My items' owner — and all of them, and the
map, follow it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Drag-and-drop of an owner (from the ownership panel) onto a card on the canvas:
# the payload is the owner's id, UTF-8 encoded.
OWNER_MIME_TYPE = "application/x-journeymapper-owner"

# "Show only" the touchpoints and crossroads nobody owns (never an owner's id: ids are
# letters and digits).
NOBODY = "<nobody>"


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
        """The owner whose items stay bright while everything else is dimmed, NOBODY for
        the unowned ones, or None (everyone's)."""
        return self._focus_owner_id

    def set_focus_owner(self, owner_id: str | None) -> None:
        owner_id = owner_id or None
        if owner_id != self._focus_owner_id:
            self._focus_owner_id = owner_id
            self.changed.emit()

    def is_focused(self, node) -> bool:
        """Whether a step is one of the items shown: the focused owner's touchpoints and
        crossroads (for NOBODY those with no owner; for None, nothing in particular)."""
        focus = self._focus_owner_id
        if focus is None or not hasattr(node, "owner_id"):
            return False  # outcomes and notes belong to nobody in particular
        return node.owner_id is None if focus == NOBODY else node.owner_id == focus

    def is_dimmed(self, node) -> bool:
        """Whether a step is dimmed under "show only this owner's items"."""
        return self._focus_owner_id is not None and not self.is_focused(node)
