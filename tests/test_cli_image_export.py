"""``journeymapper export MAP -o MAP.png|MAP.svg``: the window's picture from a script."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from journeymapper.cli import main
from journeymapper.io import save
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]


def _map(tmp_path, name="sample-airline", file="reise.jmap"):
    source = tmp_path / file
    save(find_template(name).open(), source, keep_backup=False)
    return source


def test_png_at_a_scale_and_in_large_print(qapp, tmp_path, capsys):
    source = _map(tmp_path)
    plain, sharp, large = tmp_path / "a.png", tmp_path / "b.png", tmp_path / "c.png"
    assert main(["export", str(source), "-o", str(plain)]) == 0
    assert main(["export", str(source), "-o", str(sharp), "--scale", "200"]) == 0
    assert main(["export", str(source), "-o", str(large), "--large-print"]) == 0
    a, b, c = QImage(str(plain)), QImage(str(sharp)), QImage(str(large))
    assert not a.isNull() and a.width() > 1000
    assert abs(b.width() - 2 * a.width()) <= 2 and abs(b.height() - 2 * a.height()) <= 2
    assert (c.width(), c.height()) != (a.width(), a.height()) or c != a  # large print differs
    assert f"{b.width()} × {b.height()}" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "b.png", "c.png",
                                                          "reise.jmap"]


def test_svg_is_titled_vector_text(qapp, tmp_path):
    source = _map(tmp_path, "sample-plumber-no", "rørlegger.jmap")
    out = tmp_path / "kart.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == "Rørleggeren: forventningsreisen"
    texts = "".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "ø" in texts or "å" in texts or "æ" in texts


def test_bad_requests_are_refused_in_plain_words(qapp, tmp_path, capsys):
    source = _map(tmp_path)
    before = source.read_bytes()
    cases = [
        (["-o", str(tmp_path / "a.png"), "--scale", "50"], "from 100 to 400"),
        (["-o", str(tmp_path / "a.png"), "--scale", "401"], "from 100 to 400"),
        (["-o", str(tmp_path / "a.jpg")], ".png or an .svg"),
        (["-o", str(tmp_path / "a.svg"), "--scale", "200"], "Leave out --scale"),
        (["-o", str(tmp_path / "a.pdf"), "--large-print"], "are for pictures"),
        (["-o", str(source.with_suffix(".png")), "--scale", "200"], None),  # fine
    ]
    for extra, words in cases:
        code = main(["export", str(source), *extra])
        err = capsys.readouterr().err
        if words is None:
            assert code == 0, err
        else:
            assert code == 1 and words in err, err
    # the map itself, reached through a link named .png, is never drawn over
    link = tmp_path / "kart.png"
    link.symlink_to(source)
    assert main(["export", str(source), "-o", str(link)]) == 1
    assert "destroy" in capsys.readouterr().err
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kart.png", "reise.jmap", "reise.png"]


def test_without_a_display_it_draws_offscreen_instead_of_aborting(tmp_path):
    source = _map(tmp_path)
    out = tmp_path / "kart.png"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run([sys.executable, "-m", "journeymapper", "export", str(source),
                           "-o", str(out)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert not QImage(str(out)).isNull()
