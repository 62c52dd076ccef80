"""A newcomer's first minutes: set-up that tells the truth, a display that is missing said
plainly, one version everywhere, and a help text that lists every way to start."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What `ldconfig -p` lists on Debian 13 with Qt's libraries installed: the glib package is
# called libglib2.0-0t64 there, and dpkg calls libglib2.0-0 missing. The library is there.
TRIXIE_LIBS = """\
	libEGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libEGL.so.1
	libGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1
	libfontconfig.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libfontconfig.so.1
	libxkbcommon.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxkbcommon.so.0
	libglib-2.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libglib-2.0.so.0
	libdbus-1.so.3 (libc6,x86-64) => /lib/x86_64-linux-gnu/libdbus-1.so.3
"""


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def machine(tmp_path):
    """A stand-in machine: its ldconfig lists the libraries given, and apt-get records calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "apt-calls"

    def check(libraries: str, uid: int = 1000) -> str:
        (tmp_path / "libs").write_text(libraries, encoding="utf-8")
        _stub(bin_dir, "ldconfig", f"cat '{tmp_path / 'libs'}'")
        _stub(bin_dir, "id", f"echo {uid}")
        _stub(bin_dir, "apt-get", f"echo \"$@\" >> '{calls}'")
        env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path),
               "PYTHON": sys.executable}
        done = subprocess.run(["bash", str(ROOT / "packaging" / "bootstrap.sh"), "--check"],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    check.apt_calls = calls
    return check


@pytest.mark.skipif(sys.platform != "linux", reason="the set-up script is for Debian and Ubuntu")
def test_renamed_packages_of_debian_13_count_as_installed_when_their_libraries_are_there(machine):
    assert machine(TRIXIE_LIBS) == "nothing missing"
    assert not machine.apt_calls.exists()  # a check installs nothing


@pytest.mark.skipif(sys.platform != "linux", reason="the set-up script is for Debian and Ubuntu")
def test_a_missing_library_is_named_by_a_package_that_apt_installs(machine):
    without_glib = "".join(line + "\n" for line in TRIXIE_LIBS.splitlines()
                           if "glib" not in line)
    assert machine(without_glib) == "missing: libglib2.0-0"


@pytest.mark.skipif(sys.platform != "linux", reason="the set-up script is for Debian and Ubuntu")
def test_a_second_set_up_installs_nothing_and_says_nothing():
    """The suite runs after the set-up did its work: doing it again is silent and quick."""
    stamp = ROOT / ".venv" / ".journeymapper-installed"
    if not stamp.exists():
        pytest.skip("runs inside the set-up's own .venv")
    # The set-up's own record of what it installed: pyproject.toml and the Python version.
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()
                          + (sys.version + "\n").encode()).hexdigest()
    if stamp.read_text().strip() != want:
        pytest.skip("pyproject.toml changed since the set-up ran: it would reinstall mid-run")
    done = subprocess.run(["bash", "-c", f"source '{ROOT}/packaging/bootstrap.sh'"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "" and done.stderr == ""


def test_without_a_display_the_program_says_so_and_what_to_do():
    from journeymapper.app.launch import display_problem

    bare = {"PATH": "/usr/bin"}
    problem = display_problem([], bare, "linux")
    assert "no display" in problem and "QT_QPA_PLATFORM=offscreen" in problem
    assert display_problem([], {**bare, "DISPLAY": ":0"}, "linux") is None
    assert display_problem([], {**bare, "WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem([], {**bare, "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem(["-platform", "offscreen"], bare, "linux") is None
    assert display_problem([], {**bare, "QT_QPA_PLATFORM": "xcb"}, "linux") == problem
    assert display_problem([], bare, "win32") is None


def test_starting_the_window_without_a_display_ends_in_one_line_and_exit_1(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-m", "journeymapper"], capture_output=True,
                          text=True, env=env, timeout=120, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert "no display" in line and "xcb-cursor" not in line


def test_the_version_is_the_installed_packages_everywhere(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journeymapper import __version__
    from journeymapper.app import windows

    assert __version__ == metadata.version("journeymapper")
    done = subprocess.run([sys.executable, "-m", "journeymapper", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"JourneyMapper {__version__}"

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = windows.new_from_template("empty-three-stages")
    window.show_about()
    [text] = shown
    assert f"JourneyMapper {__version__}" in text
    # What it is built with, and under which licences: Qt, the libraries, the fonts.
    for part in ("Qt", "PySide6", "NetworkX", "pydantic", "ReportLab", "platformdirs",
                 "DejaVu Sans", "LGPL-3.0-only", metadata.version("reportlab")):
        assert part in text


def test_help_lists_every_way_to_start_including_a_map_file():
    done = subprocess.run([sys.executable, "-m", "journeymapper", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for form in ("journeymapper [FILE.jmap ...]", "journeymapper templates",
                 "journeymapper new", "journeymapper check", "journeymapper export",
                 "journeymapper --version"):
        assert form in done.stdout
