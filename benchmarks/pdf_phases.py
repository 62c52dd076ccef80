"""Where the map pages' time goes: ``run.py``'s map-pages row cut into its phases.

    .venv/bin/python benchmarks/pdf_phases.py 2000 --repeat 7

The same work as ``run.py``'s ``_map_pages`` (the A3-landscape plan, the glance page,
every part, the legend once), each phase timed on its own in thread CPU time, under
the export's garbage-collector setting, one warm-up run first, medians of the runs.
Working out the map (the scene with its arrow routes, the plan, the bands' scenes, the
parts' steps and label places) is timed apart from drawing it and from reportlab's
writing of the file, so a change to one can be told from a change to the other.
Prints a Markdown table with the baseline's time for scale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHASES = (
    ("scene", "the scene: print layout, every arrow routed (`MapScene.of`)"),
    ("plan", "the plan (tiling, label room)"),
    ("bands", "the bands' scenes (`for_tile`)"),
    ("places", "the parts' steps and label places (`on_tile`, `labels_on`)"),
    ("glance", "drawing: the glance page"),
    ("parts", "drawing: the parts, title bands, legend"),
    ("save", "reportlab's `save`"),
)


def run_once(document, path: Path, times: dict) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.export.fonts import register_fonts
    from journeymapper.export.legend import draw_legend
    from journeymapper.export.map_pages import (MapScene, PageHeading, draw_glance,
                                                draw_tile, draw_title_band)
    from journeymapper.export.pdf import _page_and_plan

    clock = time.thread_time
    register_fonts()
    today = dt.date(2027, 1, 1)
    t = clock()
    scene = MapScene.of(document, today)
    times["scene"] += clock() - t
    t = clock()
    size, frame, plan = _page_and_plan(document, scene, "A3", "landscape")
    times["plan"] += clock() - t
    t = clock()
    for tile in plan.tiles:
        scene.for_tile(plan, tile)
    times["bands"] += clock() - t
    t = clock()
    for tile in plan.tiles:
        scene.on_tile(plan, tile)
        scene.labels_on(plan, tile)
    times["places"] += clock() - t
    heading = PageHeading(document.info.title, "—", today.isoformat(), "")
    canvas = Canvas(str(path), pagesize=size)
    page = 1
    t = clock()
    if plan.glance:
        draw_title_band(canvas, frame.title, heading, plan, None, scene, page, None)
        draw_glance(canvas, scene, plan, frame.map, page, page + 1, None)
        draw_legend(canvas, frame.legend, document.owners, page, None)
        canvas.showPage()
        page += 1
    times["glance"] += clock() - t
    t = clock()
    for k, tiles in enumerate(plan.pages):
        draw_title_band(canvas, frame.title, heading, plan, tiles[0], scene, page, None)
        for tile in tiles:
            draw_tile(canvas, scene, plan, tile, frame.map, page, None)
        if k == plan.legend_page:
            draw_legend(canvas, frame.legend, document.owners, page, None)
        canvas.showPage()
        page += 1
    times["parts"] += clock() - t
    t = clock()
    canvas.save()
    times["save"] += clock() - t


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="steps of the synthetic map")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from benchmarks import run as bench
    from journeymapper.io import load
    from journeymapper.runtime import collector_relaxed

    with tempfile.TemporaryDirectory(prefix="jm-phases-") as folder:
        path = Path(folder) / "map.jmap"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(args.n),
                        str(path), "--seed", str(args.n)], check=True)
        document = load(path)
        items = bench.plain_items(document)
        base = []
        found = {key: [] for key, _ in PHASES}
        with collector_relaxed():
            run_once(document, Path(folder) / "pages.pdf", {key: 0.0 for key, _ in PHASES})
            for _ in range(args.repeat):
                t = time.thread_time()
                bench.reportlab_baseline(items, Path(folder) / "raw.pdf")
                base.append(time.thread_time() - t)
                times = {key: 0.0 for key, _ in PHASES}
                run_once(document, Path(folder) / "pages.pdf", times)
                for key in found:
                    found[key].append(times[key])
    medians = {key: statistics.median(v) * 1000 for key, v in found.items()}
    total = sum(medians.values())
    print(f"| phase ({args.n:,} steps) | ms CPU | share |")
    print("|---|---:|---:|")
    for key, words in PHASES:
        print(f"| {words} | {medians[key]:,.0f} | {medians[key] / total * 100:.0f} % |")
    print(f"| all | {total:,.0f} | |")
    print(f"| the baseline (for scale) | {statistics.median(base) * 1000:,.0f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
