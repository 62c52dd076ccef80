"""Plain-Python change events, so a UI can follow the document without polling.

Two kinds of listeners hear the document: per-change listeners get each
:class:`Change` as it happens; batch listeners get one :class:`ChangeBatch` per
transaction (one user action), which is what a view wants: a single refresh
after the whole edit, never a half-done one. A listener that raises is
reported through :func:`set_error_handler`'s handler and the others are still
called, so one broken panel cannot starve the canvas or the autosave.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable

_log = logging.getLogger(__name__)


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
    ROUND = "round"  # a closed round of dot voting


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
    # Where a stage, micro-journey or owner was added or removed in its order, so
    # replaying the change backwards puts it back in its place.
    index: int | None = None

    def inverse(self) -> "Change":
        """The change that undoes this one."""
        action = {Action.ADDED: Action.REMOVED, Action.REMOVED: Action.ADDED}.get(
            self.action, self.action)
        return Change(action, self.target, self.id, self.new, self.old, self.index)


@dataclass(frozen=True)
class ChangeBatch:
    """Everything one transaction changed, in order; ``text`` names the user's action."""

    text: str
    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def touches(self, *targets: Target) -> bool:
        return any(change.target in targets for change in self.changes)


def net_updates(earlier, later) -> tuple[Change, ...] | None:
    """What two consecutive edits of fields did together, told as one edit.

    Pressing Up three times on a severity is three edits of one field; undo should
    take the stretch back in one step, and the views should hear that undo as one
    change per item (from the first old value to the last new one), not as every
    value passed on the way. Items that end where they began drop out, so
    2 → 3 → 2 is no change at all (an empty tuple). None when either edit did more
    than update fields (added, removed or reordered something): such edits are
    never told as one.
    """
    merged: dict[tuple[Target, str | None], Change] = {}
    for change in (*earlier, *later):
        if change.action is not Action.UPDATED:
            return None
        key = (change.target, change.id)
        first = merged.get(key)
        merged[key] = change if first is None else Change(
            Action.UPDATED, change.target, change.id, first.old, change.new)
    return tuple(change for change in merged.values() if change.old != change.new)


Listener = Callable[[Change], None]
ErrorHandler = Callable[[Callable, BaseException], None]


def _log_error(listener: Callable, error: BaseException) -> None:
    _log.error("A listener of the document failed: %r", listener, exc_info=error)


_error_handler: ErrorHandler = _log_error


def set_error_handler(handler: ErrorHandler | None) -> ErrorHandler:
    """Who hears of a listener that raised (``None``: the log); returns the previous one.

    The window shows such errors without stopping; the test suite fails the test.
    """
    global _error_handler
    previous, _error_handler = _error_handler, handler or _log_error
    return previous


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

    def emit(self, event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception as error:  # noqa: BLE001 - isolated: the others must still hear
                try:
                    _error_handler(listener, error)
                except Exception:  # noqa: BLE001 - a failing handler must not stop the rest
                    _log_error(listener, error)
