"""How much work a crash costs: kill the real program mid-session, count the edits lost.

    .venv/bin/python benchmarks/crash_window.py                  # 2,000 steps, 20 kills
    .venv/bin/python benchmarks/crash_window.py --size 10000 --kills 20

Each round starts the program as a child process (the real start-up: recovery
check, the main window with its panels and its autosave, offscreen, in its own
config and data folders) on a synthetic map, and edits at a human pace: every
100-300 ms a step is renamed "Redigering N – æøå" through the undo stack, and N is
appended to a log once the edit is done. At a random moment the child gets
SIGKILL. The parent then reads what the next start would recover (the autosave
left behind) and finds the newest edit in it: the edits lost are the last N in
the log minus that one. It also times, in this process, what an autosave costs
the window's thread: the snapshot the window takes now, and the whole write it
did before (serialize + write in the window's thread).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EDIT_LABEL = "Redigering {0} – æøå"
EDIT_PATTERN = re.compile(r"^Redigering (\d+) – æøå$")
ROUND_ROBIN = 40  # steps renamed in turn: the newest edit is always still on the map


def child(map_path: str, log_path: str, seed: int) -> None:
    """The program, started as a user starts it, with an editor at the keyboard."""
    from PySide6.QtCore import QTimer

    from journeymapper.app import launch, windows
    from journeymapper.commands import UpdateNodeCommand, push

    app = launch.application()
    launch.register_fonts()
    launch.start([map_path])
    [window] = windows.open_windows()
    document = window.session.document
    steps = sorted(n.id for n in document.nodes())[:ROUND_ROBIN]
    rng = random.Random(seed)
    log = open(log_path, "a", encoding="utf-8")
    count = [0]

    def one_edit() -> None:
        n = count[0] + 1
        command = UpdateNodeCommand(document, steps[n % len(steps)],
                                    text="Rename", label=EDIT_LABEL.format(n))
        if push(window.session.undo_stack, command) is None:
            count[0] = n
            log.write(f"{n}\n")
            log.flush()  # in the kernel's hands: it survives the SIGKILL
        timer.start(rng.randint(100, 300))

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(one_edit)
    log.write("ready\n")
    log.flush()
    timer.start(200)
    app.exec()


def newest_recovered_edit(data_dir: Path) -> int:
    """The newest edit in what the next start would offer to recover (0: nothing)."""
    from journeymapper.config.autosave import AUTOSAVE_SUFFIX, read_autosave

    best = 0
    for file in data_dir.rglob(f"*{AUTOSAVE_SUFFIX}"):
        _record, document = read_autosave(file)
        for node in document.nodes():
            match = EDIT_PATTERN.match(node.label)
            if match:
                best = max(best, int(match.group(1)))
    return best


def last_logged_edit(log: Path) -> int:
    numbers = [int(line) for line in log.read_text(encoding="utf-8").split() if line.isdigit()]
    return max(numbers, default=0)


def one_round(map_path: Path, folder: Path, seed: int, rng: random.Random,
              longest_s: float) -> tuple[int, int, float]:
    """Start, edit, kill at a random moment; (edits done, edits lost, seconds edited)."""
    log = folder / "edits.log"
    env = dict(os.environ, JOURNEYMAPPER_CONFIG_DIR=str(folder / "config"),
               JOURNEYMAPPER_DATA_DIR=str(folder / "data"), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, __file__, "--child", str(map_path), str(log),
                                str(seed)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not (log.exists() and "ready" in log.read_text(encoding="utf-8")):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit(f"the program did not start: {process.stderr.read().decode()}")
        time.sleep(0.05)
    editing = rng.uniform(0.5, longest_s)
    time.sleep(editing)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stderr.close()
    done = last_logged_edit(log)
    return done, done - newest_recovered_edit(folder / "data"), editing


def window_thread_cost(n: int, repeat: int = 7) -> tuple[float, float]:
    """Median ms in the window's thread: the snapshot taken now; the write done before."""
    from benchmarks.synthetic import make_map
    from journeymapper.config.autosave import MapSnapshot, write_autosave

    document = make_map(n, n)
    with tempfile.TemporaryDirectory(prefix="jm-crash-cost-") as folder:
        file = Path(folder) / "x.jmap-autosave"

        def median(fn) -> float:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                fn()
                times.append((time.perf_counter() - started) * 1000)
            return statistics.median(times)

        return (median(lambda: MapSnapshot.of(document)),
                median(lambda: write_autosave(file, document, None, owner="bench")))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--longest", type=float, default=8.0,
                        help="kill at most this many seconds into the editing")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0

    from benchmarks.run import generate

    rng = random.Random(args.seed)
    losses, edits = [], []
    with tempfile.TemporaryDirectory(prefix="jm-crash-") as top:
        map_path = Path(top) / f"map-{args.size}.jmap"
        generate(args.size, map_path)
        for kill in range(args.kills):
            folder = Path(top) / f"run{kill}"
            folder.mkdir()
            done, lost, editing = one_round(map_path, folder, kill, rng, args.longest)
            losses.append(lost)
            edits.append(done)
            print(f"kill {kill + 1}: {editing:.1f} s into the session, {done} edits done, "
                  f"{lost} lost", file=sys.stderr)
    snapshot_ms, whole_ms = window_thread_cost(args.size)
    print(f"| {args.size:,} | {args.kills} | {sum(edits)} | {max(losses)} | "
          f"{statistics.median(losses):g} | {statistics.mean(losses):.1f} | "
          f"{snapshot_ms:.1f} | {whole_ms:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
