"""No traceback reaches the terminal: deleting and undoing with every panel open.

A deletion removes its steps one by one; the canvas hears of each removal before
the panels and hands the shrunken selection to them at once, so a panel can be
asked to show rows whose steps are already gone. Such a question must be answered
with nothing, never with an exception inside a Qt virtual method.
"""

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import autosave, windows
from journeymapper.model import Crossroads

from test_app_support import Prompts, close_all


@pytest.fixture(autouse=True)
def no_windows_left():
    autosave.end_process_owner()
    yield
    close_all()


@pytest.fixture
def tracebacks(monkeypatch, capfd):
    """Every exception that reached sys.excepthook or sys.unraisablehook, and every
    traceback printed to the terminal (Qt's own Python bindings print some directly)."""
    caught: list[str] = []
    monkeypatch.setattr(sys, "excepthook",
                        lambda kind, value, tb: caught.append(f"{kind.__name__}: {value}"))
    monkeypatch.setattr(sys, "unraisablehook",
                        lambda info: caught.append(f"unraisable: {info.exc_value!r}"))

    def found() -> list[str]:
        err = capfd.readouterr().err
        return caught + [line for line in err.splitlines()
                         if "Traceback" in line or "Error calling Python override" in line]
    return found


def settle(qtbot, ms: int = 50) -> None:
    QCoreApplication.processEvents()
    qtbot.wait(ms)


@pytest.mark.qt_no_exception_capture  # our own hooks must see it, and fail with its text
def test_deleting_everything_and_undoing_prints_no_traceback(qtbot, monkeypatch, tracebacks):
    Prompts(monkeypatch, QMessageBox.StandardButton.Yes)  # "move its steps and remove it?"
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    for dock in window._docks:
        dock.setFloating(False)
        dock.show()
    settle(qtbot, 300)
    doc = window.session.document
    crossroads = sum(isinstance(n, Crossroads) for n in doc.nodes())
    steps = doc.node_count()
    assert crossroads >= 2
    register = next(d for d in window._docks if d.objectName() == "FrictionRegisterDock")
    assert register.model.rowCount() == crossroads

    for _ in range(3):
        window.actions["select_all"].trigger()
        settle(qtbot)
        window.actions["delete"].trigger()
        settle(qtbot)
        assert doc.node_count() == 0 and register.model.rowCount() == 0
        window.actions["undo"].trigger()
        settle(qtbot)
        assert doc.node_count() == steps and register.model.rowCount() == crossroads
        window.actions["redo"].trigger()
        settle(qtbot)
        window.actions["undo"].trigger()
        settle(qtbot, 200)

    stage = doc.stages[1].id
    stages = len(doc.stages)
    for _ in range(2):
        window.editor.scene.select_header(stage)  # a click on the stage's header
        settle(qtbot)
        window.actions["delete"].trigger()  # moves its steps to the neighbour, removes it
        settle(qtbot)
        assert len(doc.stages) == stages - 1
        window.actions["undo"].trigger()
        settle(qtbot)
        window.actions["redo"].trigger()
        settle(qtbot)
        window.actions["undo"].trigger()
        settle(qtbot, 200)
        assert len(doc.stages) == stages and doc.node_count() == steps

    for dock in window._docks:
        dock.refresh_now()  # what each panel had put off, done now
    settle(qtbot, 300)
    assert tracebacks() == []
