"""Undoable edits: QUndoCommands that change the map only through the document API."""

from .base import CompositeCommand, DocumentCommand, EditCommand, push
from .edges import ConnectCommand, DisconnectCommand, UpdateEdgeCommand
from .fragment import (
    MIME_TYPE,
    FragmentError,
    PasteCommand,
    fragment_bytes,
    make_fragment,
    parse_fragment,
    prepare_paste,
)
from .grid import AddGridCommand, MoveGridCommand, RemoveGridCommand, UpdateGridCommand
from .nodes import (
    AddNodeCommand,
    MoveNodesCommand,
    RemoveNodesCommand,
    UpdateItemsCommand,
    UpdateNodeCommand,
)
from .owners import (
    AddOwnerCommand,
    MergeOwnersCommand,
    MoveOwnerCommand,
    RemoveOwnerCommand,
    SetInfoCommand,
    UpdateOwnerCommand,
)

__all__ = [
    "AddGridCommand", "CompositeCommand", "AddNodeCommand", "AddOwnerCommand", "ConnectCommand",
    "DisconnectCommand", "DocumentCommand", "EditCommand", "FragmentError", "MIME_TYPE", "MergeOwnersCommand",
    "MoveGridCommand", "MoveNodesCommand", "MoveOwnerCommand", "PasteCommand",
    "RemoveGridCommand", "RemoveNodesCommand", "RemoveOwnerCommand", "SetInfoCommand",
    "UpdateEdgeCommand", "UpdateGridCommand", "UpdateOwnerCommand", "UpdateItemsCommand", "UpdateNodeCommand",
    "fragment_bytes", "make_fragment", "parse_fragment", "prepare_paste", "push",
]
