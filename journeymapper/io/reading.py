"""Reading a user's file without hanging, and printing what was read without harm.

A path can name something that is not a file: a named pipe waits forever for
a writer, a device (``/dev/zero``, a terminal) never ends. Every reader of a
map goes through :func:`open_regular`, which refuses such a path at once.
Text from a file can hold terminal escape sequences; :func:`printable` shows
them as escapes, so a map's title cannot recolour or rewrite a terminal.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from typing import BinaryIO

from ..words import QT_TRANSLATE_NOOP, Words

io = Words("io")  # see journeymapper.words

# Opening a named pipe for reading waits for a writer unless O_NONBLOCK is
# given; O_NOCTTY keeps a terminal device from becoming ours by being opened.
# (Windows has neither, nor named pipes in the file system.)
_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
          | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


class NotARegularFile(OSError):
    """The path is a folder, a named pipe, a device or a socket, not a file."""

    def __init__(self, path: str | os.PathLike, mode: int) -> None:
        self.is_folder = stat.S_ISDIR(mode)
        self.kind = kind_of(mode)  # in the user's language
        super().__init__(io.tr("{path} is {kind}, not a file").format(
            path=os.fspath(path), kind=self.kind))


_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("io", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("io", "a named pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("io", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("io", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("io", "a socket")),
)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words: ‘a named pipe (FIFO)’."""
    for test, words in _KINDS:
        if test(mode):
            return io.tr(words)
    return io.tr("not a regular file")


# The system's reasons for the failures a user meets, in their words; the system's
# own text (English whatever the desktop's language) for the rest.
_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("io", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("io", "permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("io", "no such file or folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("io", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("io", "it is a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("io", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("io", "the disk is read-only"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("io", "the name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("io", "it already exists"),
    errno.EIO: QT_TRANSLATE_NOOP("io", "the disk could not be read or written (input/output "
                                       "error)"),
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = QT_TRANSLATE_NOOP("io", "your disk quota is used up")


def reason(exc: BaseException) -> str:
    """Why an operating-system call failed, in the user's language where we know the
    reason; otherwise (and in English) the system's own words, ``exc.strerror``."""
    system = getattr(exc, "strerror", None) or str(exc)
    words = _REASONS.get(getattr(exc, "errno", None))
    translated = io.tr(words) if words else None
    return translated if translated and translated != words else system


def open_regular(path: str | os.PathLike) -> BinaryIO:
    """``path`` opened for reading in binary, or :class:`NotARegularFile` at once.

    The check is made on the opened descriptor (``fstat``), so the path cannot
    be swapped for a pipe between a look and the open; the open itself does
    not wait (``O_NONBLOCK``). Other failures are the usual ``OSError``s.
    """
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        # A socket cannot be opened at all (ENXIO): say what it is, not "no such device".
        try:
            mode = os.stat(path).st_mode
        except OSError:
            raise exc from None
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, mode) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(path, mode)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# C0 and C1 control characters, DEL, and the invisible marks that reorder or
# hide text (bidirectional overrides and isolates, zero-width characters).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_UNPRINTABLE_BUT_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_lines: bool = False) -> str:
    """``text`` with control characters shown as ``\\x1b``-style escapes.

    ``keep_lines`` keeps newlines and tabs, for a multi-line report.
    """
    pattern = _UNPRINTABLE_BUT_LINES if keep_lines else _UNPRINTABLE
    return pattern.sub(_escape, text)
