"""What the program is built with, for Help › About: each part's version and licence.

The licences are those of the parts as shipped (Qt under the LGPL through PySide6,
the DejaVu fonts under their own free licence); the versions are read from the
installed packages, so the dialog tells what is really running.
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import qVersion

# (shown name, distribution to ask for the version, licence); None: the version comes otherwise.
PARTS = (
    ("Qt", None, "LGPL-3.0-only"),
    ("PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    ("NetworkX", "networkx", "BSD-3-Clause"),
    ("pydantic", "pydantic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("segno", "segno", "BSD-3-Clause"),
    ("DejaVu Sans", None, "Bitstream Vera Fonts licence, public domain"),
)


def _version(distribution: str | None, name: str) -> str:
    if name == "Qt":
        return qVersion()
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def third_party() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every part the program ships or runs on."""
    return [(name, _version(dist, name), licence) for name, dist, licence in PARTS]
