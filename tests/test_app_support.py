"""Helpers for the main-window tests (no tests here): a real edit, dialog stand-ins, clean-up."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox

from journeymapper.app import autosave, windows
from journeymapper.app.main_window import MainWindow


class RenameStep(QUndoCommand):
    """A real undoable edit of the model (the canvas's own commands come with the canvas)."""

    def __init__(self, document, node_id: str, label: str) -> None:
        super().__init__(f"Rename {node_id}")
        self.document, self.node_id, self.label = document, node_id, label
        self.old = document.node(node_id).label

    def redo(self) -> None:
        self.document.update_node(self.node_id, label=self.label)

    def undo(self) -> None:
        self.document.update_node(self.node_id, label=self.old)


def edit(window: MainWindow, label: str = "Bestilling på nett – æøå") -> str:
    """Rename the first step of the window's map through its undo stack."""
    node = next(iter(window.session.document.nodes()))
    window.session.undo_stack.push(RenameStep(window.session.document, node.id, label))
    return node.id


class Prompts:
    """Stands in for QMessageBox's static functions; records what was asked."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Discard) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []
        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._make(kind))

    def _make(self, kind):
        def ask(parent, title, text, *args, **kwargs):
            self.asked.append((kind, title, text))
            if kind == "question":
                return QMessageBox.StandardButton.Yes
            return self.answer
        return staticmethod(ask)

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [a for a in self.asked if a[0] == kind]


def choose_template(monkeypatch, name: str) -> None:
    """The New chooser picks ``name`` and is accepted, as a user would."""
    from journeymapper.app.template_dialog import TemplateChooserDialog

    def exec_(dialog):
        assert dialog.select(name), f"the chooser does not list {name}"
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateChooserDialog, "exec", exec_)


def close_all() -> None:
    """End of a test: close every window without prompts and end this 'run'."""
    for window in windows.open_windows():
        window.session.undo_stack.setClean()
        window.close()
    autosave.end_process_owner()


def open_in_window(qtbot, path):
    """The map at ``path`` opened in a shown window, as File → Open does."""
    window = windows.open_file(path)
    assert window is not None
    qtbot.waitExposed(window)
    return window


def shown_dock(qtbot, window, kind):
    """The window's dock of class ``kind``, shown and raised (docks may share a tab)."""
    qtbot.waitExposed(window)
    (dock,) = [d for d in window.docks() if isinstance(d, kind)]
    dock.show()
    dock.raise_()
    return dock
