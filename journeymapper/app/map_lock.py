"""One map, one editing copy: a lock file beside each open map.

Two copies of JourneyMapper saving the same file overwrite each other's work
without either knowing. Each window editing a map holds ``.NAME.jmap.lock``
beside the file (a :class:`QLockFile`: process id, program and computer), so
a second copy opening it is told at once and offered to open it read-only.

Why beside the file, not in the user's own data folder: maps live on shared
and synced drives, and the copy to warn about is most often a colleague's on
another computer, which only a file beside the map can reach. Where no lock
can be made (a read-only folder, an odd network drive) the map opens as
before: nobody can save there anyway, and a lock must never keep a map from
opening. A lock left by a crashed copy on this computer is taken over (its
process is gone); one from another computer cannot be checked, so the
question offers to open for editing anyway.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from .file_watch import ask


_held: weakref.WeakSet[MapLock] = weakref.WeakSet()  # the locks this process holds


def lock_path(path: str | Path) -> Path:
    path = Path(path).resolve()
    return path.with_name(f".{path.name}.lock")


class MapLock:
    """A window's claim to edit the map at ``path``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).resolve()
        self._lock = QLockFile(str(lock_path(self.path)))
        self._lock.setStaleLockTime(0)  # only a dead process on this computer frees it
        self._owner: weakref.ref | None = None

    def belongs_to(self, window) -> None:
        """The window editing the map: once it is gone, so is its claim."""
        self._owner = weakref.ref(window)

    def _orphaned(self) -> bool:
        """Held for a window of this process that vanished without closing (it crashed)."""
        if self._owner is None:
            return False
        window = self._owner()
        return window is None or not shiboken6.isValid(window)

    def acquire(self) -> bool | None:
        """True: ours now. False: another running copy holds it. None: no lock can be
        made here (then nobody is kept from the map)."""
        if self._lock.isLocked() or self._try():
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return None
        if self.holder()[0] == os.getpid():  # this process: a window that crashed?
            for other in list(_held):
                if other.path == self.path and other._orphaned():
                    other.release()
            if self._try():
                return True
        return False

    def _try(self) -> bool:
        if self._lock.tryLock(0):
            _held.add(self)
            return True
        return False

    def holder(self) -> tuple[int, str]:
        """(process id, computer name) of the copy holding the lock; (0, "") if unknown."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) >= 2 and info[0]:
            return int(info[0]), str(info[1])
        return 0, ""

    def take_over(self) -> bool:
        """Remove another copy's lock and take it (the user says that copy is gone)."""
        self._lock.removeStaleLockFile()
        if self.acquire():
            return True
        try:
            lock_path(self.path).unlink()
        except OSError:
            return False
        return bool(self.acquire())

    def release(self) -> None:
        _held.discard(self)
        if self._lock.isLocked():
            self._lock.unlock()

    def held(self) -> bool:
        return self._lock.isLocked()


def describe_holder(lock: MapLock) -> str:
    """Which copy holds the lock, in words: its computer and process."""
    pid, host = lock.holder()
    if not pid:
        return QCoreApplication.translate("MapLock", "another copy")
    return QCoreApplication.translate("MapLock", "on “{0}”, process {1}").format(host, pid)


def ask_when_locked(parent: QWidget | None, path: Path, lock: MapLock) -> str:
    """Another copy edits ``path``: "read_only" (the default), "edit" anyway, or "cancel"."""
    translate = QCoreApplication.translate
    return ask(
        parent, QMessageBox.Icon.Warning, translate("MapLock", "Map Already Open"),
        translate("MapLock",
                  "“{0}” is open for editing in another copy of JourneyMapper ({1}). Two "
                  "copies saving the same file overwrite each other's work.\n\nOpen it "
                  "read-only? You can still make changes and save them under another name. "
                  "Open it for editing only if that copy is gone (its computer crashed).")
        .format(path.name, describe_holder(lock)),
        [(translate("MapLock", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole,
          "read_only"),
         (translate("MapLock", "Open for &Editing Anyway"),
          QMessageBox.ButtonRole.DestructiveRole, "edit"),
         (translate("MapLock", "Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel")],
        default="read_only", escape="cancel")
