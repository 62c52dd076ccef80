"""The round's address as a QR code, as a grid of dark and light modules (no drawing).

``segno`` makes the code (pure Python, no dependencies, well kept); the window draws
the grid with Qt, as large as the room needs, so there is no image file in between.
"""

from __future__ import annotations

import segno

QUIET_ZONE = 4  # light modules around the code, as the standard asks: scanners need them


def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``text`` (medium error correction: a projector's glare and a bit of
    keystone still scan), one row of modules per row, True for dark; without the quiet
    zone, which the drawing leaves around it."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)
