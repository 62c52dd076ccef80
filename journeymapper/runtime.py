"""The process-wide settings bulk work changes, in one place and with the reason.

Python's cycle collector runs after every so many new objects and then walks every
object of the program. Opening a map, building its scene, analysing it and writing
its PDF each make a great many small objects that all stay alive, so a collection
finds almost nothing and costs a quarter to a third of the work at 10,000 steps
(measured: benchmarks/README.md). These pauses are counted, so they nest and may be
taken in two threads at once (the panels' worker analyses while the window opens a
map): the collector is back as it was when the last pause ends.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


def pause_collector() -> None:
    """Stop cyclic collection until the matching :func:`resume_collector`."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume_collector() -> None:
    global _pauses
    with _lock:
        _pauses = max(0, _pauses - 1)
        if _pauses == 0 and _was_enabled:
            gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection for the duration of the block (its garbage waits till after)."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector()


@contextmanager
def collector_relaxed() -> Iterator[None]:
    """Fewer collections, and none over what existed before the block.

    For work that does make cyclic garbage as it goes (the PDF: reportlab's flowables),
    so the collector cannot stay off: ``gc.freeze`` sets the rest of the program aside
    and a higher threshold collects the block's own objects less often. Both are put
    back afterwards.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
