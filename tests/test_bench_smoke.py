"""The benchmark script runs and prints its table; the synthetic maps are what they claim.

No timing is asserted here (timing belongs in benchmarks/README.md): only that
``benchmarks/run.py`` works end to end, and that ``make_map`` is deterministic,
overlap-free and as varied as the benchmark says.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

from journeymapper import io
from journeymapper.model import Crossroads, EdgeKind, NodeKind
from journeymapper.model.geometry import GridLayout

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks.synthetic import make_map  # noqa: E402


def test_the_same_seed_gives_the_same_bytes_and_another_seed_another_map():
    assert io.dumps(make_map(300, seed=5)) == io.dumps(make_map(300, seed=5))
    assert io.dumps(make_map(300, seed=5)) != io.dumps(make_map(300, seed=6))


def test_a_synthetic_map_has_every_kind_of_thing_and_survives_a_save():
    doc = make_map(500, seed=1)
    kinds = Counter(n.kind for n in doc.nodes())
    assert doc.node_count() == 500
    assert all(kinds[k] > 0 for k in NodeKind)
    # Crossroads fork: most have a good and a bad branch.
    forks = [n for n in doc.nodes() if isinstance(n, Crossroads)]
    assert sum(len(doc.out_edges(c.id)) >= 2 for c in forks) > len(forks) / 2
    assert {e.kind for e in doc.edges()} == {EdgeKind.FLOW, EdgeKind.BRANCH}
    # Arrows from one micro-journey into another.
    assert any(doc.node(e.source).journey_id != doc.node(e.target).journey_id
               for e in doc.edges())
    owned = [n for n in doc.nodes() if getattr(n, "owner_id", None)]
    assert len({n.owner_id for n in owned}) == len(doc.owners) >= 4
    text = io.dumps(doc).decode("utf-8")
    assert all(ch in text for ch in "æøå")
    assert io.dumps(io.loads(io.dumps(doc))) == io.dumps(doc)


def test_nothing_overlaps_and_the_grid_grows_with_n():
    doc = make_map(400, seed=2)
    grid = GridLayout.of(doc)
    rects = [grid.node_rect(n) for n in doc.nodes()]
    for a, b in combinations(rects, 2):
        assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    for node in doc.nodes():  # inside its own cell
        r, cell = grid.node_rect(node), grid.cell(node.stage_id, node.journey_id)
        assert cell.x <= r.x and r.right <= cell.right and cell.y <= r.y and r.bottom <= cell.bottom
    big = make_map(4000, seed=2)
    assert len(big.stages) * len(big.journeys) > len(doc.stages) * len(doc.journeys)


def test_the_benchmark_script_prints_its_table():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JM_BENCH_SETTLE="0.3")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--sizes", "50",
                             "--repeat", "1"], capture_output=True, text=True, env=env,
                            timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "| N | operation | JourneyMapper (ms) | baseline (ms) | ratio |" in out
    for operation in ("open: load .jmap into the model", "save", "peak memory"):
        assert f"| 50 | {operation}" in out, out
    # Every section either measured something or says it is not there yet.
    for section in ("build the scene", "repaint", "edit", "analysis", "PDF",
                    "window: longest freeze after an edit"):
        assert section in out, out


def test_the_map_pages_row_draws_the_pages_the_export_prints(tmp_path):
    """The PDF row times the export's own map pages: as many, with the same words."""
    from pypdf import PdfReader

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import run
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from journeymapper.export.pdf import build_pdf

    doc = make_map(300, seed=4)
    count = run.map_pages_only(doc, tmp_path / "pages.pdf")
    result = build_pdf(doc, "A3", "landscape")
    assert count == len(result.map_pages) > 1
    timed = PdfReader(tmp_path / "pages.pdf")
    assert len(timed.pages) == count
    printed = PdfReader(__import__("io").BytesIO(result.data))
    for index in (1, -1):  # the same parts on a page of parts and on the last one
        ours = printed.pages[result.map_pages[index] - 1].extract_text()
        theirs = timed.pages[index].extract_text()
        labels = [n.label for n in doc.nodes() if n.label.split()[0] in ours]
        assert labels and all(n.split()[0] in theirs for n in labels)
