"""A scene dropped from Python is freed without a crash (its arrows must not keep it alive)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_a_scene_dropped_after_painting_and_editing_is_freed_cleanly(tmp_path):
    # in a child process: a crash here would otherwise take the whole test run with it
    script = textwrap.dedent("""
        import gc, os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from journeymapper.canvas import JourneyScene, JourneyView
        from journeymapper.commands import UpdateNodeCommand
        from journeymapper.io.templates import find_template
        from journeymapper.state import MapSession

        for name in ("sample-airline", "sample-plumber-no"):
            session = MapSession(find_template(name).open())
            scene = JourneyScene(session)
            view = JourneyView(scene)
            view.resize(900, 600)
            view.show()
            view.set_zoom(1.5)  # arrows in view are routed, cards recorded
            view.viewport().grab()
            node = next(iter(session.document.nodes()))
            session.undo_stack.push(UpdateNodeCommand(session.document, node.id,
                                                      label="Endret æøå"))
            scene.flush()
            view.viewport().grab()
            view.setScene(None)
            del view, scene
            gc.collect()
        import sys
        sys.path.insert(0, ROOT)
        from benchmarks.synthetic import make_map
        for seed in (1, 2, 3):  # never kept: each crashed in Qt's destructor before
            JourneyScene(MapSession(make_map(500, seed=seed)))
            gc.collect()
        print("freed")
    """).replace("ROOT", repr(str(Path(__file__).resolve().parents[1])))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", script],
                            capture_output=True, text=True, env=env, timeout=120,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "freed" in result.stdout
