"""Autosave for the open windows, and finding what a crashed run left behind.

A running program holds a lock file ``OWNER.lock`` in the autosave folder
(``QLockFile``: it records the process, so a crash leaves a stale lock that
the next start can take over). Each window writes its unsaved changes every
30 seconds and whenever the program or the window loses focus, to its own
``OWNER-SLOT.jmap-autosave``. A clean close removes the window's file. At the
next start, autosaves whose owner is no longer running are the leftovers a
crash left: :func:`leftover_autosaves` lists them for the recovery dialog.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..config import paths
from ..config.autosave import (
    AutosaveRecord,
    list_autosaves,
    new_slot,
    remove_autosave,
    write_autosave,
)
from ..state import MapSession

AUTOSAVE_INTERVAL_MS = 30_000


class ProcessOwner:
    """This running program's identity in the autosave folder, held by a lock file."""

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex[:16]
        self._lock: QLockFile | None = None
        try:
            folder = paths.autosave_dir()
        except OSError:  # no autosave folder: the program still runs, without autosave
            return
        self._lock = QLockFile(str(folder / f"{self.token}.lock"))
        self._lock.setStaleLockTime(0)
        self._lock.tryLock(0)

    def release(self) -> None:
        """End the claim (at exit, or in tests to stand for the process ending)."""
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()


_owner: ProcessOwner | None = None


def process_owner() -> ProcessOwner:
    global _owner
    if _owner is None:
        _owner = ProcessOwner()
    return _owner


def end_process_owner() -> None:
    """Release this process's claim; the next call to process_owner() makes a new one.

    Called at a normal exit. Tests call it to stand for the process ending:
    whatever autosaves remain then look, to the next start, like a crash's.
    """
    global _owner
    if _owner is not None:
        _owner.release()
        _owner = None


def _owner_is_running(owner: str, folder: Path) -> bool:
    if _owner is not None and owner == _owner.token:
        return True
    lock = QLockFile(str(folder / f"{owner}.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):  # nobody holds it (or its holder died): free to take over
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def leftover_autosaves() -> list[AutosaveRecord]:
    """Autosaves of programs that are no longer running: what a crash left behind."""
    try:
        folder = paths.autosave_dir()
    except OSError:
        return []
    found = [r for r in list_autosaves(folder) if not _owner_is_running(r.owner, folder)]
    owners = {r.owner for r in list_autosaves(folder)}
    for lock in folder.glob("*.lock"):  # crashed runs that left no autosave: tidy up
        if lock.stem not in owners:
            _owner_is_running(lock.stem, folder)  # takes over and removes a stale lock
    return found


class Autosaver(QObject):
    """Keeps one window's unsaved changes in its own autosave file.

    Writes only when there is something unsaved that was not yet written;
    removes the file as soon as the map is saved or undone to its saved state.
    """

    autosaved = Signal()

    def __init__(self, session: MapSession, parent: QObject | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.session = session
        try:
            self.file: Path | None = new_slot(process_owner().token)
        except OSError:
            self.file = None  # nowhere to autosave; saving by hand still works
        self._pending = False
        self._written = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        session.documentChanged.connect(self._on_change)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)

    def _on_change(self, _change=None) -> None:
        self._pending = True

    def mark_unsaved(self) -> None:
        """The map holds unsaved work the undo stack does not know of (a recovery)."""
        self._pending = True

    def has_unsaved(self) -> bool:
        stack = self.session.undo_stack
        return not stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_application_state(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave()

    def autosave(self) -> bool:
        """Write the autosave now if there are unsaved, unwritten changes. True if written."""
        if self.file is None or not self._pending or not self.has_unsaved():
            return False
        try:
            write_autosave(self.file, self.session.document, self.session.path,
                           owner=process_owner().token)
        except OSError:
            return False  # a full disk must not stop the workshop; try again later
        self._pending = False
        self._written = True
        self.autosaved.emit()
        return True

    def discard(self) -> None:
        """Remove this window's autosave (the map was saved, or the user discarded it)."""
        if self.file is not None:
            remove_autosave(self.file)
        self._written = False
        self._pending = not self.session.undo_stack.isClean()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            try:
                app.applicationStateChanged.disconnect(self._on_application_state)
            except (RuntimeError, TypeError):
                pass


def adopt(record: AutosaveRecord) -> None:
    """Forget a leftover once its map is open in a window (which autosaves it anew)."""
    remove_autosave(record.file)
