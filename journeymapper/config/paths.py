"""Per-user folders (platformdirs), overridable for tests and portable installs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "JourneyMapper"
APP_AUTHOR = "JourneyMapper"


def config_dir(create: bool = True) -> Path:
    """Settings and the recent-files list. ``JOURNEYMAPPER_CONFIG_DIR`` overrides it.

    ``create=False`` only names it: a command that merely reads a setting (which
    language to speak) leaves no folder behind on a machine that never ran the window.
    """
    override = os.environ.get("JOURNEYMAPPER_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Autosaves and recovery. ``JOURNEYMAPPER_DATA_DIR`` overrides it."""
    override = os.environ.get("JOURNEYMAPPER_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path
