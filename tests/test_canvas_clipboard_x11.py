"""Copy in one running program, paste in another: the clipboard between two processes.

Needs a real X server (the offscreen platform's clipboard lives inside one
process), so it runs under ``xvfb-run`` when that is installed and is skipped
otherwise.
"""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None,
                                reason="needs xvfb-run for a shared X clipboard")

COPIER = textwrap.dedent("""
    import pathlib, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from journeymapper.canvas import CanvasEditor
    from journeymapper.io.templates import find_template
    from journeymapper.state import MapSession
    session = MapSession(find_template("sample-airline").open())
    editor = CanvasEditor(session)
    editor.show()
    edge = sorted(session.document.edges(), key=lambda e: e.id)[0]
    editor.scene.select_ids([edge.source, edge.target])
    editor.actions["copy"].trigger()
    ready, done = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    ready.write_text("\\n".join(sorted(session.document.node(i).label
                                      for i in (edge.source, edge.target))))
    def wait():  # keep owning the clipboard until the other program has pasted
        if done.exists():
            app.quit()
    timer = QTimer()
    timer.timeout.connect(wait)
    timer.start(50)
    QTimer.singleShot(20000, app.quit)
    app.exec()
""")

PASTER = textwrap.dedent("""
    import pathlib, sys, time
    ready = pathlib.Path(sys.argv[1])
    for _ in range(400):
        if ready.exists():
            break
        time.sleep(0.05)
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from journeymapper.canvas import CanvasEditor
    from journeymapper.io.templates import find_template
    from journeymapper.state import MapSession
    session = MapSession(find_template("empty-three-stages").open())
    editor = CanvasEditor(session)
    editor.show()
    app.processEvents()
    editor.actions["paste"].trigger()
    doc = session.document
    print(doc.edge_count())
    print("\\n".join(sorted(n.label for n in doc.nodes())))
    pathlib.Path(sys.argv[2]).write_text("done")
""")


def test_copy_in_one_program_paste_in_another(tmp_path):
    copier, paster = tmp_path / "copier.py", tmp_path / "paster.py"
    copier.write_text(COPIER)
    paster.write_text(PASTER)
    ready, done = tmp_path / "ready", tmp_path / "done"
    script = tmp_path / "both.sh"
    script.write_text(f'"{sys.executable}" "{copier}" "{ready}" "{done}" &\n'
                      f'"{sys.executable}" "{paster}" "{ready}" "{done}"\n'
                      f"wait\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash",
                             str(script)], capture_output=True, text=True, timeout=120,
                            env=env)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines, result.stderr[-2000:]
    assert lines[0] == "1"  # the arrow between the two steps came along
    assert "\n".join(lines[1:]) == ready.read_text()
