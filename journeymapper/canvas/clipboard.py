"""The system clipboard for map fragments: JSON under our MIME type, plus the labels as text.

Qt (PySide 6.11) crashes at exit when the clipboard still owns a QMimeData made
in Python, so at exit the fragment is swapped for its plain text (which other
programs can still paste; our own MIME type means nothing to them).
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ..commands import MIME_TYPE

_exit_hook = False


def put(fragment: bytes, text: str) -> None:
    """Put a fragment (and its labels as plain text) on the clipboard."""
    global _exit_hook
    if not _exit_hook:
        atexit.register(release)
        _exit_hook = True
    mime = QMimeData()
    mime.setData(MIME_TYPE, fragment)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def fragment() -> bytes | None:
    """The fragment on the clipboard, or ``None``."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    return bytes(mime.data(MIME_TYPE))


def text() -> str:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text() if mime is not None and mime.hasText() else ""


def release() -> None:
    """Hand the clipboard back as plain text (see the module docstring)."""
    if QGuiApplication.instance() is None:
        return
    board = QGuiApplication.clipboard()
    mime = board.mimeData()
    if mime is not None and mime.hasFormat(MIME_TYPE):
        labels = mime.text()
        if labels:
            board.setText(labels)
        else:
            board.clear()
