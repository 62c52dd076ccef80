"""The ownership panel in the real window gathers a big map's facts beside the window."""

from __future__ import annotations

import threading

from journeymapper.app import windows
from journeymapper.commands import UpdateNodeCommand
from journeymapper.panels import background, ownership_dock
from journeymapper.panels.ownership_dock import OwnershipDock

from test_app_support import close_all, shown_dock


def test_the_ownership_panel_follows_an_edit_with_its_work_off_the_windows_thread(
        qtbot, monkeypatch):
    monkeypatch.setattr(background, "BACKGROUND_STEPS", 1)  # every map counts as big
    monkeypatch.setattr(background, "BACKGROUND_MS", 0.0)
    threads = []
    real = ownership_dock.ownership_facts

    def facts(document, tab):
        threads.append(threading.current_thread())
        return real(document, tab)

    monkeypatch.setattr(ownership_dock, "ownership_facts", facts)
    window = windows.new_from_template("sample-airline")
    try:
        dock = shown_dock(qtbot, window, OwnershipDock)
        qtbot.waitUntil(lambda: dock.isVisible() and bool(threads) and not dock._job.running(),
                        timeout=5000)
        doc = window.session.document
        step = next(n for n in doc.nodes() if n.kind.value == "touchpoint" and n.owner_id
                    is None)
        before = dock.tabs.tabText(1)
        gaps = int(before.split("(")[1].rstrip(")"))
        window.session.undo_stack.push(UpdateNodeCommand(doc, step.id,
                                                         owner_id=doc.owners[0].id))
        qtbot.waitUntil(lambda: dock.tabs.tabText(1) == before.replace(str(gaps), str(gaps - 1)),
                        timeout=5000)
        row = [o.id for o in doc.owners].index(doc.owners[0].id)
        column = [s.id for s in doc.stages].index(step.stage_id)
        assert step.id in dock.matrix.item(row, column).data(ownership_dock.IDS_ROLE)
        assert len(threads) >= 2
        assert all(t is not threading.main_thread() for t in threads)
    finally:
        close_all()


def test_the_worker_never_runs_the_cycle_collector_and_the_process_is_restored_after(qtbot):
    """Python's collector runs in whichever thread allocates; in the worker it could
    finalize the window's Qt objects there. While jobs run it is off; after, it is on
    again and the interpreter switches threads as usual."""
    import gc
    import sys

    from PySide6.QtCore import QObject

    collected_in = []

    def watch(phase, info):
        if phase == "start":
            collected_in.append(threading.current_thread())

    def churn(n):  # allocates like an analysis: many small objects, some in cycles
        kept = []
        for i in range(n):
            a, b = [i], [i]
            a.append(b)
            b.append(a)
            kept.append(a)
        return len(kept)

    answers = []
    owner = QObject()
    job = background.BackgroundJob(owner, lambda answer, ms: answers.append(answer),
                                   lambda: None, lambda error: answers.append(error), lambda: 0)
    interval, collecting = sys.getswitchinterval(), gc.isenabled()
    gc.callbacks.append(watch)
    try:
        job.start(churn, 200_000)
        assert abs(sys.getswitchinterval() - background.SWITCH_INTERVAL) < 1e-9
        qtbot.waitUntil(lambda: answers == [200_000], timeout=10_000)
        qtbot.waitUntil(lambda: gc.isenabled() == collecting, timeout=5000)
        assert abs(sys.getswitchinterval() - interval) < 1e-9
        gc.collect()  # what the worker left: collected here, in the window's thread
    finally:
        gc.callbacks.remove(watch)
    assert all(t is threading.main_thread() for t in collected_in)
    assert collected_in  # the collector did run, after


def test_answers_are_shown_once_the_worker_is_idle(qtbot):
    """Filling a panel while the worker holds the interpreter made every Python call of
    the fill wait for it (the ownership matrix beside an analysis froze a 10,000-step
    map's window ~0.8 s): a quick answer waits until the slower job has ended too."""
    from PySide6.QtCore import QObject

    hold = threading.Event()
    shown = []
    owner = QObject()
    quick = background.BackgroundJob(owner, lambda answer, ms: shown.append(answer),
                                     lambda: None, lambda error: shown.append(error), lambda: 0)
    slow = background.BackgroundJob(owner, lambda answer, ms: shown.append(answer),
                                    lambda: None, lambda error: shown.append(error), lambda: 0)
    try:
        quick.start(lambda: "quick")
        slow.start(lambda: hold.wait(10) and "slow")
        qtbot.waitUntil(lambda: quick._future.done(), timeout=5000)
        qtbot.wait(200)  # the quick one is done, the slow one still runs
        assert shown == []
        hold.set()
        qtbot.waitUntil(lambda: sorted(shown) == ["quick", "slow"], timeout=5000)
    finally:
        hold.set()
