"""Crash-safe file replacement: the user's file is either the old one or the new one."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIXES = (".tmp", ".bak-tmp")
# A save takes seconds at most; a temporary file this old was left by a save
# that was killed (power cut, SIGKILL) and nobody is still writing it.
STALE_TEMP_SECONDS = 15 * 60


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


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


def _keep_backup(path: Path) -> None:
    """Make ``path.bak`` the current content of ``path``, atomically."""
    bak = backup_path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak-tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        try:
            tmp_path.unlink()
            os.link(path, tmp_path)  # cheap and atomic: the old content keeps its inode
        except OSError:
            shutil.copy2(path, tmp_path)
            with open(tmp_path, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp_path, bak)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _temp_pattern(path: Path) -> re.Pattern:
    """The names ``tempfile.mkstemp`` gives this module's temporary files for ``path``."""
    return re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}"
                      + "(?:" + "|".join(re.escape(s) for s in TEMP_SUFFIXES) + ")")


def remove_stale_temps(path: str | os.PathLike, older_than: float | None = None) -> int:
    """Delete temporary files that killed saves of ``path`` left behind; return how many.

    Only files named exactly like this module's own temporaries for this file
    (``.NAME.xxxxxxxx.tmp`` / ``.bak-tmp``) and untouched for ``older_than``
    seconds (default ``STALE_TEMP_SECONDS``) are removed, so a save running right now in another process keeps
    its file. Problems are ignored: tidying up must never break a save.
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
            info = entry.stat(follow_symlinks=False)
            # ctime too: a ``.bak-tmp`` is a fresh hard link to an old file.
            if stat.S_ISREG(info.st_mode) and max(info.st_mtime, info.st_ctime) < deadline:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    return removed


def atomic_write(path: str | os.PathLike, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash at any moment leaves a whole file.

    The data goes to a temporary file in the same folder, is flushed and
    fsynced, then replaces the target in one rename. With ``keep_backup`` the
    previous version stays beside it as ``NAME.bak``. Temporary files left by
    earlier saves that were killed are removed once they are stale.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    mode = None
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if keep_backup:
            _keep_backup(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp_path = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, path)
    except BaseException:
        try:
            tmp_path.unlink()
        except OSError:
            pass
        raise
    _fsync_dir(folder)
    remove_stale_temps(path)
