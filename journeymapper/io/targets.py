"""Where an export may not be written: over the map it comes from, or over any map.

A PDF or picture written over a ``.jmap`` file destroys the map (the export
keeps no backup), so both the command line and the window ask here first. The
answer is a reason code; each side words it in its own language.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .jmap import FILE_SUFFIX, FORMAT_NAME

SAME_FILE = "same-file"  # the output is the map being exported (maybe through a link)
A_MAP = "a-map"  # the output is named .jmap, or already holds a journey map

_MAP_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"'
                        + re.escape(FORMAT_NAME.encode("ascii")) + rb'"')


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """The same file on disk, however spelled (links, ``..``, case on Windows)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def holds_a_map(path: str | os.PathLike) -> bool:
    """The file starts as a journey map does, whatever its name."""
    try:
        with open(path, "rb") as fh:
            return bool(_MAP_START.match(fh.read(256)))
    except OSError:
        return False


def export_refusal(output: str | os.PathLike, source: str | os.PathLike | None = None
                   ) -> str | None:
    """Why an export must not be written to ``output`` (``SAME_FILE``, ``A_MAP``), or None.

    ``source`` is the map being exported. Links are followed: a ``kart.pdf``
    that links to a map is that map.
    """
    output = Path(output)
    if source is not None and os.path.exists(output) and same_file(output, source):
        return SAME_FILE
    final = Path(os.path.realpath(output))
    if any(p.name.lower().endswith(FILE_SUFFIX) for p in (output, final)):
        return A_MAP
    return A_MAP if os.path.isfile(final) and holds_a_map(final) else None
