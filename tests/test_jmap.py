"""The .jmap format: exact round trips, deterministic bytes, clear refusals, safe saves."""

import json
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.io import FORMAT_VERSION, JourneyFileError, dumps, load, loads, save
from journeymapper.io import jmap
from journeymapper.io.atomic import backup_path
from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import (
    Crossroads,
    JourneyDocument,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Stage,
    Touchpoint,
)

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_NAMES = [t.name for t in list_templates()]


def test_every_shipped_template_is_listed():
    assert {"empty-three-stages", "empty-five-stages", "empty-seven-stages-b2b",
            "sample-airline", "sample-dentist", "sample-plumber",
            "sample-b2b-software"} <= set(TEMPLATE_NAMES)
    stages = {name: len(find_template(name).open().stages) for name in TEMPLATE_NAMES
              if name.startswith("empty-")}
    assert stages == {"empty-three-stages": 3, "empty-five-stages": 5,
                      "empty-seven-stages-b2b": 7}


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_round_trips_and_saves_identically(name, tmp_path):
    document = find_template(name).open()
    first = tmp_path / "first.jmap"
    save(document, first)
    again = load(first)
    assert dumps(again) == dumps(document)
    save(again, first)
    assert first.read_bytes() == dumps(document)
    assert first.read_bytes() == find_template(name).path.read_bytes()


def test_shipped_templates_are_what_the_generator_writes():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_templates
    finally:
        sys.path.pop(0)
    for builder in make_templates.all_templates():
        shipped = ROOT / "resources" / "templates" / f"{builder.slug}.jmap"
        assert shipped.read_bytes() == dumps(builder.build()), builder.slug


def test_nordic_text_survives_the_file(tmp_path):
    document = find_template("sample-plumber-no").open()
    labels = {n.label for n in document.nodes()}
    assert "Rørleggeren kommer presis" in labels
    path = tmp_path / "rør.jmap"
    save(document, path)
    assert "Rørleggeren kommer presis".encode() in path.read_bytes()  # UTF-8, not \u escapes
    assert {n.label for n in load(path).nodes()} == labels


# --- random valid documents round-trip exactly ----------------------------------

ids = st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=12)
texts = st.text(max_size=40)
ratings = st.none() | st.integers(-2, 2)
coords = st.floats(-5000, 5000, allow_nan=False, allow_infinity=False)


@st.composite
def documents(draw):
    doc = JourneyDocument()
    used: set[str] = set()

    def fresh():
        value = draw(ids.filter(lambda v: v not in used))
        used.add(value)
        return value

    for _ in range(draw(st.integers(1, 3))):
        doc.add_stage(Stage(id=fresh(), name=draw(texts),
                            width=draw(st.floats(80, 2000, allow_nan=False))))
    for _ in range(draw(st.integers(1, 3))):
        doc.add_journey(MicroJourney(id=fresh(), name=draw(texts)))
    owners = [doc.add_owner(Owner(id=fresh(), name=draw(texts),
                                  colour=draw(st.sampled_from(["#E69F00", "#000000"])))).id
              for _ in range(draw(st.integers(0, 3)))]
    stage_ids = [s.id for s in doc.stages]
    lane_ids = [j.id for j in doc.journeys]
    owner = st.none() | st.sampled_from(owners) if owners else st.none()
    for _ in range(draw(st.integers(0, 8))):
        common = dict(id=fresh(), label=draw(texts), stage_id=draw(st.sampled_from(stage_ids)),
                      journey_id=draw(st.sampled_from(lane_ids)), x=draw(coords), y=draw(coords))
        kind = draw(st.sampled_from(["t", "c", "o", "n"]))
        if kind == "t":
            doc.add_node(Touchpoint(**common, rating=draw(ratings), owner_id=draw(owner),
                                    description=draw(texts), channel="email"))
        elif kind == "c":
            doc.add_node(Crossroads(**common, severity=draw(st.integers(1, 5)),
                                    owner_id=draw(owner), action=draw(texts),
                                    status=draw(st.sampled_from(["open", "resolved"]))))
        elif kind == "o":
            doc.add_node(Outcome(**common, outcome=draw(st.sampled_from(["loyal", "churn"]))))
        else:
            doc.add_node(Note(**common))
    steps = [n.id for n in doc.nodes() if n.is_step]
    if len(steps) >= 2:
        for _ in range(draw(st.integers(0, 6))):
            a, b = draw(st.sampled_from(steps)), draw(st.sampled_from(steps))
            if a != b and doc.edge_between(a, b) is None:
                doc.connect(a, b, id=fresh(), label=draw(texts),
                            share=draw(st.none() | st.floats(0, 100, allow_nan=False)))
    if owners and draw(st.booleans()):
        doc.set_info(journey_owner_id=owners[0])
    doc.set_info(title=draw(texts))
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_round_trip_exactly(document):
    data = dumps(document)
    again = loads(data)
    assert dumps(again) == data
    assert {n.id: n for n in again.nodes()} == {n.id: n for n in document.nodes()}
    assert {e.id: e for e in again.edges()} == {e.id: e for e in document.edges()}


# --- bad files: one clear error, the file untouched ---------------------------------

def good_data():
    return json.loads(find_template("sample-airline").path.read_text(encoding="utf-8"))


def mutate(change):
    data = good_data()
    change(data)
    return json.dumps(data).encode()


def _first(kind):
    def pick(data):
        return next(n for n in data["nodes"] if n["kind"] == kind)
    return pick


BAD_FILES = {
    "not json": (b"hello, I am a spreadsheet", "not valid JSON"),
    "empty": (b"", "empty"),
    "truncated": (find_template("sample-airline").path.read_bytes()[:700], "cut off"),
    "not utf-8": (b'{"format": "journeymapper", "title": "\xff\xfe"}', "not UTF-8"),
    "foreign json": (b'{"cells": [], "nbformat": 4}', "not a JourneyMapper map"),
    "a list": (b"[1, 2, 3]", "not a JourneyMapper map"),
    "newer version": (mutate(lambda d: d.update(version=FORMAT_VERSION + 1)),
                      "newer JourneyMapper"),
    "wrong type": (mutate(lambda d: _first("crossroads")(d).update(severity="very")),
                   "$.nodes"),
    "out of range": (mutate(lambda d: _first("crossroads")(d).update(severity=9)),
                     "less than or equal to 5"),
    "unknown kind": (mutate(lambda d: _first("note")(d).update(kind="sticker")),
                     "“sticker” is not a kind of step"),
    "dangling edge": (mutate(lambda d: d["edges"][0].update(target="nowhere")),
                      "$.edges[0]"),
    "duplicate id": (mutate(lambda d: d["nodes"].append(dict(d["nodes"][0]))),
                     "already on the map"),
    "missing stage": (mutate(lambda d: d["stages"].pop(0)), "stage that does not exist"),
    "unknown field": (mutate(lambda d: d.update(macro="rm -rf")), "not a field"),
    "nan": (b'{"format": "journeymapper", "version": 1, "stages": [{"id": "s", "width": NaN}]}',
            "NaN"),
    "deep nesting": (b'{"format": "journeymapper", "version": 1, "title": '
                     + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_with_where_and_why(case, tmp_path):
    raw, expected = BAD_FILES[case]
    path = tmp_path / "kundereise.jmap"
    path.write_bytes(raw)
    with pytest.raises(JourneyFileError) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert path.read_bytes() == raw


def test_a_missing_field_names_the_field_and_the_step():
    data = good_data()
    crossroads = _first("crossroads")(data)
    del crossroads["stage_id"]
    index = data["nodes"].index(crossroads)
    with pytest.raises(JourneyFileError) as info:
        loads(json.dumps(data).encode(), "map.jmap")
    assert info.value.where == f"$.nodes[{index}].stage_id"
    assert "“stage_id” is missing" in str(info.value)
    assert crossroads["label"] in str(info.value)


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(jmap, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.jmap"
    path.write_bytes(b" " * 2000)
    with pytest.raises(JourneyFileError, match="too large"):
        load(path)


def test_missing_file_and_folder():
    with pytest.raises(JourneyFileError, match="does not exist"):
        load("/nonexistent/kart.jmap")
    with pytest.raises(JourneyFileError, match="folder"):
        load(ROOT)


def test_older_versions_are_upgraded_by_registered_migrations(monkeypatch):
    """A file of today's version seen by a program one version newer."""
    def rename_title(data):
        data = dict(data)
        data["title"] = data.pop("name")
        return data

    current = jmap.FORMAT_VERSION
    monkeypatch.setattr(jmap, "FORMAT_VERSION", current + 1)
    monkeypatch.setattr(jmap, "MIGRATIONS", {**jmap.MIGRATIONS, current: rename_title})
    old = {"format": "journeymapper", "version": current, "name": "Gammelt kart"}
    assert jmap.from_data(old).info.title == "Gammelt kart"
    broken = {"format": "journeymapper", "version": current}
    with pytest.raises(JourneyFileError, match="could not be upgraded"):
        jmap.from_data(broken)


# --- saving ------------------------------------------------------------------------

def test_save_keeps_the_previous_version_as_backup(tmp_path):
    path = tmp_path / "map.jmap"
    document = find_template("sample-dentist").open()
    save(document, path)
    first = path.read_bytes()
    document.set_info(title="Tannlegen, versjon 2")
    save(document, path)
    assert backup_path(path).read_bytes() == first
    assert load(path).info.title == "Tannlegen, versjon 2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.jmap", "map.jmap.bak"]


def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "map.jmap"
    document = find_template("empty-three-stages").open()
    save(document, path)
    os.chmod(path, 0o640)
    save(document, path)
    assert (path.stat().st_mode & 0o777) == 0o640


def test_a_save_that_fails_midway_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "map.jmap"
    document = find_template("sample-airline").open()
    save(document, path)
    before = path.read_bytes()
    document.set_info(title="Half-written")

    real_fsync = os.fsync

    def failing_fsync(fd):
        if os.fstat(fd).st_size > 0 and not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        save(document, path, keep_backup=False)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert path.read_bytes() == before
    assert load(path).info.title != "Half-written"
    assert [p.name for p in tmp_path.iterdir()] == ["map.jmap"]  # no temp file left behind


# --- the command line, as a user runs it ----------------------------------------------

def jm(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_cli_templates_new_and_check(tmp_path):
    listed = jm("templates")
    assert listed.returncode == 0
    names = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert names and set(names) == set(TEMPLATE_NAMES)
    out = tmp_path / "flyreise.jmap"
    made = jm("new", "--template", "sample-airline", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert out.read_bytes() == find_template("sample-airline").path.read_bytes()
    checked = jm("check", str(out))
    assert checked.returncode == 0
    assert "stages:          5" in checked.stdout
    assert "micro-journeys:  3" in checked.stdout
    assert "crossroads:      4" in checked.stdout
    again = jm("new", "--template", "sample-airline", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_cli_check_refuses_a_bad_file_with_the_message(tmp_path):
    bad = tmp_path / "ødelagt.jmap"
    bad.write_bytes(BAD_FILES["out of range"][0])
    result = jm("check", str(bad))
    assert result.returncode == 1
    assert "ødelagt.jmap" in result.stderr and "severity" in result.stderr
    unknown = jm("new", "--template", "nope", "-o", str(tmp_path / "x.jmap"))
    assert unknown.returncode == 2 and "sample-airline" in unknown.stderr


def test_cli_output_into_a_closed_pipe_ends_quietly(tmp_path, monkeypatch):
    """`journeymapper check MAP --report | head` must not end in a traceback."""
    from journeymapper import cli

    class ClosedPipe:
        def __init__(self):
            self.sink = open(tmp_path / "sink", "w")

        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

        def fileno(self):
            return self.sink.fileno()

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["check", str(find_template("sample-airline").path), "--report"]) == 0
