"""Where the shipped resources (templates, fonts, icons) are: installed, bundled or in a checkout."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

# The program's one name towards the desktop: the desktop entry, the icon, the AppStream
# metainfo and Qt's desktop file name all use it, so the window finds its entry and icon.
APP_ID = "io.github.journeymapper.JourneyMapper"
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources folder: the bundle's, the installed ``journeymapper.resources``
    or the checkout's."""
    bundled = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundled:
        # A PyInstaller bundle has no installed package to ask: its spec puts the
        # resources beside the frozen modules, where the package would have been.
        return Path(bundled) / "journeymapper" / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    try:
        spec = importlib.util.find_spec("journeymapper.resources")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "templates").is_dir():
                return Path(location)
    return checkout


def templates_dir() -> Path:
    return resources_dir() / "templates"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_file(name: str) -> Path:
    return fonts_dir() / name


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon_svg() -> Path:
    """The icon's one drawing; the PNGs are rendered from it by packaging/make_icons.py."""
    return icons_dir() / f"{APP_ID}.svg"


def app_icon_png(size: int) -> Path:
    return icons_dir() / f"{APP_ID}-{size}.png"
