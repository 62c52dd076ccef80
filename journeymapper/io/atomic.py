"""Crash-safe file replacement: the user's file is either the old one or the new one.

Every temporary file a save makes is held with an advisory lock (``flock``) while
it is written, so a later save can tell a leftover of a killed save (nobody holds
its lock: removed at once) from one a save running right now is writing (kept).
Where there is no ``flock`` (Windows) or the file system does not lock, leftovers
are removed once they are old (``STALE_TEMP_SECONDS``).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from ..words import Words
from .reading import reason

try:
    import fcntl
except ImportError:  # Windows: leftovers are judged by their age
    fcntl = None

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIXES = (".tmp", ".bak-tmp")
# Without a lock to ask, age decides: a save takes seconds at most, so a temporary
# file this old was left by a save that was killed (power cut, SIGKILL).
STALE_TEMP_SECONDS = 15 * 60
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_ATTEMPTS = 100
io = Words("io")  # see journeymapper.words


class FileWriteError(OSError):
    """A file that could not be written, named as the user named it.

    An ``OSError`` (existing handlers keep working) whose ``filename`` is the
    user's file, never the hidden temporary file the system refused.
    """

    def __init__(self, path: str | os.PathLike, reason: str, code: int | None = None) -> None:
        super().__init__(code, reason, str(path))
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return io.tr("Cannot write “{file}”: {reason}").format(file=self.path, reason=self.reason)


class ReadOnlyFileError(FileWriteError):
    """The file is marked read-only: it is not replaced; the user saves under another name."""

    def __init__(self, path: str | os.PathLike) -> None:
        super().__init__(path, io.tr("the file is read-only"), errno.EACCES)

    def __str__(self) -> str:
        return io.tr("“{file}” is read-only; save it under another name").format(file=self.path)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def is_read_only(path: str | os.PathLike) -> bool:
    """An existing file nobody may write: no write permission bit (``chmod a-w``, the
    Windows read-only mark) or none for us. Root may write anything, but a file
    marked read-only is a wish the save keeps."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(path, os.W_OK))


def final_target(path: str | os.PathLike) -> Path:
    """Where writing ``path`` really lands: a symbolic link's final target.

    Replacing the link itself would leave the real file stale and turn the link
    into a copy; a link that leads to nothing is written as its target would be.
    """
    path = Path(path)
    if not os.path.islink(path):
        return path
    target = Path(os.path.realpath(path))
    if os.path.islink(target):  # a loop of links: realpath gave up
        raise FileWriteError(path, io.tr("the symbolic link leads round in a loop"), errno.ELOOP)
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform (Windows)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _lock(fd: int) -> bool | None:
    """Take the advisory lock without waiting: True taken, False held by someone, None
    when this system or file system cannot lock (then age decides)."""
    if fcntl is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def _temp_name(path: Path, suffix: str) -> Path:
    random = "".join(secrets.choice(_NAME_CHARS) for _ in range(8))
    return path.with_name(f".{path.name}.{random}{suffix}")


def _create_locked(path: Path, suffix: str) -> tuple[int, Path]:
    """A new, empty temporary file beside ``path``, locked while we write it.

    A tidying save removes an unlocked leftover while holding its lock; a file
    that lost its name before our lock was taken is given up for another.
    """
    for _ in range(_ATTEMPTS):
        tmp = _temp_name(path, suffix)
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(tmp, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
        except FileExistsError:
            continue
        if _lock(fd) is not False and os.fstat(fd).st_nlink > 0:
            return fd, tmp
        os.close(fd)  # a tidying save is removing it this very moment
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file")


def _link_locked(path: Path) -> tuple[int, Path] | None:
    """``.NAME.xxxxxxxx.bak-tmp`` as a hard link to ``path``, its inode locked; or None.

    Cheap and atomic (the old content keeps its inode). None where hard links or
    the lock are not to be had: then the content is copied.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    if _lock(fd) is not True:
        os.close(fd)
        return None
    for _ in range(_ATTEMPTS):
        tmp = _temp_name(path, ".bak-tmp")
        try:
            os.link(path, tmp)
        except FileExistsError:
            continue
        except OSError:
            break
        return fd, tmp
    os.close(fd)
    return None


def _keep_backup(path: Path) -> None:
    """Make ``path.bak`` the current content of ``path``, atomically."""
    made = _link_locked(path)
    if made is None:
        fd, tmp = _create_locked(path, ".bak-tmp")
        try:
            with open(path, "rb") as src, open(fd, "wb", closefd=False) as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            shutil.copystat(path, tmp)
        except BaseException:
            os.close(fd)
            _unlink_quietly(tmp)
            raise
    else:
        fd, tmp = made
    try:
        os.replace(tmp, backup_path(path))
    except BaseException:
        _unlink_quietly(tmp)
        raise
    finally:
        os.close(fd)  # the lock goes only once the name is gone


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _temp_pattern(path: Path) -> re.Pattern:
    """The names this module gives its temporary files for ``path``."""
    return re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}"
                      + "(?:" + "|".join(re.escape(s) for s in TEMP_SUFFIXES) + ")")


def _remove_if_dead(entry: os.DirEntry, deadline: float) -> bool:
    """Remove one leftover when no live save holds it (or, unable to ask, it is old)."""
    info = entry.stat(follow_symlinks=False)
    if not stat.S_ISREG(info.st_mode):
        return False
    fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_CLOEXEC", 0))
    try:
        locked = _lock(fd)
        if locked is False:
            return False  # a save running right now is writing it
        # ctime too: a ``.bak-tmp`` is a fresh hard link to an old file.
        if locked is None and max(info.st_mtime, info.st_ctime) >= deadline:
            return False
        if os.stat(entry.path, follow_symlinks=False).st_ino != os.fstat(fd).st_ino:
            return False  # replaced under that name meanwhile: not the file we judged
        os.unlink(entry.path)  # still holding its lock: no save can have taken it up
        return True
    finally:
        os.close(fd)


def remove_stale_temps(path: str | os.PathLike, older_than: float | None = None) -> int:
    """Delete temporary files that killed saves of ``path`` left behind; return how many.

    Only files named exactly like this module's own temporaries for this file
    (``.NAME.xxxxxxxx.tmp`` / ``.bak-tmp``) are looked at. One whose lock a live
    save holds is kept; where locks cannot be asked, only those untouched for
    ``older_than`` seconds (default ``STALE_TEMP_SECONDS``) go. Problems are
    ignored: tidying up must never break a save.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    pattern = _temp_pattern(path)
    deadline = time.time() - (STALE_TEMP_SECONDS if older_than is None else older_than)
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            removed += _remove_if_dead(entry, deadline)
        except OSError:
            pass
    return removed


def atomic_write(path: str | os.PathLike, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash at any moment leaves a whole file.

    The data goes to a temporary file beside the final target (through symbolic
    links, which stay links), is flushed and fsynced, then replaces the target in
    one rename. With ``keep_backup`` the previous version stays beside it as
    ``NAME.bak``. A read-only file is not replaced (:class:`ReadOnlyFileError`).
    Every failure is a :class:`FileWriteError` naming ``path`` as given. Leftovers
    of earlier killed saves of the same file are removed.
    """
    try:
        target = final_target(path)
        if is_read_only(target):
            raise ReadOnlyFileError(path)
        _replace(target, data, keep_backup)
    except FileWriteError:
        raise
    except OSError as exc:
        raise FileWriteError(path, reason(exc), exc.errno) from exc


def _replace(target: Path, data: bytes, keep_backup: bool) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    mode = None
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
        if keep_backup:
            _keep_backup(target)
    fd, tmp = _create_locked(target, ".tmp")
    try:
        with open(fd, "wb", closefd=False) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    finally:
        os.close(fd)  # the lock is held until the temporary name is gone
    _fsync_dir(folder)
    remove_stale_temps(target)
