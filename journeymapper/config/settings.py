"""The user's settings and recent-files list: one small JSON file in the config folder.

Qt-free, so the same settings can be read by the command line. Every write
re-reads the file first (two windows, or two running copies of the program,
each change only their own keys) and replaces it atomically, so a crash never
leaves a half-written settings file. A file that cannot be read is set aside
as ``settings.json.broken`` and the program starts from the defaults.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable

from ..io.atomic import atomic_write
from ..words import LANGUAGE_CODES
from . import paths

SETTINGS_FILE = "settings.json"
MAX_RECENT = 10


def settings_path() -> Path:
    return paths.config_dir(create=False) / SETTINGS_FILE  # a write makes the folder


class Settings:
    """Key/value settings kept as JSON; values must be JSON-serialisable."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path else settings_path()

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError:
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict):
            try:  # keep what was there for a curious user; start afresh
                os.replace(self.path, self.path.with_name(self.path.name + ".broken"))
            except OSError:
                pass
            return {}
        return data

    def _write(self, data: dict[str, Any]) -> bool:
        """Best effort: a settings file that cannot be written must not stop the work."""
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, text.encode("utf-8"), keep_backup=False)
        except OSError:
            return False
        return True

    def get(self, key: str, default: Any = None) -> Any:
        return self._read().get(key, default)

    def set(self, key: str, value: Any) -> bool:
        """Store ``value``; False if the settings file could not be written."""
        data = self._read()
        if data.get(key, object()) == value:
            return True
        data[key] = value
        return self._write(data)

    def remove(self, key: str) -> bool:
        data = self._read()
        if key not in data:
            return True
        del data[key]
        return self._write(data)


class RecentFiles:
    """The most recently opened or saved maps, newest first, without duplicates.

    Files that no longer exist are pruned whenever the list is read, so the
    Open Recent menu never offers a dead entry.
    """

    KEY = "recent_files"

    def __init__(self, settings: Settings | None = None, limit: int = MAX_RECENT) -> None:
        self.settings = settings or Settings()
        self.limit = limit

    @staticmethod
    def _normal(path: str | os.PathLike) -> str:
        return str(Path(path).expanduser().resolve())

    def _stored(self) -> list[str]:
        value = self.settings.get(self.KEY, [])
        if not isinstance(value, list):
            return []
        return [p for p in value if isinstance(p, str) and p]

    def paths(self) -> list[Path]:
        stored = self._stored()
        alive = [p for p in stored if Path(p).is_file()]
        if alive != stored:
            self.settings.set(self.KEY, alive)
        return [Path(p) for p in alive]

    def add(self, path: str | os.PathLike) -> None:
        path = self._normal(path)
        entries = [path] + [p for p in self._stored() if p != path]
        self.settings.set(self.KEY, entries[: self.limit])

    def remove(self, path: str | os.PathLike) -> None:
        path = self._normal(path)
        self.settings.set(self.KEY, [p for p in self._stored() if p != path])

    def clear(self) -> None:
        self.settings.set(self.KEY, [])

    def replace(self, paths_: Iterable[str | os.PathLike]) -> None:
        self.settings.set(self.KEY, [self._normal(p) for p in paths_][: self.limit])


# --- the interface language (View › Language) ------------------------------------------

LANGUAGE_KEY = "language"
SYSTEM_LANGUAGE = "system"  # follow the desktop's language (the default)


def language_choice(settings: Settings | None = None) -> str:
    """The language the user chose in View › Language: a shipped language code
    (``journeymapper.words.LANGUAGE_CODES``) or ``SYSTEM_LANGUAGE``. A value this
    version does not ship (a newer version's language, a typo) counts as the system's."""
    value = (settings or Settings()).get(LANGUAGE_KEY, SYSTEM_LANGUAGE)
    return value if value in LANGUAGE_CODES else SYSTEM_LANGUAGE


def set_language_choice(choice: str, settings: Settings | None = None) -> bool:
    """Remember ``choice`` (a language code or ``SYSTEM_LANGUAGE``) for the next start."""
    if choice != SYSTEM_LANGUAGE and choice not in LANGUAGE_CODES:
        raise ValueError(f"not a language JourneyMapper ships: {choice!r}")
    settings = settings or Settings()
    return settings.remove(LANGUAGE_KEY) if choice == SYSTEM_LANGUAGE \
        else settings.set(LANGUAGE_KEY, choice)
