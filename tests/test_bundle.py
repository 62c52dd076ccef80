"""The one-folder bundle as a user runs it: no Python of theirs, headless commands, æøå names.

Slow (building the bundle takes a minute or two), so it runs only when asked:

    JOURNEYMAPPER_TEST_BUNDLE=1 .venv/bin/python -m pytest -q tests/test_bundle.py

It builds dist/journeymapper with packaging/bundle.sh when that is missing, and
otherwise tests the bundle already there (delete dist/ to test a fresh build).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journeymapper import __version__

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "journeymapper"
PROGRAM = BUNDLE / ("journeymapper.exe" if sys.platform == "win32" else "journeymapper")

pytestmark = pytest.mark.skipif(
    os.environ.get("JOURNEYMAPPER_TEST_BUNDLE") != "1",
    reason="slow: builds and runs the PyInstaller bundle; run it with "
           "JOURNEYMAPPER_TEST_BUNDLE=1 .venv/bin/python -m pytest tests/test_bundle.py")


@pytest.fixture(scope="module")
def program():
    if not PROGRAM.is_file():
        build = subprocess.run(["bash", str(ROOT / "packaging" / "bundle.sh")],
                               capture_output=True, text=True, timeout=1800)
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return PROGRAM


def run(program, *args, cwd, locale="C.UTF-8"):
    """The bundle in a bare environment: no virtual environment, no Python on PATH."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(cwd),
        "LANG": locale,
        "LC_ALL": locale,
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEYMAPPER_CONFIG_DIR": os.environ["JOURNEYMAPPER_CONFIG_DIR"],
        "JOURNEYMAPPER_DATA_DIR": os.environ["JOURNEYMAPPER_DATA_DIR"],
    }
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True,
                          timeout=120, encoding="utf-8", errors="replace")


def test_the_bundle_says_its_version(program, tmp_path):
    result = run(program, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"JourneyMapper {__version__}"


def test_the_bundle_writes_and_checks_a_map_with_a_nordic_name(program, tmp_path):
    """Its templates are inside it, and æøå survive the file name and the map's text,
    also in the C locale of a bare machine."""
    folder = tmp_path / "kunder æøå"
    folder.mkdir()
    made = run(program, "new", "--template", "sample-plumber-no", "-o", "rørlegger.jmap",
               cwd=folder)
    assert made.returncode == 0, made.stderr
    for locale in ("C.UTF-8", "C"):
        checked = run(program, "check", "rørlegger.jmap", cwd=folder, locale=locale)
        assert checked.returncode == 0, checked.stderr
        assert "rørlegger.jmap: OK — Rørleggeren: forventningsreisen" in checked.stdout
        assert "journey owner:   Daglig leder" in checked.stdout


def test_the_bundle_refuses_a_broken_map_by_name(program, tmp_path):
    (tmp_path / "ødelagt.jmap").write_text("{ not a map", encoding="utf-8")
    result = run(program, "check", "ødelagt.jmap", cwd=tmp_path)
    assert result.returncode == 1
    assert "ødelagt.jmap" in result.stderr


def test_the_bundle_exports_a_template_to_a_real_pdf(program, tmp_path):
    from pypdf import PdfReader

    template = ROOT / "resources" / "templates" / "sample-airline.jmap"
    target = tmp_path / "flyreisen æøå.pdf"
    result = run(program, "export", str(template), "-o", target.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(target)
    assert len(reader.pages) >= 1
    assert "Airline" in reader.pages[0].extract_text()
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    # The shipped DejaVu fonts travel in the bundle, so æøå print the same everywhere.
    assert any("DejaVuSans" in name for name in fonts), fonts


def test_the_bundle_carries_the_translations(program):
    """The program's Norwegian catalogue, and every catalogue Qt has for its own dialogs'
    buttons (the spec leaves out only those of Qt modules the program does not use)."""
    from PySide6.QtCore import QLibraryInfo

    inside = {path.name for path in BUNDLE.rglob("*.qm")}
    assert "journeymapper_nb.qm" in inside
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = {path.name for path in qt_folder.glob("qtbase_*.qm")}
    assert qtbase and qtbase <= inside
