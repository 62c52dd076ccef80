"""The panels speak the user's language: what lupdate extracts is what they look up.

The strings are extracted from the panel sources with pyside6-lupdate (as the
translators' .ts files are made), given Norwegian translations, compiled with
pyside6-lrelease and loaded; the panels must then show the Norwegian words.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from test_panels_sample import sample_session  # noqa: F401  (fixture)

import journeymapper.panels as panels
from journeymapper.panels.friction_model import STATUS
from journeymapper.panels.friction_register_dock import FrictionRegisterDock
from journeymapper.panels.inspector_dock import InspectorDock

NORWEGIAN = {"Inspector": "Inspektør", "Owner": "Eier", "Open": "Åpen",
             "Investigating": "Undersøkes", "Status": "Status ø", "Nobody": "Ingen"}


def _tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


@pytest.fixture
def norwegian(tmp_path, qapp):
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    if not lupdate or not lrelease:
        pytest.skip("the Qt translation tools are not installed")
    sources = sorted(str(p) for p in Path(panels.__file__).parent.glob("*.py"))
    ts = tmp_path / "panels_nb.ts"
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True,
                   timeout=120)
    text = ts.read_text(encoding="utf-8")
    for english, norsk in NORWEGIAN.items():
        empty = r'<translation type="unfinished"\s*(/>|></translation>)'
        text, count = re.subn(rf"(<source>{re.escape(english)}</source>\s*){empty}",
                              rf"\g<1><translation>{norsk}</translation>", text)
        assert count >= 1, f"lupdate did not find {english!r} in the panels"
    ts.write_text(text, encoding="utf-8")
    qm = tmp_path / "panels_nb.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_panels_show_the_translated_words(qtbot, norwegian, sample_session):
    inspector = InspectorDock(sample_session)
    register = FrictionRegisterDock(sample_session)
    qtbot.addWidget(inspector)
    qtbot.addWidget(register)
    assert inspector.windowTitle() == "Inspektør"
    sample_session.selection.set(["c1"])
    assert inspector.form.labelForField(inspector.editors["owner_id"]).text() == "Eier"
    assert inspector.editors["status"].currentText() == "Åpen"
    assert register.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status ø"
    row = register.shown_ids().index("c2")
    assert register.proxy.index(row, STATUS).data() == "Undersøkes"
    assert register.proxy.index(row, 2).data() == "Ingen"
