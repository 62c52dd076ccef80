"""``journeymapper check FILE --report`` and ``--json``, run as a user runs them."""

import datetime as dt
import json
import subprocess
import sys

import pytest

from journeymapper.analysis.report import render_json, render_text
from journeymapper.io import load, save
from journeymapper.io.templates import find_template, list_templates
from test_analysis_builder import MapBuilder


def run_cli(*args, cwd=None):
    done = subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True,
                          timeout=120, cwd=cwd)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def test_report_on_the_norwegian_template_through_the_command_line(tmp_path):
    jmap = tmp_path / "rørlegger.jmap"
    save(find_template("sample-plumber-no").open(), jmap, keep_backup=False)
    code, out, err = run_cli("check", str(jmap), "--report")
    assert code == 0, err
    assert out.startswith("JourneyMapper analysis — Rørleggeren: forventningsreisen")
    for heading in ("MICRO-JOURNEYS", "WEAKEST LINKS", "PATHS TO CHURN", "UNOWNED STEPS",
                    "HAND-OFFS", "FEEDBACK", "GAP ANALYSIS", "OWNER × STAGE"):
        assert heading in out
    assert "‘Kunden gjør badet klart’ (touchpoint) has no owner." in out
    assert "Weakest link of ‘Forventning’: ‘Usikker, ringer kontoret’" in out
    assert "pass through ‘Rørleggeren kommer presis’" in out
    assert "Venter på rørleggeren" in out


def test_json_on_a_template_is_stable_and_names_real_ids(tmp_path):
    jmap = tmp_path / "airline.jmap"
    save(find_template("sample-airline").open(), jmap, keep_backup=False)
    code, out, err = run_cli("check", str(jmap), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["format"], data["version"]) == ("journeymapper-analysis", 2)
    document = load(jmap)
    for f in data["findings"]:
        assert all(document.has_node(i) for i in f["node_ids"]), f
        assert all(document.has_edge(i) for i in f["edge_ids"]), f
    assert data["structure"]["dead_ends"] == [
        n.id for n in document.nodes() if n.label == "Check-in reminder by SMS"]
    assert run_cli("check", str(jmap), "--json")[1] == out


def test_report_keeps_scandinavian_letters_of_a_hand_made_map(tmp_path):
    m = MapBuilder(journeys=("J1",))
    m.doc.update_journey("J1", name="Første møte")
    m.doc.set_info(title="Kundereisen på Ærø")
    m.tp("a", label="Kø på kontoret", rating=-2)
    m.out("z", label="Går til en annen tannlege", outcome="churn")
    m.arrow("a", "z")
    path = tmp_path / "ærø.jmap"
    save(m.doc, path, keep_backup=False)
    code, out, err = run_cli("check", str(path), "--report")
    assert code == 0, err
    assert "JourneyMapper analysis — Kundereisen på Ærø" in out
    assert ("Weakest link of ‘Første møte’: ‘Kø på kontoret’ — lowest customer rating (−2)."
            in out)
    assert "Weakest link of the whole map: ‘Kø på kontoret’" in out
    assert "‘Kø på kontoret’ → ‘Går til en annen tannlege’ (churn)" in out
    code, out, err = run_cli("check", str(path), "--json")
    assert code == 0, err
    assert "Kø på kontoret" in out  # not escaped as \\u00f8
    assert json.loads(out)["title"] == "Kundereisen på Ærø"


def test_text_report_marks_overdue_actions_against_today():
    m = MapBuilder()
    m.cr("c", label="Faktura", action="Ring kunden", due=dt.date(2026, 1, 10))
    text = render_text(m.doc, "x.jmap", today=dt.date(2026, 2, 1))
    assert "✗ Overdue since 2026-01-10: “Ring kunden” at ‘Faktura’ (nobody)." in text
    assert "Overdue" not in render_text(m.doc, "x.jmap", today=dt.date(2026, 1, 1))
    data = json.loads(render_json(m.doc, today=dt.date(2026, 2, 1)))
    assert data["next_actions"][0]["overdue"] is True


def test_empty_map_report_says_so():
    from journeymapper.model import JourneyDocument

    text = render_text(JourneyDocument(), None)
    assert "No findings" in text
    assert json.loads(render_json(JourneyDocument()))["findings"] == []


@pytest.mark.parametrize("template", [t.name for t in list_templates()])
def test_every_template_is_analysed_and_its_findings_point_at_real_items(template):
    document = find_template(template).open()
    text = render_text(document, f"{template}.jmap")
    data = json.loads(render_json(document))
    assert text.startswith("JourneyMapper analysis — ")
    for f in data["findings"]:
        assert f["sentence"] in text
        assert all(document.has_node(i) for i in f["node_ids"])
        assert all(document.has_edge(i) for i in f["edge_ids"])
    if any(n.is_step for n in document.nodes()):
        assert data["journeys"] and data["findings"]
