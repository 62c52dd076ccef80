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


def test_exporting_over_the_map_itself_is_refused_and_the_map_kept(tmp_path):
    source = tmp_path / "kart.jmap"
    save(find_template("empty-three-stages").open(), source, keep_backup=False)
    before = source.read_bytes()
    (tmp_path / "lenke.pdf").symlink_to(source)
    for output in ("kart.jmap", str(source), "./ut/../kart.jmap", "lenke.pdf"):
        if output.startswith("./ut"):
            (tmp_path / "ut").mkdir(exist_ok=True)
        done = run(str(source), "-o", output, cwd=tmp_path)
        assert done.returncode == 1, output
        assert "would destroy it" in done.stderr and "Traceback" not in done.stderr
        assert Path(output).name in done.stderr
        assert source.read_bytes() == before, output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kart.jmap", "lenke.pdf", "ut"]


def test_exporting_over_another_map_is_refused(tmp_path):
    source = tmp_path / "kart.jmap"
    other = tmp_path / "anna.jmap"
    renamed = tmp_path / "gammel.kopi"        # a map under another name is still a map
    for path in (source, other, renamed):
        save(find_template("empty-three-stages").open(), path, keep_backup=False)
    for target in (other, renamed, tmp_path / "ny.jmap"):
        before = target.read_bytes() if target.exists() else None
        done = run(str(source), "-o", str(target), cwd=tmp_path)
        assert done.returncode == 1
        assert f"“{target}” is a journey map" in done.stderr
        assert (target.read_bytes() if target.exists() else None) == before


def test_an_empty_output_is_explained_and_a_bare_name_becomes_a_pdf(tmp_path):
    source = tmp_path / "kart.jmap"
    save(find_template("empty-three-stages").open(), source, keep_backup=False)
    done = run(str(source), "-o", "", cwd=tmp_path)
    assert done.returncode == 1 and "No output file given" in done.stderr
    done = run(str(source), "-o", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 1 and "is a folder" in done.stderr
    done = run(str(source), "-o", "rapport", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rapport.pdf" in done.stdout
    assert PdfReader(tmp_path / "rapport.pdf").pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kart.jmap", "rapport.pdf"]
