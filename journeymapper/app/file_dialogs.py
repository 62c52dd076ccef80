"""Qt's own file dialog, readable: every column as wide as what it shows.

Where the desktop offers no file dialog of its own (a plain X11 session, a
projector laptop's minimal desktop) Qt draws one. Its columns keep widths made
for English: a Bokmål date ("07.12.2026 14:05") was cut to "07.12.2…6". Every
file dialog the program opens (``QFileDialog.getSaveFileName`` and the others,
wherever they are called) is fitted once, when the keyboard focus first enters
it: the name column takes the room left, the size, kind and date columns are as
wide as their widest entry, and a dialog narrower than its content is widened.
Watching the focus, not every event of the program, costs nothing while the
user draws; the desktop's own dialogs have no such view and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QTreeView, QWidget

MIN_WIDTH, MIN_HEIGHT = 880, 540  # room for a name and a date beside the side bar
_FITTED = "journeymapper_fitted"


def fit_columns(dialog: QFileDialog) -> bool:
    """Fit the detail view's columns of Qt's own file dialog; False for a native one."""
    view = dialog.findChild(QTreeView, "treeView") or dialog.findChild(QTreeView)
    if view is None:
        return False
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if dialog.width() < MIN_WIDTH or dialog.height() < MIN_HEIGHT:
        dialog.resize(max(dialog.width(), MIN_WIDTH), max(dialog.height(), MIN_HEIGHT))
    return True


class FileDialogFitter(QObject):
    """Fits each file dialog once, when the focus first enters it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if isinstance(dialog, QFileDialog) and not dialog.property(_FITTED):
            dialog.setProperty(_FITTED, True)
            fit_columns(dialog)


def install(app: QApplication) -> FileDialogFitter:
    """Fit every file dialog of ``app`` (once per application)."""
    found = app.findChild(FileDialogFitter)
    return found if found is not None else FileDialogFitter(app)
