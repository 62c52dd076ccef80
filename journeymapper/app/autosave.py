"""Autosave for the open windows, and finding what a crashed run left behind.

A running program holds a lock file ``OWNER.lock`` in the autosave folder
(``QLockFile``: it records the process, so a crash leaves a stale lock that
the next start can take over). Each window writes its unsaved changes to its
own ``OWNER-SLOT.jmap-autosave`` under a second after the last edit (and
every ~1.2 seconds while the edits go on), every 30 seconds in any case,
and whenever the program or the window loses focus: a crash costs at most the
last second or two of work, not the last half minute. A clean close removes the window's file. At the
next start, autosaves whose owner is no longer running are the leftovers a
crash left: :func:`leftover_autosaves` lists them for the recovery dialog.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..config import paths
from ..config.autosave import (
    AutosaveRecord,
    MapSnapshot,
    list_autosaves,
    new_slot,
    remove_autosave,
    write_autosave,
)
from ..panels.background import BackgroundJob
from ..state import MapSession

AUTOSAVE_INTERVAL_MS = 30_000
# After an edit the autosave waits this long for the next one (a burst of edits
# is written once) ...
AUTOSAVE_QUIET_MS = 700
# ... but never longer than this after the first unwritten edit, so steady work
# (an edit every 100-300 ms never leaves a quiet moment) is written every ~1.2 s:
# a crash costs about a second of work (benchmarks/crash_window.py measures it).
AUTOSAVE_MAX_WAIT_MS = 1_200


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


class _OrderedWriter:
    """Writes one window's autosave file, newest wins, from either thread.

    Every write and removal is given a number in the window's thread when it is
    asked for; one asked for earlier that comes late (a write still on the
    worker when the map was saved, or when a newer write was done at once) is
    dropped instead of putting older work, or a saved map, back on disk.
    """

    def __init__(self, file: Path) -> None:
        self.file = file
        self._lock = threading.Lock()
        self._done = 0  # the number of the last write or removal carried out

    def write(self, number: int, snapshot: MapSnapshot, original_path, owner: str) -> bool:
        with self._lock:
            if number <= self._done:
                return False
            write_autosave(self.file, snapshot, original_path, owner=owner)
            self._done = number
            return True

    def remove(self, number: int) -> None:
        with self._lock:
            self._done = max(self._done, number)
            remove_autosave(self.file)


class Autosaver(QObject):
    """Keeps one window's unsaved changes in its own autosave file.

    Writes only when there is something unsaved that was not yet written;
    removes the file as soon as the map is saved or undone to its saved state.

    After each edit a single-shot timer is restarted (:data:`AUTOSAVE_QUIET_MS`,
    held to :data:`AUTOSAVE_MAX_WAIT_MS` since the first unwritten edit). When it
    fires, the window's thread only takes a :class:`MapSnapshot` (~1 ms for
    2,000 steps, ~7 ms for 10,000); turning it into JSON and writing it (55 ms
    and 0.3 s) happens on the panels' worker thread, so typing never waits for
    the disk. A journal of edits was the other way; it would need every undo
    command to be written down in a form that replays, and replaying it after a
    crash is a second way to build a map that can go wrong: a whole copy of the
    map, written often, is simpler and recovers with the code that opens files.
    """

    autosaved = Signal()

    def __init__(self, session: MapSession, parent: QObject | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS,
                 quiet_ms: int = AUTOSAVE_QUIET_MS,
                 max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS) -> None:
        super().__init__(parent)
        self.session = session
        try:
            self.file: Path | None = new_slot(process_owner().token)
        except OSError:
            self.file = None  # nowhere to autosave; saving by hand still works
        self._writer = _OrderedWriter(self.file) if self.file is not None else None
        self._number = 0  # of the last write or removal asked for
        self._pending = False
        self._written = False
        self._quiet_ms, self._max_wait_ms = quiet_ms, max_wait_ms
        self._waited = QElapsedTimer()  # since the first edit not yet written
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.autosave_beside)
        # ordering is _OrderedWriter's: a write never needs asking again
        self._job = BackgroundJob(self, self._written_beside, lambda: None,
                                  self._failed_beside, lambda: 0)
        session.documentChanged.connect(self._on_change)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)

    def _on_change(self, _change=None) -> None:
        self._pending = True
        self._write_soon()

    def _write_soon(self) -> None:
        """Restart the quiet wait, unless the edits have waited long enough already."""
        if not self._waited.isValid():
            self._waited.start()
        left = self._max_wait_ms - self._waited.elapsed()
        self._soon.start(max(0, min(self._quiet_ms, left)))

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

    def _take(self) -> tuple[int, MapSnapshot] | None:
        """Claim what is to be written: a number and the map as it is now."""
        if self._writer is None or not self._pending or not self.has_unsaved():
            return None
        self._pending = False
        self._waited.invalidate()
        self._soon.stop()
        self._number += 1
        return self._number, MapSnapshot.of(self.session.document)

    def autosave(self) -> bool:
        """Write the autosave now if there are unsaved, unwritten changes. True if written."""
        claim = self._take()
        if claim is None:
            return False
        try:
            self._writer.write(*claim, self.session.path, process_owner().token)
        except OSError:
            self._pending = True  # a full disk must not stop the workshop; try again later
            return False
        self._written = True
        self.autosaved.emit()
        return True

    def autosave_beside(self) -> bool:
        """Write the autosave on the worker thread; True if a write was started."""
        claim = self._take()
        if claim is None:
            return False
        self._job.start(self._writer.write, *claim, self.session.path, process_owner().token)
        return True

    def _written_beside(self, written: bool, _cpu_ms: float) -> None:
        if written:
            self._written = True
            self.autosaved.emit()

    def _failed_beside(self, _error: BaseException) -> None:
        self._pending = True  # a full disk, say: the next edit or the period tries again

    def discard(self) -> None:
        """Remove this window's autosave (the map was saved, or the user discarded it)."""
        self._soon.stop()
        self._waited.invalidate()
        if self._writer is not None:
            self._number += 1
            self._writer.remove(self._number)  # a write still on the worker is dropped
        self._written = False
        self._pending = not self.session.undo_stack.isClean()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
        self._job.cancel()
        app = QGuiApplication.instance()
        if app is not None:
            try:
                app.applicationStateChanged.disconnect(self._on_application_state)
            except (RuntimeError, TypeError):
                pass


def adopt(record: AutosaveRecord) -> None:
    """Forget a leftover once its map is open in a window (which autosaves it anew)."""
    remove_autosave(record.file)
