"""Plain-Python change events, so a UI can follow the document without polling."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable


class Action(str, Enum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"
    MOVED = "moved"  # reordered: old and new are indices


class Target(str, Enum):
    NODE = "node"
    EDGE = "edge"
    STAGE = "stage"
    JOURNEY = "journey"
    OWNER = "owner"
    INFO = "info"


@dataclass(frozen=True)
class Change:
    """One real change to the document.

    ``old`` and ``new`` are the element before and after (``None`` when it did
    not exist); for ``MOVED`` they are the old and new positions in the order.
    """

    action: Action
    target: Target
    id: str | None
    old: Any = None
    new: Any = None


Listener = Callable[[Change], None]


class ChangeEmitter:
    """A minimal observer list; listeners are called in subscription order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def __bool__(self) -> bool:
        """True while anyone listens (the document skips building events nobody hears)."""
        return bool(self._listeners)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
