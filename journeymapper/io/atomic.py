"""Crash-safe file replacement: the user's file is either the old one or the new one."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


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


def atomic_write(path: str | os.PathLike, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that a crash at any moment leaves a whole file.

    The data goes to a temporary file in the same folder, is flushed and
    fsynced, then replaces the target in one rename. With ``keep_backup`` the
    previous version stays beside it as ``NAME.bak``.
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
