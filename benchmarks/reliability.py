"""The file reliability run: thousands of generated bad, odd and hostile files through ``io``.

    python benchmarks/reliability.py                   # 12,000 small files + the big ones
    python benchmarks/reliability.py --files 500 --no-big

Every small file is generated from a real map (a synthetic one and a shipped
template) by a seeded generator, so a run is repeatable. Each case knows what
must happen: a file that **must be refused** (a key twice, a value of the
wrong JSON type, data after the map, a cut-off file, deep nesting, a control
character in a key, an unknown kind, too many steps) counts as a *wrong
accept* if it opens; any file may also open if it is still a sound map (then
it must save and reopen byte-identical). A refusal is *clear* when it is a
``JourneyFileError`` naming the file and a place, under 2,000 characters,
without control characters. Anything else is a *crash*; a load over
``HANG_S`` seconds is a *hang*. Big hostile files (up to the 64 MB limit) and
non-files (a named pipe, a device) run one per child process, which reports
its time and peak RSS and is killed if it hangs.

``tests/test_fuzz_io.py`` runs a small sample of the same generator in the suite.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.run import _peak_rss_kb  # noqa: E402
from benchmarks.synthetic import make_map  # noqa: E402
from journeymapper import io  # noqa: E402
from journeymapper.io import JourneyFileError, jmap  # noqa: E402
from journeymapper.io.templates import find_template  # noqa: E402

SOURCE = "fuzzet kart.jmap"
HANG_S = 10
WHOLE_FILE = ("the file is empty", "the file is larger than")
CONTROL = [chr(c) for c in range(32) if chr(c) not in "\n"] + ["\x7f", "\x9b", "\u202e"]


def bases() -> dict[str, bytes]:
    return {"synthetic": io.dumps(make_map(14, seed=3)),
            "plumber-no": io.dumps(find_template("sample-plumber-no").open())}


@dataclass
class Case:
    kind: str
    raw: bytes
    must_refuse: bool
    expect: str = ""  # words the refusal must hold, if any


# --- the generator -------------------------------------------------------------------

def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, prefix + (i,))


def _get(value, path):
    for key in path:
        value = value[key]
    return value


def _scalar(rng: random.Random):
    return rng.choice([None, True, False, 0, -1, 7, 2 ** 64, 10 ** 400, 1.5, -0.0, 1e308, "",
                       "x" * 2_000, "æøå ÆØÅ", "\x00", "touchpoint", "note", "flow",
                       "2027-02-30", "2027-01-01", "stage-000", "#FFFFFF", [], {}, [1, [2]],
                       {"a": None}])


def _wrong_type(value):
    """A value of another JSON type that a strict reader must refuse, or None."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return [str(value), bool(value % 2), float(value)][value % 3]
    if isinstance(value, float):
        return [str(value), True][int(value) % 2]
    if isinstance(value, str) and value in ("touchpoint", "crossroads", "outcome", "note"):
        return None
    return None


def _steps(data):
    return [n for n in data.get("nodes", []) if isinstance(n, dict)]


def generate(rng: random.Random, base: bytes) -> Case:
    data = json.loads(base)
    text = base.decode("utf-8")
    kind = rng.choice(["mutate", "mutate", "repeat_key", "wrong_type", "trailing", "cut",
                       "deep", "control_key", "control_text", "bitflip", "unknown_kind",
                       "no_kind", "nan", "too_many"])
    if kind == "mutate":  # as the hypothesis fuzzer does: the outcome is not known beforehand
        for _ in range(rng.randint(1, 3)):
            path = rng.choice(list(_paths(data)))
            parent = _get(data, path[:-1]) if path else None
            how = rng.choice(["replace", "delete", "add_key", "duplicate", "dangle"])
            if how == "replace" and path:
                parent[path[-1]] = _scalar(rng)
            elif how == "delete" and path:
                del parent[path[-1]]
            elif how == "add_key" and isinstance(_get(data, path), dict):
                _get(data, path)[rng.choice(["x", "y", "extra", "kind", "ø"])] = _scalar(rng)
            elif how == "duplicate" and isinstance(_get(data, path), list) and _get(data, path):
                target = _get(data, path)
                target.append(copy.deepcopy(rng.choice(target)))
            elif how == "dangle" and path and isinstance(_get(data, path), str):
                parent[path[-1]] = "does-not-exist"
        return Case(kind, json.dumps(data, ensure_ascii=rng.random() < 0.3).encode(), False)
    if kind == "repeat_key":
        objects = [p for p in _paths(data) if isinstance(_get(data, p), dict) and _get(data, p)]
        obj = _get(data, rng.choice(objects))
        key = rng.choice(list(obj))
        marker = "@@repeat@@"
        obj[marker] = 1
        raw = json.dumps(data, ensure_ascii=False)
        again = json.dumps(key) + ": " + json.dumps(rng.choice([obj[key], _scalar(rng)]))
        return Case(kind, raw.replace(f'"{marker}": 1', again).encode(), True, "twice")
    if kind == "wrong_type":
        fields = [(n, k) for n in _steps(data) for k, v in n.items()
                  if k != "kind" and _wrong_type(v) is not None]
        node, key = rng.choice(fields)
        node[key] = _wrong_type(node[key])
        return Case(kind, json.dumps(data).encode(), True)
    if kind == "trailing":
        extra = rng.choice(["{}", "[]", "x", "\x00", '{"format": "journeymapper"}', "1",
                            text[:200]])
        return Case(kind, (text.rstrip() + rng.choice(["", "\n", " "]) + extra).encode(), True,
                    "after")
    if kind == "cut":
        cut = rng.randint(1, len(text.rstrip()) - 2)
        return Case(kind, text[:cut].encode(), True, "cut off" if text[:cut].strip() else "")
    if kind == "deep":
        depth = rng.choice([65, 500, 990, 5_000, 200_000])
        nested = "[" * depth + "]" * depth
        data["title"] = "@@deep@@"
        return Case(kind, json.dumps(data).replace('"@@deep@@"', nested, 1).encode(), True)
    if kind == "control_key":
        node = rng.choice(_steps(data))
        node["note" + rng.choice(CONTROL) + "[31m"] = "x"
        return Case(kind, json.dumps(data, ensure_ascii=rng.random() < 0.5).encode(), True)
    if kind == "control_text":  # valid: opens, and must print escaped
        node = rng.choice(_steps(data))
        node["label"] = "Rød" + "".join(rng.choice(CONTROL) for _ in range(3)) + "[2J"
        data["title"] = "\x1b]0;tittel\x07" + rng.choice(CONTROL)
        return Case(kind, json.dumps(data, ensure_ascii=rng.random() < 0.5).encode(), False)
    if kind == "bitflip":
        damaged = bytearray(base)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        return Case(kind, bytes(damaged), False)
    if kind == "unknown_kind":
        rng.choice(_steps(data))["kind"] = rng.choice(["sticker", "Touchpoint", "", "flow"])
        return Case(kind, json.dumps(data).encode(), True, "kind of step")
    if kind == "no_kind":
        del rng.choice(_steps(data))["kind"]
        return Case(kind, json.dumps(data).encode(), True, "no “kind”")
    if kind == "nan":
        node = rng.choice(_steps(data))
        node["x"] = rng.choice([float("nan"), float("inf"), float("-inf")])
        return Case(kind, json.dumps(data).encode(), True)
    # too_many: a list over its limit, with small items (stages, lanes, owners, arrows)
    name, limit = rng.choice([("stages", jmap.MAX_ROWS), ("owners", jmap.MAX_ROWS),
                              ("edges", jmap.MAX_ARROWS)])
    data[name] = [{"id": f"i{i}"} for i in range(limit + 1)]
    return Case(kind, json.dumps(data).encode(), True, "JourneyMapper opens maps of up to")


# --- judging one file ----------------------------------------------------------------

class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def judge(case: Case) -> tuple[str, float, str]:
    """(outcome, seconds, detail): outcome is clear, opened, wrong-accept, unclear,
    hang or crash."""
    started = time.perf_counter()
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_S)
    try:
        document = io.loads(case.raw, SOURCE)
    except JourneyFileError as exc:
        seconds = time.perf_counter() - started
        message = str(exc)
        unclear = (SOURCE not in message or not exc.problem.strip()
                   or not (exc.where or exc.problem.startswith(WHOLE_FILE))
                   or len(message) >= 2_000 or any(c in message for c in CONTROL)
                   or (case.expect and case.expect not in message)
                   or (case.kind == "trailing" and "cut off" in message))
        return ("unclear" if unclear else "clear"), seconds, message[:300]
    except _Hang:
        return "hang", time.perf_counter() - started, ""
    except Exception as exc:  # noqa: BLE001 - counting what escapes is the point
        return "crash", time.perf_counter() - started, f"{type(exc).__name__}: {exc}"[:300]
    finally:
        signal.alarm(0)
    seconds = time.perf_counter() - started
    if case.must_refuse:
        return "wrong-accept", seconds, ""
    saved = io.dumps(document)
    if io.dumps(io.loads(saved, SOURCE)) != saved:
        return "crash", seconds, "did not save and reopen identically"
    from journeymapper.cli import _summary
    if any(c in _summary(SOURCE, document) for c in CONTROL):
        return "unclear", seconds, "control character in the check summary"
    return "opened", seconds, ""


def run_small(count: int, seed: int) -> tuple[Counter, dict, float, list[str]]:
    rng = random.Random(seed)
    raws = list(bases().values())
    outcomes: Counter = Counter()
    by_kind: dict[str, Counter] = {}
    worst = 0.0
    problems: list[str] = []
    for i in range(count):
        case = generate(rng, rng.choice(raws))
        outcome, seconds, detail = judge(case)
        outcomes[outcome] += 1
        by_kind.setdefault(case.kind, Counter())[outcome] += 1
        worst = max(worst, seconds)
        if outcome not in ("clear", "opened") and len(problems) < 20:
            problems.append(f"#{i} {case.kind}: {outcome} {detail}")
    return outcomes, by_kind, worst, problems


# --- big and non-file cases, one per child process ---------------------------------------

def big_files(folder: Path) -> list[tuple[str, Path, bool]]:
    """(name, path, must_refuse) of files near the size limit, and things that are not files."""
    head = (b'{"format":"journeymapper","version":1,"stages":[{"id":"s"}],'
            b'"journeys":[{"id":"j"}],')
    def notes(count: int) -> bytes:
        return head + b'"nodes":[' + b",".join(
            b'{"kind":"note","id":"n%d","stage_id":"s","journey_id":"j"}' % i
            for i in range(count)) + b"]}"

    shapes = {
        "20M empty objects": lambda: head + b'"nodes":[' + b"{}," * 20_000_000 + b"{}]}",
        "30M numbers in one list": lambda: head + b'"title":[' + b"1," * 30_000_000 + b"1]}",
        "20M empty lists": lambda: b"[" + b"[]," * 20_000_000 + b"[]]",
        "12M short texts": lambda: head + b'"title":[' + b'"ab",' * 12_000_000 + b'"ab"]}',
        "10M repeats of one key":
            lambda: head + b'"title":{' + b'"k":1,' * 10_000_000 + b'"k":1}}',
        "60M open brackets": lambda: head + b'"title":' + b"[" * 60_000_000,
        "2.9M short texts (under the count)":
            lambda: head + b'"title":[' + b'"ab",' * 2_900_000 + b'"x"]}',
        "2.9M numbers (under the count)":
            lambda: head + b'"title":[' + b"1.5," * 2_900_000 + b'1]}',
        "1.4M empty objects (under the count)":
            lambda: head + b'"nodes":[' + b"{}," * 1_400_000 + b"{}]}",
        "450,000 minimal notes": lambda: notes(450_000),
        "50,001 minimal notes": lambda: notes(50_001),
    }
    found = []
    for name, make in shapes.items():
        path = folder / (name.replace(" ", "-").replace(",", "") + ".jmap")
        path.write_bytes(make()[:jmap.MAX_FILE_BYTES])
        found.append((name, path, True))
    for steps in (10_000, 50_000, 100_000):
        path = folder / f"synthetic-{steps}.jmap"
        path.write_bytes(io.dumps(make_map(steps, seed=1)))
        found.append((f"synthetic map, {steps:,} steps", path, steps > jmap.MAX_STEPS))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.jmap")
        found.append(("a named pipe (FIFO)", folder / "pipe.jmap", True))
    if os.path.exists("/dev/zero"):
        found.append(("/dev/zero", Path("/dev/zero"), True))
    return found


def child(path: str) -> None:
    started = time.perf_counter()
    try:
        io.load(path)
        outcome = "opened"
    except JourneyFileError as exc:
        outcome = "clear: " + exc.problem[:100]
    except Exception as exc:  # noqa: BLE001
        outcome = f"crash: {type(exc).__name__}"
    seconds = time.perf_counter() - started
    print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    return _peak_rss_kb(resource) / 1024


def run_big(folder: Path) -> list[dict]:
    rows = []
    for name, path, must_refuse in big_files(folder):
        size = path.stat().st_size / 2**20 if path.is_file() else 0.0
        sys.stderr.write(f"  {name} …\n")
        try:
            done = subprocess.run([sys.executable, __file__, "--child", str(path)],
                                  capture_output=True, text=True, timeout=60)
            result = json.loads(done.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            result = {"outcome": "hang", "seconds": 60.0, "peak_mb": float("nan")}
        except (IndexError, ValueError):
            result = {"outcome": f"crash: {done.stderr[-200:]}", "seconds": 0.0,
                      "peak_mb": float("nan")}
        if must_refuse and result["outcome"] == "opened":
            result["outcome"] = "WRONG ACCEPT"
        rows.append({"name": name, "size_mb": size, **result})
    return rows


def baseline_rss() -> float:
    done = subprocess.run([sys.executable, "-c", "import benchmarks.reliability as r; "
                           "print(r.peak_rss_mb())"], capture_output=True, text=True, cwd=ROOT)
    return float(done.stdout.strip())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=12_000, help="small generated files")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--no-big", action="store_true", help="skip the big and non-file cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    started = time.perf_counter()
    outcomes, by_kind, worst, problems = run_small(args.files, args.seed)
    elapsed = time.perf_counter() - started
    print(f"Small generated files: {args.files:,} (seed {args.seed}), {elapsed:.0f} s")
    print()
    print("| kind | files | clear refusal | opened | wrong accept | unclear | hang | crash |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind, counts in sorted(by_kind.items()) + [("**all**", outcomes)]:
        print(f"| {kind} | {sum(counts.values()):,} | {counts['clear']:,} | {counts['opened']:,}"
              f" | {counts['wrong-accept']} | {counts['unclear']} | {counts['hang']}"
              f" | {counts['crash']} |")
    print()
    print(f"Worst time for one small file: {worst * 1000:.0f} ms; peak RSS of the whole run "
          f"{peak_rss_mb():.0f} MB")
    for line in problems:
        print("  ", line)
    if not args.no_big:
        with tempfile.TemporaryDirectory() as tmp:
            rows = run_big(Path(tmp))
        print()
        print(f"Big and non-file cases, each in a fresh process (Python + io alone: "
              f"{baseline_rss():.0f} MB RSS):")
        print()
        print("| file | size (MB) | outcome | time (s) | peak RSS (MB) | × size |")
        print("|---|---:|---|---:|---:|---:|")
        for row in rows:
            times = f"{row['peak_mb'] / row['size_mb']:.1f}" if row["size_mb"] else "—"
            print(f"| {row['name']} | {row['size_mb']:.1f} | {row['outcome']} | "
                  f"{row['seconds']:.2f} | {row['peak_mb']:.0f} | {times} |")
    bad = outcomes["wrong-accept"] + outcomes["hang"] + outcomes["crash"] + outcomes["unclear"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
