"""Undoable edits of owners (departments and people) and the map's own info."""

from __future__ import annotations

from ..model import Owner
from .base import DocumentCommand, restore_node, tr


class AddOwnerCommand(DocumentCommand):
    def __init__(self, document, owner: Owner, index: int | None = None, parent=None) -> None:
        super().__init__(document, tr("Add owner"), parent)
        self.owner, self.index = owner, index

    def _redo(self):
        self.document.add_owner(self.owner, self.index)

    def _undo(self):
        self.document.remove_owner(self.owner.id)


class UpdateOwnerCommand(DocumentCommand):
    def __init__(self, document, owner_id: str, parent=None, **changes) -> None:
        super().__init__(document, tr("Edit owner"), parent)
        self.owner_id, self.changes = owner_id, changes
        self._old: Owner | None = None

    def _redo(self):
        self._old = self.document.owner(self.owner_id)
        return self.document.update_owner(self.owner_id, **self.changes)

    def _undo(self):
        fields = self._old.model_dump()
        fields.pop("id")
        self.document.update_owner(self.owner_id, **fields)


class MoveOwnerCommand(DocumentCommand):
    def __init__(self, document, owner_id: str, index: int, parent=None) -> None:
        super().__init__(document, tr("Reorder owners"), parent)
        self.owner_id, self.index = owner_id, index
        self._old_index = None

    def _redo(self):
        self._old_index = self.document.owner_index(self.owner_id)
        return self.document.move_owner(self.owner_id, self.index)

    def _undo(self):
        self.document.move_owner(self.owner_id, self._old_index)


class RemoveOwnerCommand(DocumentCommand):
    """Remove an owner; its items go to ``reassign_to`` (or nobody). Undo is exact."""

    def __init__(self, document, owner_id: str, reassign_to: str | None = None,
                 parent=None, text: str | None = None) -> None:
        super().__init__(document, text or tr("Remove owner"), parent)
        self.owner_id, self.reassign_to = owner_id, reassign_to
        self._removal = None

    def _redo(self):
        self._removal = self.document.remove_owner(self.owner_id, self.reassign_to)

    def _undo(self):
        removal = self._removal
        self.document.add_owner(removal.element, removal.index)
        for node in removal.reassigned:
            restore_node(self.document, node)
        if removal.info is not None:
            self.document.set_info(**removal.info.model_dump())


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
        self._old = None

    def _redo(self):
        self._old = self.document.info
        return self.document.set_info(**self.changes)

    def _undo(self):
        self.document.set_info(**self._old.model_dump())
