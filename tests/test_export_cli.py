"""``journeymapper export`` run as a user runs it: in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from journeymapper.io import save
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "journeymapper", "export", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)


def test_export_writes_a_pdf(tmp_path):
    source = tmp_path / "rørlegger.jmap"
    save(find_template("sample-plumber-no").open(), source, keep_backup=False)
    out = tmp_path / "ut" / "kart.pdf"
    out.parent.mkdir()
    done = run(str(source), "-o", str(out), "--paper", "A3", "--orientation", "portrait",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "kart.pdf" in done.stdout
    reader = PdfReader(out)
    assert reader.metadata.title == "Rørleggeren: forventningsreisen"
    assert round(float(reader.pages[0].mediabox.height)) == 1191
    assert [p.name for p in out.parent.iterdir()] == ["kart.pdf"], "no temporary files left"


def test_a_bad_file_gives_a_clear_message_and_no_pdf(tmp_path):
    bad = tmp_path / "broken.jmap"
    bad.write_text('{"format": "journeymapper", "version": 1, "stages": [', encoding="utf-8")
    out = tmp_path / "broken.pdf"
    done = run(str(bad), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 1
    assert "broken.jmap" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.jmap"]


def test_a_missing_file_and_an_unwritable_folder(tmp_path):
    done = run(str(tmp_path / "nowhere.jmap"), "-o", str(tmp_path / "x.pdf"), cwd=tmp_path)
    assert done.returncode == 1 and "nowhere.jmap" in done.stderr
    source = tmp_path / "kart.jmap"
    save(find_template("empty-three-stages").open(), source, keep_backup=False)
    done = run(str(source), "-o", str(tmp_path / "no" / "such" / "folder" / "x.pdf"),
               cwd=tmp_path)
    assert done.returncode == 1 and "Cannot write" in done.stderr
    assert "Traceback" not in done.stderr
