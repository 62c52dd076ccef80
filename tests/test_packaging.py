"""The package as a user installs it: the Qt pin and the resources inside the wheel."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_qt_calls_that_return_nothing_do_not_leak_none():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per such call and the
    process dies after ~5,000 (none_dealloc); pyproject pins it below 6.12."""
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem

    QApplication.instance() or QApplication([])
    item = QGraphicsRectItem(0, 0, 10, 10)
    item.setPos(0, 0)
    before = sys.getrefcount(None)
    for i in range(10_000):
        item.setPos(i, i)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None lost {before - after} references"


@pytest.mark.skipif(sys.platform == "win32", reason="builds with the POSIX toolchain")
def test_the_wheel_carries_templates_and_fonts(tmp_path):
    # Built from a clean copy: setuptools reuses the clone's build/lib, where files an
    # earlier build put would hide one that pyproject.toml no longer ships.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache*"))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
         str(source)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("journeymapper-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "journeymapper/resources/templates/sample-airline.jmap" in names
    assert "journeymapper/resources/fonts/DejaVuSans.ttf" in names
    assert "journeymapper/resources/fonts/LICENSE-DejaVu.txt" in names
    # The window icon is loaded from these files; without them the program has none.
    assert "journeymapper/resources/icons/io.github.journeymapper.JourneyMapper-64.png" in names
    assert "journeymapper/model/document.py" in names
