"""Rounding to the canvas grid (geometry.GRID) and the gaps between new steps.

The rules are the document's editing rules (:mod:`journeymapper.model.editing`); the
canvas uses the same numbers when it places a step by hand.
"""

from __future__ import annotations

from ..model.editing import ROW_GAP, STEP_GAP, ceil, floor  # noqa: F401 - the canvas's names


def frange(start: float, stop: float, step: float):
    value = start
    while value <= stop:
        yield value
        value += step
