"""Fuzzed files: whatever bytes a user opens, the loader gives a map or a clear error.

Hypothesis feeds ``io.loads`` random bytes, random JSON, truncated and
bit-flipped real files, and real files with one value, type, id or level of
nesting changed. Every case must end in a document that saves and reopens
identically, or in a ``JourneyFileError`` whose message names the file and
the place in it: never another exception, a hang, or runaway memory.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import signal
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.io import JourneyFileError
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import reliability  # noqa: E402
from benchmarks.synthetic import make_map  # noqa: E402

SOURCE = "fuzzet kart.jmap"
# Problems that concern the file as a whole, where the file's name is the place.
WHOLE_FILE = ("the file is empty", "the file is larger than")

# JM_FUZZ_EXAMPLES=5000 for a deeper run by hand; the suite keeps it short.
FUZZ = settings(max_examples=int(os.environ.get("JM_FUZZ_EXAMPLES", 150)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])

BASES = {
    "synthetic": io.dumps(make_map(14, seed=3)),
    "plumber-no": io.dumps(find_template("sample-plumber-no").open()),
}


@contextlib.contextmanager
def no_hang(seconds: int = 20):
    """Fail instead of hanging: a loader stuck in a loop is a bug, not a slow test."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(signum, frame):
        raise AssertionError(f"the loader did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def event(text: str) -> None:
    """Count outcomes for --hypothesis-show-statistics; a no-op outside hypothesis."""
    with contextlib.suppress(Exception):
        hypothesis_event(text)


def open_or_refuse(raw: bytes):
    """Load ``raw``; the only allowed failure is a JourneyFileError that says where."""
    with no_hang():
        try:
            document = io.loads(raw, SOURCE)
        except JourneyFileError as exc:
            message = str(exc)
            assert exc.problem.strip()
            assert SOURCE in message
            assert exc.where or exc.problem.startswith(WHOLE_FILE), message
            assert len(message) < 2_000, "the message must be readable, not a dump of the file"
            assert not any(c in message for c in CONTROL[:4]), "escapes must be shown, not sent"
            event("refused: " + exc.problem.split("“")[0][:30])
            return None
    event("opened")
    # A map that opens must also save, and reopen as the same map.
    saved = io.dumps(document)
    assert io.dumps(io.loads(saved, SOURCE)) == saved
    return document


# --- strategies ------------------------------------------------------------------

def _huge_ints():
    return st.sampled_from([10 ** 400, -(10 ** 4200), 2 ** 64, 10 ** 20, -1])


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), _huge_ints(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", "x" * 20_000, "æøå ÆØÅ äö", "\ud800", "\udfff\ud800", "\x00",
                     "touchpoint", "crossroads", "outcome", "note", "flow", "branch",
                     "stage-000", "lane-000", "owner-000", "n000001", "#FFFFFF",
                     "2027-02-30", "2027-01-01", "journeymapper"]),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=12,
)


_paths, _get = reliability._paths, reliability._get


def _set(root, path, new):
    if not path:
        return new
    _get(root, path[:-1])[path[-1]] = new
    return root


def _encode(data, encoding: str) -> bytes:
    text = json.dumps(data, ensure_ascii=False, allow_nan=True, indent=1)
    if encoding == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if encoding == "ascii-escapes":
        return json.dumps(data, ensure_ascii=True, allow_nan=True).encode("ascii")
    return text.encode(encoding, "surrogatepass")


DEEP_MARK = "@@deeply-nested@@"
REPEAT_MARK = "@@repeated-key@@"
MUTATIONS = ("replace", "delete", "add_key", "duplicate", "wrap", "dangle", "swap_kind",
             "stringify", "repeat_key", "retype", "control")
CONTROL = ["\x00", "\x07", "\x1b", "\x1b[31m", "\x7f", "\x9b", "\u202e"]


@st.composite
def mutated_files(draw):
    base = json.loads(BASES[draw(st.sampled_from(sorted(BASES)))])
    data = copy.deepcopy(base)
    deep = 0
    repeated = None
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        target = _get(data, path)
        how = draw(st.sampled_from(MUTATIONS))
        if how == "replace":
            data = _set(data, path, draw(json_values))
        elif how == "delete" and path:
            parent = _get(data, path[:-1])
            del parent[path[-1]]
        elif how == "add_key" and isinstance(target, dict):
            target[draw(st.text(max_size=10))] = draw(json_values)
        elif how == "duplicate" and isinstance(target, list) and target:
            # Same item twice: duplicate ids for stages, owners, steps, arrows.
            target.append(copy.deepcopy(draw(st.sampled_from(target))))
        elif how == "wrap":
            depth = draw(st.sampled_from([1, 2, 50, 900, 5000]))
            if depth > 50:  # too deep for json.dumps: spliced into the text below
                deep = depth
                data = _set(data, path, DEEP_MARK)
            else:
                wrapped = target
                for _ in range(depth):
                    wrapped = [wrapped]
                data = _set(data, path, wrapped)
        elif how == "dangle" and isinstance(target, str):
            data = _set(data, path, "does-not-exist")
        elif how == "swap_kind" and isinstance(target, dict) and "kind" in target:
            target["kind"] = draw(st.sampled_from(
                ["touchpoint", "crossroads", "outcome", "note", "flow", "branch", "person"]))
        elif how == "stringify" and not isinstance(target, (dict, list)):
            data = _set(data, path, str(target))
        elif how == "repeat_key" and isinstance(target, dict) and target and repeated is None:
            key = draw(st.sampled_from(sorted(target)))
            # The same key once more, spliced into the text below (a dict cannot hold it).
            repeated = json.dumps(key) + ": " + json.dumps(draw(st.one_of(
                st.just(target[key]), json_scalars)), allow_nan=True)
            target[REPEAT_MARK] = 1
        elif how == "retype" and isinstance(target, (bool, int, float)) and path:
            # true where a number belongs, a number as a string, 3.0 for 3, 1 for true
            data = _set(data, path, draw(st.sampled_from(
                [str(target), not target, float(target) if not isinstance(target, float)
                 else int(target), int(target)])))
        elif how == "control" and path:
            text = draw(st.sampled_from(CONTROL)) + "[2J"
            if isinstance(target, dict):
                target["x" + text] = 1
            elif isinstance(target, str):
                data = _set(data, path, target + text)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-bom", "ascii-escapes",
                                     "utf-16", "latin-1"]))
    try:
        raw = _encode(data, encoding)
    except (UnicodeEncodeError, ValueError):
        raw = _encode(data, "utf-8")
    if deep:
        nested = ("[" * deep + "1" + "]" * deep).encode("ascii")
        raw = raw.replace(json.dumps(DEEP_MARK).encode("ascii"), nested)
    if repeated is not None:
        mark = json.dumps(REPEAT_MARK).encode("ascii")
        raw = re.sub(re.escape(mark) + rb":\s*1", repeated.replace("\\", "\\\\").encode(
            "utf-8", "surrogatepass"), raw, count=1) if encoding in ("utf-8", "utf-8-bom") \
            else raw
    if draw(st.integers(0, 9)) == 0:  # data after the map
        raw += draw(st.sampled_from([b"{}", b"\n[1]", b"x", b" \x00", b"\n" + raw[:50]]))
    return raw


# --- the properties -----------------------------------------------------------------

@FUZZ
@given(st.binary(max_size=3000))
@example(b"")
@example(b"   \n\t ")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe{\x00}\x00")
@example(b"\x80\x81\xfe\xff")
@example(b"{" * 100_000)
@example(b"[" * 100_000 + b"]" * 100_000)
@example(b"nul")
def test_random_bytes_never_escape_as_another_error(raw):
    open_or_refuse(raw)


@FUZZ
@given(json_values)
def test_random_json_is_refused_with_a_place(value):
    open_or_refuse(_encode(value, "utf-8"))
    header = {"format": "journeymapper", "version": 1, "stages": value}
    open_or_refuse(_encode(header, "utf-8"))


@FUZZ
@given(st.sampled_from(sorted(BASES)), st.data())
def test_truncated_and_damaged_files(name, data):
    raw = BASES[name]
    cut = data.draw(st.integers(0, len(raw) - 1))
    assert open_or_refuse(raw[:cut]) is None or raw[:cut].strip() == raw.strip()
    # A few bytes changed, dropped or inserted somewhere in a real file.
    damaged = bytearray(raw)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        how = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        if how == "flip":
            damaged[at] ^= 1 << data.draw(st.integers(0, 7))
        elif how == "drop":
            del damaged[at]
        else:
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=4))
    open_or_refuse(bytes(damaged))


@FUZZ
@given(mutated_files())
def test_valid_files_with_mutated_values_types_ids_and_nesting(raw):
    open_or_refuse(raw)


# --- named nasty cases, each with a specific expectation ----------------------------

def _valid(**changes) -> dict:
    data = json.loads(BASES["synthetic"])
    data.update(changes)
    return data


def _first_node(data: dict, **changes) -> dict:
    data["nodes"][0].update(changes)
    return data


def refused(raw: bytes) -> JourneyFileError:
    with pytest.raises(JourneyFileError) as info:
        with no_hang():
            io.loads(raw, SOURCE)
    exc = info.value
    assert exc.where or exc.problem.startswith(WHOLE_FILE), str(exc)
    return exc


def test_the_real_files_themselves_open():
    for raw in BASES.values():
        assert open_or_refuse(raw) is not None


def test_a_byte_order_mark_is_accepted():
    assert open_or_refuse(b"\xef\xbb\xbf" + BASES["plumber-no"]) is not None


def test_utf16_and_invalid_utf8_are_refused_at_a_byte():
    assert refused(BASES["synthetic"].decode().encode("utf-16")).where.startswith("byte")
    assert refused(BASES["synthetic"][:40] + b"\xc3\x28" + BASES["synthetic"][40:]).where \
        == "byte 40"


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"])
def test_nan_and_infinity_are_refused_where_they_stand(literal):
    text = json.dumps(_first_node(_valid(), x=0.5)).replace('"x": 0.5', f'"x": {literal}', 1)
    exc = refused(text.encode())
    assert exc.where == "$.nodes[0].x"


def test_a_huge_integer_is_refused_where_it_stands():
    text = json.dumps(_first_node(_valid(), y=1234.5)).replace("1234.5", "9" * 100_000, 1)
    exc = refused(text.encode())
    assert exc.where == f"line 1, column {text.index('9' * 100) + 1}"
    assert "9" * 100 not in str(exc)


def test_a_huge_string_is_refused_with_a_short_message():
    exc = refused(json.dumps(_valid(title="æ" * 5_000_000), ensure_ascii=False).encode())
    assert exc.where == "$.title"
    assert len(str(exc)) < 500


def test_deep_nesting_is_refused_with_a_place():
    for depth in (500, 990, 5_000, 200_000):
        nested = "[" * depth + "]" * depth
        raw = json.dumps(_valid(title="PLACEHOLDER")).replace('"PLACEHOLDER"', nested, 1)
        exc = refused(raw.encode())
        assert exc.where


def test_a_lone_surrogate_is_refused_because_the_map_could_not_be_saved():
    raw = json.dumps(_valid(title="Bagasjen \ud83d er borte"), ensure_ascii=True).encode()
    exc = refused(raw)
    assert exc.where == "$.title"
    # A proper pair (an emoji) is fine and survives a save.
    doc = open_or_refuse(json.dumps(_valid(title="Bagasjen 🧳 er borte"),
                                    ensure_ascii=True).encode())
    assert doc.info.title == "Bagasjen 🧳 er borte"


def test_duplicate_ids_and_dangling_arrows_name_the_item():
    data = _valid()
    data["nodes"].append(copy.deepcopy(data["nodes"][0]))
    assert refused(json.dumps(data).encode()).where == f"$.nodes[{len(data['nodes']) - 1}]"
    data = _valid()
    data["edges"][0]["target"] = "ingen-steder"
    assert refused(json.dumps(data).encode()).where == "$.edges[0]"
    data = _valid()
    data["stages"].append(copy.deepcopy(data["stages"][0]))
    assert refused(json.dumps(data).encode()).where == f"$.stages[{len(data['stages']) - 1}]"


def test_loading_a_huge_bad_file_stays_within_bounded_memory():
    """A large damaged file costs memory in proportion to its size, no more."""
    cases = [
        b'{"format": "journeymapper", "version": 1, "title": "' + b"x" * 20_000_000 + b'"}',
        b"[" * 5_000_000,
        b'{"format": "journeymapper", "version": 1, "nodes": [' + b"{}, " * 2_000_000 + b"{}]}",
    ]
    for raw in cases:
        tracemalloc.start()
        try:
            refused(raw)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 40 * len(raw) + 50_000_000, (len(raw), peak)


def test_a_huge_or_nested_kind_keeps_the_message_short():
    for kind in ([[[["x" * 50]]]] * 20, "k" * 100_000, {"a": list(range(500))}):
        data = _valid()
        data["nodes"][3]["kind"] = kind
        exc = refused(json.dumps(data).encode())
        assert exc.where == "$.nodes[3]" and len(str(exc)) < 400, str(exc)


def test_loading_leaves_the_garbage_collector_as_it_was():
    import gc

    assert gc.isenabled()
    open_or_refuse(BASES["synthetic"])
    open_or_refuse(b"{broken")
    assert gc.isenabled()
    gc.disable()
    try:
        open_or_refuse(BASES["synthetic"])
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the harness times out by SIGALRM")
def test_a_sample_of_the_reliability_run():
    """400 files of benchmarks/reliability.py (which runs 12,000): each case that must be
    refused (a key twice, a wrong type, data after the map, …) is, clearly."""
    outcomes, by_kind, worst, problems = reliability.run_small(400, seed=int(
        os.environ.get("JM_FUZZ_SEED", 1)))
    assert outcomes["clear"] > 200 and outcomes["opened"] > 20, outcomes
    bad = {k: outcomes[k] for k in ("wrong-accept", "unclear", "hang", "crash")}
    assert not any(bad.values()), (bad, problems)
