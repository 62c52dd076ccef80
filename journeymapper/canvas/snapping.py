"""Rounding to the canvas grid (geometry.GRID) and the gaps between new steps."""

from __future__ import annotations

from ..model import geometry as g

STEP_GAP = g.FLOW_GAP  # between a step and the next one Tab adds
ROW_GAP = 24.0         # between rows of steps


def floor(value: float) -> float:
    return value - value % g.GRID


def ceil(value: float) -> float:
    rest = value % g.GRID
    return value if rest == 0 else value - rest + g.GRID


def frange(start: float, stop: float, step: float):
    value = start
    while value <= stop:
        yield value
        value += step
