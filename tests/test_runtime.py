"""The collector pauses of bulk work nest and overlap across threads without leaving the
collector off (a program left without cyclic collection slowly fills its memory)."""

import gc
import threading

from journeymapper import runtime


def test_overlapping_pauses_in_two_threads_leave_the_collector_as_it_was():
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()

    def worker():
        with runtime.collector_paused():  # the panels' analysis on the worker
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with runtime.collector_paused():  # the window opens a map meanwhile
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_pause_ends_even_when_the_work_fails():
    try:
        with runtime.collector_paused():
            raise ValueError("a bad map")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_relaxed_collector_is_put_back_with_its_thresholds():
    thresholds = gc.get_threshold()
    with runtime.collector_relaxed():
        assert gc.get_threshold() != thresholds and gc.get_freeze_count() > 0
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0
