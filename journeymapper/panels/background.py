"""Slow questions about a big map, answered beside the window so editing never waits.

The analysis of a 10,000-step map is about a second of pure Python. Run in the
window's thread after each pause in editing, it froze the window that long, every
time. A :class:`BackgroundJob` runs it on one worker thread instead, and the panel
keeps its last answer on screen until the new one is ready.

The worker reads a snapshot of the document (:meth:`JourneyDocument.snapshot`: the
elements are immutable, so it shares them), never the live map the user goes on
editing. The job remembers which version of the map it answers for; an answer about
an older version is thrown away and the panel is asked to try again. The window's
thread picks the answer up by polling: no Qt object is touched from the worker, so a
panel closed meanwhile simply never looks.

While jobs run, two settings of the whole process change, both set and restored in the
window's thread: the interpreter switches threads more often (see SWITCH_INTERVAL), and
Python's cycle collector is off. The collector runs in whichever thread happens to
allocate; run in the worker, it could finalize Qt objects of the window there (which Qt
forbids), and it held the interpreter 30–350 ms anyway. It runs again in the window's
thread once the worker is idle.
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..model import JourneyDocument
from ..runtime import pause_collector, resume_collector

# While a job runs, a thread waiting for the interpreter asks the worker for it after
# this long (seconds). The window's thread asks very often: for every Python paint of a
# step, every Python model's data(), and every virtual call on an item made in Python
# (PySide checks it for a Python override). With Python's 5 ms a zoomed frame took
# 15 → 60 ms; with 0.5 ms, filling the ownership matrix beside an analysis still froze
# the window ~0.8 s at 10,000 steps. It costs the worker nothing while the window is idle
# (a 10,000-step analysis: 679 ms at 5 ms, 671 ms at 20 µs).
SWITCH_INTERVAL = 0.00002
POLL_MS = 20
# A panel whose last refresh took this long (CPU ms), or a map of this many steps before
# the first, does its work on the worker; small maps stay as they were (at once).
BACKGROUND_MS = 40
BACKGROUND_STEPS = 1000

_executor: ThreadPoolExecutor | None = None
# The jobs of every panel not yet ended (read and changed in the window's thread only),
# and what the process-wide settings were before the first of them.
_outstanding: set[Future] = set()
_interval_before: float | None = None
_reaper: QTimer | None = None


def _worker() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1,
                                       thread_name_prefix="journeymapper-analysis")
    return _executor


def worth_a_worker(last_ms: float | None, document) -> bool:
    """Whether a panel's work on this map goes to the worker: its last run took
    :data:`BACKGROUND_MS` or more, or (before the first) the map is big."""
    if last_ms is not None:
        return last_ms >= BACKGROUND_MS
    return document.node_count() >= BACKGROUND_STEPS


def _timed(fn: Callable, args: tuple) -> tuple[object, float]:
    started = time.thread_time()
    result = fn(*args)
    return result, (time.thread_time() - started) * 1000


class BackgroundJob(QObject):
    """One computation at a time on the worker. When it ends, in the window's thread:
    ``done(result, cpu_ms)``; or ``again()`` if the map changed meanwhile; or
    ``failed(error)`` if it failed on a map that did not change (a real error)."""

    def __init__(self, parent: QObject, done: Callable[[object, float], None],
                 again: Callable[[], None], failed: Callable[[BaseException], None],
                 version: Callable[[], object]) -> None:
        super().__init__(parent)
        self._done, self._again, self._failed = done, again, failed
        self._version = version  # which map, at which version: equal values, same answer
        self._future: Future | None = None
        self._version_at_start: object = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self, fn: Callable, *args) -> None:
        """Run ``fn(*args)`` on the worker, a document among the arguments replaced by
        its snapshot. A job of this one still running is forgotten: it finishes on
        its own and its answer is dropped."""
        self.cancel()
        self._version_at_start = self._version()
        args = tuple(arg.snapshot() if isinstance(arg, JourneyDocument) else arg for arg in args)
        _settle_for_jobs()
        self._future = _worker().submit(_timed, fn, args)
        _outstanding.add(self._future)
        self._timer.start()

    def running(self) -> bool:
        return self._future is not None

    def cancel(self) -> None:
        """Forget the running job, if any (its answer will never be handed over)."""
        future, self._future = self._future, None
        self._timer.stop()
        if future is not None:
            future.cancel()  # only stops a job that has not started yet

    def _poll(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        if any(not f.done() for f in _outstanding):
            return  # shown once the worker is idle: filling a panel beside it is slow
        self._future = None
        self._timer.stop()
        if self._version() != self._version_at_start:
            self._again()  # the map changed meanwhile (or another map came)
            return
        error = future.exception()
        if error is not None:
            self._failed(error)
        else:
            self._done(*future.result())


def _settle_for_jobs() -> None:
    """Before a job starts (window's thread): frequent switches, no cycle collection."""
    global _interval_before, _reaper
    if _interval_before is None:
        _interval_before = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        pause_collector()
    if _reaper is None:
        _reaper = QTimer(QCoreApplication.instance())  # lives as long as the program
        _reaper.setInterval(POLL_MS)
        _reaper.timeout.connect(_reap)
    _reaper.start()


def _reap() -> None:
    """Every job ended (forgotten ones too): the process as it was (window's thread)."""
    global _interval_before
    for future in [f for f in _outstanding if f.done()]:
        _outstanding.discard(future)
    if _outstanding or _interval_before is None:
        return
    sys.setswitchinterval(_interval_before)
    _interval_before = None
    resume_collector()
    if _reaper is not None:
        _reaper.stop()
