"""The Qt side's one translation call: ``tr("…")`` in the canvas, the panels and the commands.

pyside6-lupdate files a bare ``tr("…")`` call under the empty context, so ``tr`` looks
the text up there: the strings extracted from the sources are exactly the ones found at
run time. The map's own words (channels, statuses) are marked in the "canvas" context,
shared with the PDF; ``tr`` finds those too. The Qt-free layers (analysis, export) use
:func:`journeymapper.export.words.translate`, which the window fills with this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

EMPTY_CONTEXT = ""
CANVAS_CONTEXT = "canvas"


def tr(text: str) -> str:
    found = QCoreApplication.translate(EMPTY_CONTEXT, text)
    return found if found != text else QCoreApplication.translate(CANVAS_CONTEXT, text)
