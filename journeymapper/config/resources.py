"""Where the shipped resources (templates, fonts) are, installed or in a checkout."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources folder: the installed ``journeymapper.resources`` or the checkout's."""
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
