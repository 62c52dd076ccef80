"""Slow questions about a big map, answered beside the window so editing never waits.

The analysis of a 10,000-step map is about a second of pure Python. Run in the
window's thread after each pause in editing, it froze the window that long, every
time. A :class:`BackgroundJob` runs it on one worker thread instead, and the panel
keeps its last answer on screen until the new one is ready.

The worker reads the live document while the user goes on editing (the document is
only ever changed in the window's thread, and the interpreter keeps each read
whole). An answer computed while the map changed, or one that failed because it
changed under it, is thrown away by the caller, who asks again. The window's thread
picks the answer up by polling: no Qt object is touched from the worker, so a panel
closed meanwhile simply never looks.
"""

from __future__ import annotations

import sys
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from PySide6.QtCore import QObject, QTimer

# While a job runs, the worker gives the interpreter back this often (seconds): with
# Python's default (5 ms) every paint of the canvas, which calls into Python once per
# step in view, waited for the worker again and again (a zoomed frame 15 → 60 ms).
SWITCH_INTERVAL = 0.0005
POLL_MS = 20

_executor: ThreadPoolExecutor | None = None
_running = 0  # jobs of every panel in flight (the switch interval is process-wide)
_lock = threading.Lock()
_usual_interval = sys.getswitchinterval()


def _worker() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1,
                                       thread_name_prefix="journeymapper-analysis")
    return _executor


def _timed(fn: Callable, args: tuple) -> tuple[object, float]:
    started = time.thread_time()
    result = fn(*args)
    return result, (time.thread_time() - started) * 1000


class BackgroundJob(QObject):
    """One computation at a time on the worker; ``done(result, cpu_ms)`` or
    ``failed(error)`` is called in the window's thread when it ends."""

    def __init__(self, parent: QObject, done: Callable[[object, float], None],
                 failed: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._done, self._failed = done, failed
        self._future: Future | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self, fn: Callable, *args) -> None:
        """Run ``fn(*args)`` on the worker. A job of this one still running is
        forgotten: it finishes on its own and its answer is dropped."""
        self.cancel()
        _begin()
        self._future = _worker().submit(_timed, fn, args)
        self._future.add_done_callback(_end)  # when it really ends (or never starts)
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
        self._future = None
        self._timer.stop()
        error = future.exception()
        if error is not None:
            self._failed(error)
        else:
            self._done(*future.result())


def _begin() -> None:
    global _running
    with _lock:
        _running += 1
        sys.setswitchinterval(SWITCH_INTERVAL)


def _end(_future: Future | None = None) -> None:
    global _running
    with _lock:
        _running = max(0, _running - 1)
        if _running == 0:
            sys.setswitchinterval(_usual_interval)
