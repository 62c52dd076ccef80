"""Opening a sound file takes the fast path, and the fast path opens only what the careful one does.

``io.loads`` first lets pydantic parse and validate the whole file in one
pass (``_open_current``); whatever that path does not open goes to the
careful path (``_open_carefully``), which opens it or names the problem and
its place. The fast path must never open a file the careful one refuses, nor
open any file differently: these tests compare the two on real maps, on
every field filled with odd JSON values, and on fuzzed files.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.io import JourneyFileError, jmap
from journeymapper.io.templates import list_templates
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
sys.path.insert(0, str(ROOT))
from benchmarks.synthetic import make_map  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from test_fuzz_io import FUZZ, mutated_files  # noqa: E402


@contextlib.contextmanager
def counted_ids():
    """New ids counted from 1, so an element without an id gets the same one on both paths."""
    counter = itertools.count(1)
    real = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=next(counter))
    try:
        yield
    finally:
        uuid.uuid4 = real


def careful(raw: bytes) -> JourneyDocument | None:
    with counted_ids():
        try:
            return jmap._open_carefully(raw, "kart.jmap")
        except JourneyFileError:
            return None


def fast(raw: bytes) -> JourneyDocument | None:
    with counted_ids():
        return jmap._open_current(raw)


def same_document(a: JourneyDocument, b: JourneyDocument) -> None:
    assert io.dumps(a) == io.dumps(b)
    # The order the canvas and the analysis walk the map in, too.
    assert list(a.graph.nodes(data=True)) == list(b.graph.nodes(data=True))
    assert list(a.graph.edges(data=True)) == list(b.graph.edges(data=True))
    for node in a.nodes():
        assert a.out_edges(node.id) == b.out_edges(node.id)
        assert a.in_edges(node.id) == b.in_edges(node.id)


def agree(raw: bytes) -> JourneyDocument | None:
    """The fast path opens the file exactly as the careful one, or leaves it to it."""
    opened, expected = fast(raw), careful(raw)
    if opened is not None:
        assert expected is not None, "the fast path opened a file the careful path refuses"
        same_document(opened, expected)
    return expected


# --- sound files take the fast path ------------------------------------------------

SOUND = {t.name: t.path.read_bytes() for t in list_templates()}
SOUND["synthetic-300"] = io.dumps(make_map(300, seed=11))
SOUND["synthetic-300, BOM"] = b"\xef\xbb\xbf" + SOUND["synthetic-300"]
SOUND["synthetic, one line, ASCII escapes"] = json.dumps(
    json.loads(io.dumps(make_map(60, seed=5)))).encode("ascii")


@pytest.mark.parametrize("name", sorted(SOUND))
def test_a_sound_file_takes_the_fast_path_and_opens_as_the_careful_path_opens_it(name):
    raw = SOUND[name]
    opened = fast(raw)
    assert opened is not None, "a sound file of the current version must not be declined"
    same_document(opened, careful(raw))
    if not name.endswith(("BOM", "escapes")):
        assert io.dumps(opened) == raw


def test_the_fast_path_declines_what_it_does_not_check_itself(monkeypatch):
    data = json.loads(SOUND["sample-plumber-no"])
    # A lone surrogate escape: the careful path refuses it at its place.
    lone = json.dumps(dict(data, title="Rør \ud83d lekker"), ensure_ascii=True).encode()
    assert fast(lone) is None
    with pytest.raises(JourneyFileError) as info:
        io.loads(lone, "kart.jmap")
    assert info.value.where == "$.title"
    # A version written as text, or a format name that is not ours.
    for changes in ({"version": "1"}, {"version": 1.0}, {"version": True},
                    {"format": "journeymapperx"}):
        raw = json.dumps(dict(data, **changes)).encode()
        assert fast(raw) is None and careful(raw) is None
    # An older version: the careful path runs the migrations.
    current = jmap.FORMAT_VERSION
    monkeypatch.setattr(jmap, "FORMAT_VERSION", current + 1)
    monkeypatch.setattr(jmap, "MIGRATIONS", {
        **jmap.MIGRATIONS, current: lambda d: dict(d, title=d["title"] + " (next)")})
    assert fast(SOUND["sample-plumber-no"]) is None
    assert io.loads(SOUND["sample-plumber-no"]).info.title.endswith(" (next)")


# --- every field, odd values: both paths agree ----------------------------------------

def _tiny_map() -> dict:
    """One of everything, every kind of reference used."""
    d = JourneyDocument()
    for i in range(2):
        d.add_stage(Stage(id=f"s{i}", name=f"Fase {i}"))
        d.add_journey(MicroJourney(id=f"j{i}", name=f"Delreise {i}"))
    d.add_owner(Owner(id="o0", name="Kundeservice"))
    d.add_owner(Owner(id="o1", name="Åse", kind="person"))
    d.add_node(Touchpoint(id="t", label="Bestilling", stage_id="s0", journey_id="j0",
                          owner_id="o0", rating=1, x=10, y=20))
    d.add_node(Crossroads(id="c", label="Forsinket?", stage_id="s1", journey_id="j0",
                          owner_id="o1", due="2027-01-01"))
    d.add_node(Outcome(id="u", label="Lojal", stage_id="s1", journey_id="j1", share=50))
    d.add_node(Note(id="n", label="Lapp", stage_id="s0", journey_id="j1"))
    d.add_node(Touchpoint(id="t2", label="Betaling", stage_id="s0", journey_id="j1"))
    d.connect("t", "c", id="e1")
    d.connect("c", "u", id="e2", sentiment="good", share=70)
    d.set_info(title="Kart", journey_owner_id="o0")
    return json.loads(io.dumps(d))


TINY = _tiny_map()
# JSON values that pydantic might read differently from parsed JSON than from
# the file's text: numbers as text, booleans as numbers, dates as numbers,
# NaN and infinity, huge numbers, ids and kinds in the wrong place, lengths
# at the limits.
ODD_VALUES = [
    None, True, False, 0, 1, -1, 2, 3, 6, 80, 120, 1.0, 1.5, -0.0, 100, 100.5, 1e300,
    10 ** 20, 2 ** 64, 10 ** 400, float("nan"), float("inf"), float("-inf"),
    "", "1", "1.0", "0", "-2", "true", "yes", "off", " 1 ", "1e3", "inf", "nan", "æøå",
    "2027-01-01", "2027-01-01T00:00:00", "2027-01-01T10:00:00Z", "2027-02-30", "20270101",
    1700000000, 1700000000.0, "#ffffff", "#FFF", "s1", "j1", "o1", "t2", "n", "e1",
    "touchpoint", "crossroads", "note", "branch", "bad", "person", "resolved", "churn",
    "Email", [], {}, ["x"], {"a": 1}, "\u0000", "x" * 65, "x" * 1001, "x" * 10_001,
    "journeymapper", "\U0001F9F3",
]
_DELETED = object()


def _field_cases():
    yield "$", None, list(TINY) + ["unknown"]
    for group in ("stages", "journeys", "owners", "nodes", "edges"):
        for i, item in enumerate(TINY[group]):
            yield group, i, list(item) + ["unknown"]


@pytest.mark.parametrize("group, index, fields", list(_field_cases()),
                         ids=lambda v: str(v) if not isinstance(v, list) else "")
def test_every_field_with_odd_values_opens_the_same_on_both_paths(group, index, fields):
    for field in fields:
        if group == "$" and isinstance(TINY.get(field), list):
            continue
        for value in ODD_VALUES + [_DELETED]:
            data = json.loads(json.dumps(TINY))
            item = data if group == "$" else data[group][index]
            if value is _DELETED:
                item.pop(field, None)
            else:
                item[field] = value
            raw = json.dumps(data, ensure_ascii=False, allow_nan=True).encode()
            try:
                agree(raw)
            except AssertionError as exc:
                raise AssertionError(f"{group}[{index}].{field} = {value!r:.40}: {exc}") from None


# --- fuzzed files ------------------------------------------------------------------------

@FUZZ
@given(mutated_files())
def test_fuzzed_files_open_the_same_on_both_paths(raw):
    agree(raw)


@FUZZ
@given(st.sampled_from(sorted(name for name, raw in SOUND.items() if len(raw) < 20_000)),
       st.data())
def test_damaged_files_open_the_same_on_both_paths(name, data):
    """A few bytes changed: mostly broken JSON, sometimes a changed value or id."""
    damaged = bytearray(SOUND[name])
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    agree(bytes(damaged))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 40), st.integers(0, 10_000))
def test_synthetic_maps_open_the_same_on_both_paths(n, seed):
    raw = io.dumps(make_map(n, seed=seed))
    assert fast(raw) is not None
    agree(raw)
