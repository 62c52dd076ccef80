"""Crash-safe saving: a save killed at any moment leaves the old map or the new one.

A real child process saves a large map over and over with ``io.save``,
alternating between two versions; the test kills it with SIGKILL at random
moments. After every kill the file must open and be byte-for-byte one of the
two versions (never a mixture or a stump), and ``NAME.bak`` must open too.

Starting Python for every kill would take most of the time, so the child is a
small "zygote": it imports JourneyMapper once and forks a fresh saver per
round; the test kills that saver, a real process in the middle of real saves.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.io import atomic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.synthetic import make_map  # noqa: E402

KILLS = 30

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")

SAVER = textwrap.dedent("""
    import os, sys
    from journeymapper import io
    target, old, new = sys.argv[1:4]
    versions = [io.load(old), io.load(new)]
    print("ready", flush=True)
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:                      # the saver: save until killed
            i = int(line)                 # which version it saves first
            while True:
                io.save(versions[i % 2], target)
                i += 1
                print("saved", flush=True)   # the test kills after a chosen number of these
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)
""")


def _temps(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f".{name}."))


@pytest.fixture
def two_versions(tmp_path):
    """A large map (1,000 items) and the same map after an edit, as saved bytes."""
    old = make_map(1000, seed=7)
    new = make_map(1000, seed=7)
    new.set_info(title="Etter endringen: ærlig, større og øvet")
    first = next(new.nodes())
    new.update_node(first.id, label="Flyttet – og omdøpt på ny")
    paths = tmp_path / "old.jmap", tmp_path / "new.jmap"
    io.save(old, paths[0], keep_backup=False)
    io.save(new, paths[1], keep_backup=False)
    return paths, (io.dumps(old), io.dumps(new))


def test_a_killed_save_leaves_the_old_or_the_new_map_never_a_mixture(tmp_path, two_versions):
    (old_path, new_path), versions = two_versions
    assert versions[0] != versions[1]
    work = tmp_path / "work"
    work.mkdir()
    target = work / "Kundereise før og etter.jmap"
    backup = atomic.backup_path(target)
    target.write_bytes(versions[0])
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(target), str(old_path),
                              str(new_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    rng = random.Random(20261126)
    opened: set[bytes] = set()

    def check_opens(path: Path, raw: bytes) -> None:
        """The file opens into the same map; bytes already opened once need no second look."""
        if raw not in opened:
            assert io.dumps(io.load(path)) == raw
            opened.add(raw)

    seen = {0: 0, 1: 0}
    left_temps = 0
    save_seconds = 0.05  # until the first whole save has been timed
    try:
        assert child.stdout.readline().strip() == "ready"
        for _ in range(KILLS):
            child.stdin.write(f"{rng.randrange(2)}\n")
            child.stdin.flush()
            saver = int(child.stdout.readline())
            # Wait for a chosen number of whole saves (0 to 3), then kill somewhere
            # inside the next one: the saver's own pace sets the moment, so a slow or
            # busy machine still kills mid-save rather than before the first one.
            started = time.perf_counter()
            for _ in range(rng.randrange(4)):
                assert child.stdout.readline().strip() == "saved"
                now = time.perf_counter()
                save_seconds, started = now - started, now
            time.sleep(rng.uniform(0.0, save_seconds))
            os.kill(saver, signal.SIGKILL)
            while (line := child.stdout.readline().strip()) == "saved":
                pass                      # saves that finished before the kill landed
            assert line == "dead"

            raw = target.read_bytes()
            assert raw in versions, "the saved file is neither the old nor the new map"
            seen[versions.index(raw)] += 1
            check_opens(target, raw)
            if backup.exists():
                raw_backup = backup.read_bytes()
                assert raw_backup in versions, "the backup is neither the old nor the new map"
                check_opens(backup, raw_backup)
            left_temps = len(_temps(work, target.name))
    finally:
        child.kill()
        child.wait(timeout=10)
    print(f"{KILLS} kills: old {seen[0]}×, new {seen[1]}×, {left_temps} temporary files left")
    # Saves really happened in between the kills, in both directions.
    assert seen[0] and seen[1], seen
    assert backup.exists()
    # Killed saves may leave a temporary file; at most a handful, never the
    # user's file itself. They are hidden (dot files) and removed later.
    assert left_temps <= KILLS * 2


HOLDER = textwrap.dedent("""
    import fcntl, sys
    with open(sys.argv[1], "rb") as fh:   # a save in another process, writing this file
        fcntl.flock(fh, fcntl.LOCK_EX)
        print("held", flush=True)
        sys.stdin.readline()
""")


@pytest.fixture
def live_writer(tmp_path):
    """Hold the lock on a file from a live child process, as a running save does."""
    children = []

    def hold(path: Path) -> None:
        child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        children.append(child)
        assert child.stdout.readline().strip() == "held"

    yield hold
    for child in children:
        child.kill()
        child.wait(timeout=10)


def test_the_next_save_removes_temporary_files_that_killed_saves_left(tmp_path, live_writer):
    target = tmp_path / "kart.jmap"
    io.save(make_map(20, seed=1), target)
    dead = [tmp_path / f".{target.name}.abcd1234.tmp", tmp_path / f".{target.name}.x_9y8z7w.bak-tmp"]
    live = tmp_path / f".{target.name}.live5678.tmp"
    keep = [tmp_path / f".{target.name}.abcd1234.tmp.mine",   # not our name pattern
            tmp_path / ".annet.jmap.abcd1234.tmp",             # another map's save
            tmp_path / "notes.tmp"]
    for path in dead + keep + [live]:
        path.write_bytes(b"{")
    live_writer(live)

    # Nobody holds the killed saves' files: the next save removes them at once
    # (not 15 minutes later); the one a running save is writing stays.
    io.save(make_map(20, seed=2), target)
    assert not any(p.exists() for p in dead)
    assert live.exists()
    assert all(p.exists() for p in keep)
    assert io.dumps(io.load(target)) == io.dumps(make_map(20, seed=2))
    assert io.dumps(io.load(atomic.backup_path(target))) == io.dumps(make_map(20, seed=1))


def test_without_locks_a_leftover_goes_once_it_is_old(tmp_path, monkeypatch):
    """Where no lock can be asked (Windows), age decides, as before."""
    monkeypatch.setattr(atomic, "fcntl", None)
    target = tmp_path / "kart.jmap"
    leftover = tmp_path / f".{target.name}.abcd1234.tmp"
    leftover.write_bytes(b"{")
    io.save(make_map(20, seed=1), target)
    assert leftover.exists(), "a fresh file might belong to a save running right now"
    monkeypatch.setattr(atomic, "STALE_TEMP_SECONDS", 0)
    time.sleep(0.05)
    io.save(make_map(20, seed=2), target)
    assert not leftover.exists()


def test_a_map_whose_name_looks_like_a_pattern_is_tidied_only_for_itself(tmp_path, monkeypatch):
    target = tmp_path / "[utkast] *kart*.jmap"
    other = tmp_path / f".{'[utkast] xkartx.jmap'}.abcd1234.tmp"
    mine = tmp_path / f".{target.name}.abcd1234.tmp"
    other.write_bytes(b"")
    mine.write_bytes(b"")
    monkeypatch.setattr(atomic, "STALE_TEMP_SECONDS", 0)
    time.sleep(0.05)
    io.save(make_map(10, seed=1), target)
    assert not mine.exists()
    assert other.exists()
