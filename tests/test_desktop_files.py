"""The program as the Linux desktop knows it: one icon drawing, one app id, the .jmap type.

Checks the shipped files with the desktop's own validators where the machine has them
(desktop-file-utils, appstream), and installs them into a throw-away data folder with
packaging/install-desktop.sh to ask the mime database what a map is.
"""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from journeymapper.io.resources import (
    APP_ICON_SIZES,
    APP_ID,
    app_icon_png,
    app_icon_svg,
)
from journeymapper.io import dumps
from journeymapper.io.jmap import FILE_SUFFIX
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-journeymapper"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the freedesktop integration is for Linux desktops")


def _needs(tool):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed on this machine")


def _entry(text):
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def _rgba(image: QImage) -> bytes:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(image.constBits())[: image.sizeInBytes()]


def _largest_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return max(abs(x - y) for x, y in zip(_rgba(a), _rgba(b)))


def _render_svg(size):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    return make_icons.render(size)


# -- one icon ---------------------------------------------------------------------------

def test_the_window_icon_is_the_shipped_icon(qapp):
    """The window shows the icon the desktop entry names: at 64 px the window icon is
    the shipped 64 px PNG."""
    from journeymapper.app.icons import app_icon

    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(APP_ICON_SIZES)
    shown = icon.pixmap(64, 64).toImage()
    assert _largest_difference(shown, QImage(str(app_icon_png(64)))) <= 2


def test_every_shipped_png_is_the_svg_drawing(qapp):
    """The PNGs are rendered from the one SVG drawing (packaging/make_icons.py): an edit
    to the SVG without running it again shows here."""
    for size in APP_ICON_SIZES:
        shipped = QImage(str(app_icon_png(size)))
        assert not shipped.isNull(), app_icon_png(size)
        assert (shipped.width(), shipped.height()) == (size, size)
        assert _largest_difference(shipped, _render_svg(size)) <= 8, size


# -- one id and one type across the files ---------------------------------------------------

def test_the_files_name_one_app_and_one_file_type():
    entry = _entry(DESKTOP.read_text(encoding="utf-8"))
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Exec"].endswith(" %F")
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}icon").get("name") == APP_ID
    assert app_icon_svg().is_file()


def test_the_mime_type_knows_the_files_the_program_writes():
    """The glob is the program's suffix, and the magic finds the format marker where
    the program writes it, in a saved map with Nordic text."""
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime.find(f"{MIME_NS}glob").get("pattern") == f"*{FILE_SUFFIX}"
    match = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    start, end = (int(n) for n in match.get("offset").split(":"))
    written = dumps(find_template("sample-plumber-no").open())
    assert match.get("value").encode() in written[start:end + len(match.get("value"))]


@linux_only
def test_the_desktop_entry_validates():
    _needs("desktop-file-validate")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@linux_only
def test_the_appstream_metainfo_validates():
    _needs("appstreamcli")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- install-desktop.sh ---------------------------------------------------------------------

def _desktop_env(tmp_path):
    """A throw-away user data folder, over the system's (for the parent type, JSON)."""
    return dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"),
                XDG_DATA_DIRS="/usr/local/share:/usr/share")


def _install(tmp_path, *args):
    return subprocess.run(["bash", str(ROOT / "packaging" / "install-desktop.sh"), "--user",
                           *args], capture_output=True, text=True, env=_desktop_env(tmp_path),
                          timeout=120)


def _content_type(path, tmp_path):
    result = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)],
                            capture_output=True, text=True, env=_desktop_env(tmp_path),
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("standard::content-type:")[1].split()[0]


@pytest.fixture
def launcher(tmp_path):
    """A stand-in program in a folder whose name needs quoting in Exec."""
    folder = tmp_path / "mine programmer æøå"
    folder.mkdir()
    program = folder / "journeymapper"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


@linux_only
def test_install_puts_entry_icons_type_and_metainfo_in_the_users_data_folder(tmp_path,
                                                                             launcher):
    result = _install(tmp_path, "--launcher", str(launcher))
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    installed = share / "applications" / DESKTOP.name
    entry = _entry(installed.read_text(encoding="utf-8"))
    assert entry["Exec"] == f'"{launcher}" %F'
    assert entry["TryExec"] == str(launcher)
    for size in APP_ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes() == app_icon_png(size).read_bytes()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime/packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                               text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}:*.jmap" in globs


@linux_only
def test_the_installed_type_names_maps_by_suffix_and_by_content(tmp_path, launcher):
    """After installing, the file manager knows a map, even renamed without .jmap, and
    opens it with JourneyMapper; after --uninstall it no longer does."""
    _needs("gio")
    _needs("update-mime-database")
    template = find_template("sample-dentist").path
    named = tmp_path / "tannlege æøå.jmap"
    renamed = tmp_path / "tannlege uten endelse"
    shutil.copy(template, named)
    shutil.copy(template, renamed)
    assert _install(tmp_path, "--launcher", str(launcher)).returncode == 0
    assert _content_type(named, tmp_path) == MIME_TYPE
    assert _content_type(renamed, tmp_path) == MIME_TYPE
    if shutil.which("update-desktop-database"):
        handlers = subprocess.run(["gio", "mime", MIME_TYPE], capture_output=True, text=True,
                                  env=_desktop_env(tmp_path), timeout=60).stdout
        assert DESKTOP.name in handlers

    removed = _install(tmp_path, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not [p for p in (tmp_path / "share").rglob("*") if APP_ID in p.name]
    assert _content_type(named, tmp_path) != MIME_TYPE


@linux_only
def test_install_starts_the_bundle_if_built_else_the_clones_venv(tmp_path):
    bundle = ROOT / "dist" / "journeymapper" / "journeymapper"
    venv = ROOT / ".venv" / "bin" / "journeymapper"
    expected = bundle if bundle.is_file() else venv
    if not expected.is_file():
        pytest.skip("neither the bundle nor .venv/bin/journeymapper is there")
    assert _install(tmp_path).returncode == 0
    entry = _entry((tmp_path / "share/applications" / DESKTOP.name).read_text(encoding="utf-8"))
    assert entry["TryExec"] == str(expected)


@linux_only
def test_install_refuses_a_launcher_that_is_not_there(tmp_path):
    result = _install(tmp_path, "--launcher", str(tmp_path / "nowhere" / "journeymapper"))
    assert result.returncode == 1
    assert "nowhere/journeymapper" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()
