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


# --- the Insights dock with the shipped Bokmål catalogue -------------------------------

ENGLISH_INSIDE = ("lowest customer rating", "highest severity", "take the bad branch",
                  "of the customers", "worst severity", "lowest rating", "hand-off",
                  "nobody", "untitled")


@pytest.fixture
def bokmal(qapp):
    from PySide6.QtCore import QLocale

    from journeymapper.app import launch

    assert "journeymapper" in launch.install_translations(qapp, QLocale("nb_NO"))
    yield
    launch.remove_translations(qapp)


@pytest.fixture
def plumber_no():
    from journeymapper.io.templates import find_template
    from journeymapper.state import MapSession

    session = MapSession(find_template("sample-plumber-no").open())
    yield session
    session.close()


def insights_of(qtbot, session):
    from journeymapper.panels.insights_dock import InsightsDock

    dock = InsightsDock(session)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: dock.analysis is not None, timeout=3000)
    return dock


def test_insights_in_bokmal_say_the_weakest_links_reason_and_status_in_norwegian(qtbot, bokmal,
                                                                                 plumber_no):
    from journeymapper.analysis import Group

    dock = insights_of(qtbot, plumber_no)
    weakest = [item.text(0) for item in dock.finding_items(Group.WEAKEST_LINKS)]
    # the map's names in Norwegian quotation marks, as the sentences around them
    assert ("✗ Svakeste ledd i «Forventning»: «Usikker, ringer kontoret» — "
            "laveste kundevurdering (−1).") in weakest
    assert ("✗ Svakeste ledd i «Selve oppdraget»: «Tydelig faktura» — "
            "høyeste alvorlighet (4, forbedres).") in weakest
    assert ("· Friksjon ved «Vet kunden hva som skal skje?»: alvorlighet 3, åpen, "
            "25 % av kundene som kommer dit, tar den dårlige grenen (alle som går inn i "
            "«Forventning», kommer dit).") in weakest
    everything = "\n".join(item.text(0) for item in dock.finding_items())
    for english in ENGLISH_INSIDE:
        assert english not in everything
    for word in ("open", "investigating", "improving", "complain", "churn", "touchpoint",
                 "steps"):
        assert not re.search(rf"\b{word}\b", everything), word
    assert "«Kunden gjør badet klart» (møtepunkt) har ingen eier." in everything
    assert "ingen 10 %" in everything  # the owners' shares: nobody owns 10 % of the steps
    assert all(item.toolTip(0) in item.text(0) for item in dock.finding_items())


def test_insights_stay_english_without_a_translation(qtbot, plumber_no):
    from journeymapper.analysis import Group

    dock = insights_of(qtbot, plumber_no)
    weakest = [item.text(0) for item in dock.finding_items(Group.WEAKEST_LINKS)]
    assert ("✗ Weakest link of ‘Forventning’: ‘Usikker, ringer kontoret’ — "
            "lowest customer rating (−1).") in weakest
    assert ("✗ Weakest link of ‘Selve oppdraget’: ‘Tydelig faktura’ — "
            "highest severity (4, improving).") in weakest
    assert ("· Friction at ‘Vet kunden hva som skal skje?’: severity 3, open, "
            "25 % of the customers who reach it take the bad branch (everyone entering "
            "‘Forventning’ reaches it).") in weakest
