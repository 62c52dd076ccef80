"""Nothing lost, nothing hangs: what a .jmap file may not do (issue 14).

A path that is not a file is refused at once; a value of the wrong JSON type
is refused, never converted; a key twice is refused with its place; a map
larger than JourneyMapper supports, or a file of millions of values, is
refused before it is built; text from a file never reaches a terminal as
control characters; and the messages say what really happened.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.io import JourneyFileError, jmap
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_fuzz_io import no_hang  # noqa: E402

SOURCE = "kart.jmap"
fifos = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def base() -> dict:
    return json.loads(io.dumps(find_template("sample-plumber-no").open()))


def refused(raw: bytes | str) -> JourneyFileError:
    raw = raw.encode("utf-8") if isinstance(raw, str) else raw
    with no_hang(), pytest.raises(JourneyFileError) as info:
        io.loads(raw, SOURCE)
    assert SOURCE in str(info.value)
    return info.value


def refused_measured(raw: bytes) -> tuple[JourneyFileError, int]:
    """The refusal and the peak of Python memory traced while reaching it."""
    tracemalloc.start()
    try:
        exc = refused(raw)
        return exc, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def first(data: dict, field: str) -> tuple[int, dict]:
    return next((i, n) for i, n in enumerate(data["nodes"]) if field in n)


def jm(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


# --- only regular files are read -------------------------------------------------------

@fifos
def test_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "kart.jmap"
    os.mkfifo(pipe)
    with no_hang(5), pytest.raises(JourneyFileError) as info:
        io.load(pipe)
    assert str(pipe) in str(info.value) and "named pipe" in info.value.problem


@fifos
def test_check_on_a_named_pipe_ends_with_a_message(tmp_path):
    pipe = tmp_path / "kart.jmap"
    os.mkfifo(pipe)
    done = jm("check", str(pipe), timeout=30)  # hung until a writer came, before
    assert done.returncode == 1
    assert "named pipe" in done.stderr and str(pipe) in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_at_once():
    with no_hang(5), pytest.raises(JourneyFileError, match="a device"):
        io.load("/dev/zero")  # endless zeros: read up to 64 MB and called "not UTF-8" before


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets")
def test_a_socket_is_refused_naming_what_it_is(tmp_path):
    path = tmp_path / "s.jmap"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(JourneyFileError, match="a socket"):
            io.load(path)


@fifos
def test_the_other_readers_do_not_wait_on_a_pipe_either(tmp_path):
    """The file watch (the map's file replaced by a pipe) and the autosave reader."""
    from journeymapper.app.file_watch import read_stamp
    from journeymapper.config.autosave import read_autosave

    pipe = tmp_path / "kart.jmap"
    os.mkfifo(pipe)
    with no_hang(5):
        with pytest.raises(OSError):
            read_stamp(pipe)
        with pytest.raises(JourneyFileError):
            read_autosave(pipe)


# --- strict types -----------------------------------------------------------------------

@pytest.mark.parametrize("field, value, expected", [
    ("severity", True, "valid integer"),
    ("severity", "3", "valid integer"),
    ("severity", 3.0, "valid integer"),
    ("x", "12.5", "valid number"),
    ("x", False, "valid number"),
    ("rating", "1", "valid integer"),
    ("company_activity", 1, "valid boolean"),
    ("company_activity", "true", "valid boolean"),
    ("label", 7, "valid string"),
    ("due", 20270101, "valid date"),
])
def test_a_value_of_the_wrong_type_is_refused_not_converted(field, value, expected):
    data = base()
    i, node = first(data, field)
    node[field] = value
    exc = refused(json.dumps(data))
    assert exc.where == f"$.nodes[{i}].{field}" and expected in exc.problem


def test_the_top_level_fields_are_strict_too():
    assert refused(json.dumps({**base(), "title": 12})).where == "$.title"
    assert refused(json.dumps({**base(), "version": True})).where == "$.version"
    assert refused(json.dumps({**base(), "version": "1"})).where == "$.version"


def test_what_json_cannot_say_otherwise_is_still_accepted():
    """JSON has no dates and no float/int distinction: ISO dates and whole numbers stay fine."""
    data = base()
    i, node = first(data, "due")
    node["due"] = "2027-03-01"
    data["nodes"][0]["x"] = 40
    document = io.loads(json.dumps(data).encode(), SOURCE)
    assert str(document.node(node["id"]).due) == "2027-03-01"
    assert document.node(data["nodes"][0]["id"]).x == 40.0


def test_an_old_style_file_through_the_careful_path_is_strict(monkeypatch):
    """Not only the fast path: the careful one (other versions, autosaves) checks the same."""
    data = base()
    i, node = first(data, "severity")
    node["severity"] = "4"
    with pytest.raises(JourneyFileError) as info:
        io.from_data(data, SOURCE)
    assert info.value.where == f"$.nodes[{i}].severity"


# --- a key twice ----------------------------------------------------------------------

def test_a_key_twice_is_refused_naming_the_key_and_the_place():
    text = json.dumps(base())
    exc = refused(text.replace('"title":', '"title": "Gammel", "title":', 1))
    assert exc.where == "$" and "“title” appears twice" in exc.problem
    data = base()
    node = json.dumps(data["nodes"][3])
    exc = refused(text.replace(node, node[:-1] + ', "label": "Ny"}', 1))
    assert exc.where == "$.nodes[3]" and "“label” appears twice" in exc.problem


@pytest.mark.parametrize("label", ["Merk: kl. 10:30", "ingen kolon", 'Sa "ja": nei'])
def test_a_key_twice_is_refused_whatever_colons_the_texts_hold(label):
    """The fast path counts colons; texts with colons, quotes or none must not fool it."""
    data = base()
    data["nodes"][2]["label"] = label
    node = json.dumps(data["nodes"][2])
    text = json.dumps(data).replace(node, node[:-1] + ', "x": 1.0}', 1)
    assert jmap._open_current(text.encode()) is None
    assert refused(text).where == "$.nodes[2]"
    # The same file without the repeat opens on the fast path.
    assert jmap._open_current(json.dumps(data).encode()) is not None


def test_a_colon_written_as_an_escape_does_not_hide_a_repeat():
    data = base()
    data["nodes"][2]["label"] = "a:b"
    node = json.dumps(data["nodes"][2]).replace("a:b", "a\\u003ab")
    text = json.dumps(data).replace(json.dumps(data["nodes"][2]), node[:-1] + ', "y": 2.0}', 1)
    assert refused(text).where == "$.nodes[2]"


# --- size: refused before it is built ---------------------------------------------------

def _notes(count: int) -> bytes:
    head = b'{"format":"journeymapper","version":1,"stages":[{"id":"s"}],"journeys":[{"id":"j"}],'
    nodes = b",".join(b'{"kind":"note","id":"n%d","stage_id":"s","journey_id":"j"}' % i
                      for i in range(count))
    return head + b'"nodes":[' + nodes + b"]}"


def test_a_map_over_the_step_limit_is_refused_saying_the_limit():
    exc = refused(_notes(jmap.MAX_STEPS + 1))
    assert exc.where == "$.nodes"
    assert exc.problem.startswith(f"this map has {jmap.MAX_STEPS + 1:,} steps and notes; "
                                  f"JourneyMapper opens maps of up to {jmap.MAX_STEPS:,}")
    assert io.loads(_notes(jmap.MAX_STEPS), SOURCE).node_count() == jmap.MAX_STEPS


def test_a_large_file_of_too_many_steps_is_refused_before_parsing():
    raw = _notes(200_000)  # ~11 MB
    assert len(raw) > jmap._COUNT_ABOVE_BYTES
    exc, peak = refused_measured(raw)
    assert "this map has 200,000 steps and notes" in exc.problem
    assert peak < 2 * len(raw)  # nothing was parsed


@pytest.mark.parametrize("shape", [b"[]", b'"ab"', b'"k":1', b"1"])
def test_millions_of_values_are_refused_in_bounded_memory(shape):
    count = max(jmap.MAX_VALUES + 1, jmap._COUNT_ABOVE_BYTES // len(shape))
    many = b",".join([shape] * count)
    brackets = b"{}" if shape.endswith(b"1") and b":" in shape else b"[]"
    raw = b'{"format":"journeymapper","version":1,"title":' + brackets[:1] + many + brackets[1:] \
        + b"}"
    started = time.process_time()
    exc, peak = refused_measured(raw)
    assert exc.where == "the whole file" and "values" in exc.problem
    assert peak < 3 * len(raw)
    assert time.process_time() - started < 20  # a generous bound: it took 5–14 s and GBs


def test_texts_full_of_commas_do_not_count_as_values():
    data = base()
    data["description"] = ",[{" * 3_000  # within the field's limit
    for node in data["nodes"]:
        node["label"] = ",[" * 400
    raw = json.dumps(data).encode()
    raw = raw.replace(b'"nodes": [', b'"nodes": [' + b" " * (jmap._COUNT_ABOVE_BYTES), 1)
    assert io.loads(raw, SOURCE).info.description == data["description"]


# --- what the messages say --------------------------------------------------------------

def test_control_characters_from_the_file_are_shown_as_escapes():
    data = base()
    data["nodes"][0]["farge\x1b[31m"] = 1
    exc = refused(json.dumps(data))
    assert "\x1b" not in str(exc) and "farge\\x1b[31m" in str(exc)


def test_check_prints_a_title_with_escapes_escaped(tmp_path):
    data = base()
    data["title"] = "Rørlegger\x1b]0;pwned\x07\x1b[2J \u202eæøå"
    path = tmp_path / "kart\x1b[1m.jmap"
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode())
    done = jm("check", str(path))
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\u202e" not in done.stdout
    assert "Rørlegger\\x1b]0;pwned\\x07\\x1b[2J \\u202eæøå" in done.stdout
    report = jm("check", "--report", str(path))
    assert report.returncode == 0 and "\x1b" not in report.stdout


def test_data_after_the_map_is_not_called_a_cut_off_file():
    text = json.dumps(base())
    exc = refused(text + "\n{}\n")
    assert "cut off" not in exc.problem and "after" in exc.problem
    assert exc.where == "line 2, column 1"
    assert "cut off" in refused(text[:-30]).problem


def test_a_step_without_a_kind_says_so_in_plain_words():
    data = base()
    del data["nodes"][2]["kind"]
    exc = refused(json.dumps(data))
    assert exc.where == "$.nodes[2]"
    assert "no “kind”" in exc.problem and "touchpoint, crossroads, outcome or note" in exc.problem
    assert "discriminator" not in exc.problem


def test_a_file_far_denser_than_a_map_is_refused_before_parsing():
    """Under the count, but 2.9 million tiny texts in 14 MB: 3 s and 670 MB to refuse, before."""
    raw = b'{"format":"journeymapper","version":1,"title":[' + b'"ab",' * 2_900_000 + b'"x"]}'
    assert len(raw) > jmap._COUNT_ABOVE_BYTES
    exc, peak = refused_measured(raw)
    assert exc.where == "the whole file" and "more than a journey map of its size" in exc.problem
    assert peak < 2 * len(raw)
