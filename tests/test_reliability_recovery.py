"""Recovery after a real crash: a running program with unsaved edits is SIGKILLed.

A child process starts JourneyMapper's window (offscreen) on a map, makes
unsaved edits through the undo stack, lets its autosave timer fire in the
event loop, and is then killed with SIGKILL while still running: no clean
close, its lock file left behind. The next start (in this process, with the
recovery dialog answered) must offer the map and restore it exactly, still
marked unsaved, and the user's own file must be untouched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journeymapper import io
from journeymapper.app import autosave, launch, windows
from journeymapper.app.recovery_dialog import RecoveryDialog
from journeymapper.io.templates import find_template

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from journeymapper import io
    from journeymapper.app import launch, windows
    from journeymapper.commands import AddNodeCommand, UpdateNodeCommand, SetInfoCommand
    from journeymapper.model import Touchpoint

    path, expected = Path(sys.argv[1]), Path(sys.argv[2])
    app = launch.application()
    launch.register_fonts()
    [window] = launch.start([str(path)])
    session = window.session
    doc = session.document
    first = sorted(doc.nodes(), key=lambda n: n.id)[0]
    stack = session.undo_stack
    stack.push(UpdateNodeCommand(doc, first.id, label="Bagasjen er borte – hva nå? (æøå)"))
    stack.push(SetInfoCommand(doc, title="Flyreisen etter verkstedet på Ørland"))
    stack.push(AddNodeCommand(doc, Touchpoint(id="ny-kontakt", label="Ringer kundeservice",
                                              stage_id=doc.stages[0].id,
                                              journey_id=doc.journeys[-1].id, x=24, y=24)))

    def autosaved():
        expected.write_bytes(io.dumps(doc))
        print("autosaved", flush=True)   # the test kills us now, mid-run

    window.autosaver.autosaved.connect(autosaved)
    window.autosaver._timer.setInterval(200)   # the 30-second timer, sped up
    print("editing done", flush=True)
    sys.exit(app.exec())
""")


def test_a_killed_program_s_autosave_is_recovered_at_the_next_start(qtbot, tmp_path,
                                                                    monkeypatch):
    path = tmp_path / "flyreise.jmap"
    io.save(find_template("sample-airline").open(), path, keep_backup=False)
    on_disk = path.read_bytes()
    expected_file = tmp_path / "expected.jmap"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # same config and data folders
    child = subprocess.Popen([sys.executable, str(script), str(path), str(expected_file)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "autosaved":
                break
        assert lines[-2:] == ["editing done", "autosaved"], (lines, child.stderr.read()
                                                             if child.poll() is not None else "")
        assert child.poll() is None, "the program must still be running when it is killed"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    expected = expected_file.read_bytes()
    assert expected != on_disk and path.read_bytes() == on_disk  # unsaved: only autosaved

    offered = []

    def answer(dialog):
        offered.append([(r.original_path, r.title) for r in dialog.records])
        dialog._finish(RecoveryDialog.RECOVER)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    autosave.end_process_owner()  # this test process is "the next start"
    try:
        launch.start([])
        assert offered == [[(path.resolve(), "Flyreisen etter verkstedet på Ørland")]]
        [window] = windows.open_windows()
        assert io.dumps(window.session.document) == expected
        assert window.session.path == path.resolve()
        assert window.isWindowModified()  # still unsaved: the user decides when to save
        assert path.read_bytes() == on_disk
        # Saving writes the recovered map to the user's file.
        window.actions["save"].trigger()
        assert io.dumps(io.load(path)) == expected
    finally:
        for window in windows.open_windows():
            window.session.undo_stack.setClean()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.close()
        autosave.end_process_owner()
