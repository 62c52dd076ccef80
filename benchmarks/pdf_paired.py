"""The PDF export of this tree against an earlier commit, measured in turns.

    .venv/bin/python benchmarks/pdf_paired.py --before 4e0b41e --sizes 500,2000 --rounds 7

On a machine shared with other work a run's times move by half; two runs made one
after the other compare the neighbours as much as the code. Here each version runs in
its own long-lived process (the map opened and one export made first) and the
processes take turns: every round asks each of them, in alternating order, for the
reportlab baseline, the map pages and the whole document, and the medians of those
turns are compared. Times are the process's own thread CPU time (``time.thread_time``)
and wall clock. Four versions, two pairs: the commit given and this tree each with
reportlab's pure-Python helpers, and each as installed (with reportlab's C accelerator
when ``rl_accel`` is installed). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPS = ("base", "pages", "doc")


def worker(path: str, accel: str) -> None:
    """Answer each operation named on stdin with its CPU and wall time (JSON)."""
    if accel == "python":
        sys.modules["_rl_accel"] = None  # reportlab falls back to its Python helpers
    sys.path.insert(0, os.getcwd())
    from benchmarks import run as bench
    from journeymapper.export.pdf import export_pdf
    from journeymapper.io import load

    document = load(path)
    items = bench.plain_items(document)
    tmp = Path(tempfile.mkdtemp(prefix="jm-paired-"))
    ops = {"base": lambda: bench.reportlab_baseline(items, tmp / "raw.pdf"),
           "pages": lambda: bench.map_pages_only(document, tmp / "pages.pdf"),
           "doc": lambda: export_pdf(document, tmp / "all.pdf", "A3", "landscape")}
    for op in ops.values():
        op()
    print("ready", flush=True)
    for line in sys.stdin:
        cpu, wall = time.thread_time(), time.perf_counter()
        ops[line.strip()]()
        print(json.dumps({"cpu": (time.thread_time() - cpu) * 1000,
                          "wall": (time.perf_counter() - wall) * 1000}), flush=True)


def checkout(rev: str, into: Path) -> Path:
    data = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True,
                          check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def measure(n: int, rounds: int, versions: dict, folder: Path) -> dict:
    path = folder / f"map-{n}.jmap"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(n),
                    str(path), "--seed", str(n)], check=True)
    procs = {}
    for name, (tree, accel) in versions.items():
        env = dict(os.environ, PYTHONPATH=str(tree))
        procs[name] = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", str(path), accel],
            cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert procs[name].stdout.readline().strip() == "ready"
    found = {(name, op): [] for name in versions for op in OPS}
    for r in range(rounds):
        for op in OPS:
            order = list(procs.items())
            for name, proc in order if r % 2 == 0 else order[::-1]:
                proc.stdin.write(op + "\n")
                proc.stdin.flush()
                found[name, op].append(json.loads(proc.stdout.readline()))
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    return {key: {k: statistics.median(t[k] for t in times) for k in ("cpu", "wall")}
            for key, times in found.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="the commit to compare with")
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(*args.worker)
        return 0
    with tempfile.TemporaryDirectory(prefix="jm-paired-") as folder:
        before = checkout(args.before, Path(folder) / "before")
        versions = {args.before: (before, "python"), "this tree, Python helpers": (ROOT, "python"),
                    f"{args.before}, as installed": (before, "installed"),
                    "this tree": (ROOT, "installed")}
        print(f"| N | version | baseline CPU | map pages CPU | ratio | whole document CPU "
              f"| ratio | (wall: map pages, document) |")
        print("|---:|---|---:|---:|---:|---:|---:|---|")
        for n in (int(s) for s in args.sizes.split(",")):
            m = measure(n, args.rounds, versions, Path(folder))
            for name in versions:
                base, pages, doc = (m[name, op] for op in OPS)
                print(f"| {n:,} | {name} | {base['cpu']:,.0f} | {pages['cpu']:,.0f} | "
                      f"{pages['cpu'] / base['cpu']:.1f}× | {doc['cpu']:,.0f} | "
                      f"{doc['cpu'] / base['cpu']:.1f}× | {pages['wall']:,.0f}, "
                      f"{doc['wall']:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
