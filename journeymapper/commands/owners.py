"""Undoable edits of owners (departments and people) and the map's own info."""

from __future__ import annotations

from ..model import Owner
from .base import DocumentCommand, tr


class AddOwnerCommand(DocumentCommand):
    def __init__(self, document, owner: Owner, index: int | None = None, parent=None) -> None:
        super().__init__(document, tr("Add owner"), parent)
        self.owner, self.index = owner, index

    def _redo(self):
        self.document.add_owner(self.owner, self.index)

class UpdateOwnerCommand(DocumentCommand):
    def __init__(self, document, owner_id: str, parent=None, **changes) -> None:
        super().__init__(document, tr("Edit owner"), parent)
        self.owner_id, self.changes = owner_id, changes

    def _redo(self):
        self.document.update_owner(self.owner_id, **self.changes)

class MoveOwnerCommand(DocumentCommand):
    def __init__(self, document, owner_id: str, index: int, parent=None) -> None:
        super().__init__(document, tr("Reorder owners"), parent)
        self.owner_id, self.index = owner_id, index

    def _redo(self):
        self.document.move_owner(self.owner_id, self.index)

class RemoveOwnerCommand(DocumentCommand):
    """Remove an owner; its items go to ``reassign_to`` (or nobody). Undo is exact."""

    def __init__(self, document, owner_id: str, reassign_to: str | None = None,
                 parent=None, text: str | None = None) -> None:
        super().__init__(document, text or tr("Remove owner"), parent)
        self.owner_id, self.reassign_to = owner_id, reassign_to

    def _redo(self):
        self.document.remove_owner(self.owner_id, self.reassign_to)

class MergeOwnersCommand(RemoveOwnerCommand):
    """Everything ``absorb_id`` owned goes to ``keep_id``; ``absorb_id`` goes away."""

    def __init__(self, document, keep_id: str, absorb_id: str, parent=None) -> None:
        super().__init__(document, absorb_id, reassign_to=keep_id, parent=parent,
                         text=tr("Merge owners"))


class SetInfoCommand(DocumentCommand):
    """Change the map's title, description or journey owner."""

    def __init__(self, document, parent=None, **changes) -> None:
        super().__init__(document, tr("Edit map info"), parent)
        self.changes = changes

    def _redo(self):
        self.document.set_info(**self.changes)
