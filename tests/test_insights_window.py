"""The Insights dock in the real window: a click on a finding selects its items on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymapper.analysis import Group
from journeymapper.app import windows
from journeymapper.panels.insights_dock import InsightsDock

from test_app_support import close_all, shown_dock


def test_a_finding_clicked_in_the_window_selects_its_cards_and_arrows(qtbot):
    assert windows.open_windows() == []
    window = windows.new_from_template("sample-airline")
    try:
        qtbot.waitExposed(window)
        (dock,) = [d for d in window.docks() if isinstance(d, InsightsDock)]
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda: dock.isVisible() and dock.analysis is not None, timeout=3000)
        path = next(i for i in dock.finding_items(Group.PATHS)
                    if "→ ‘Switches airline’" in i.text(0))
        dock.tree.scrollToItem(path)
        rect = dock.tree.visualItemRect(path)
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        ids = path.data(0, Qt.ItemDataRole.UserRole)
        scene = window.editor.scene
        selected = {item for item in scene.selectedItems()}
        for item_id in ids:
            item = scene.node_item(item_id) or scene.edge_item(item_id)
            assert item is not None and item in selected, item_id
        assert len(selected) == len(ids)
        # an edit on the canvas side shows in the dock after the pause
        doc = window.session.document
        (unowned,) = dock.finding_items(Group.UNOWNED)
        step = unowned.data(0, Qt.ItemDataRole.UserRole)[0]
        owner = doc.owners[0].id
        from journeymapper.commands import UpdateNodeCommand

        window.session.undo_stack.push(UpdateNodeCommand(doc, step, owner_id=owner))
        qtbot.waitUntil(lambda: not dock.finding_items(Group.UNOWNED), timeout=3000)
    finally:
        close_all()


def _shown_dock(qtbot, window) -> InsightsDock:
    return shown_dock(qtbot, window, InsightsDock)


def test_a_big_maps_analysis_runs_beside_the_window_and_a_stale_answer_is_dropped(
        qtbot, monkeypatch):
    """On a big map the analysis runs on a worker thread: the window goes on taking
    edits meanwhile, and an answer about the map before the edit never shows."""
    import threading

    from journeymapper.commands import UpdateNodeCommand
    from journeymapper.panels import background, insights_dock

    monkeypatch.setattr(background, "BACKGROUND_STEPS", 1)  # every map counts as big
    monkeypatch.setattr(background, "BACKGROUND_MS", 0.0)
    real = insights_dock.analyse
    threads, answers, hold = [], [], threading.Event()

    def analyse(document):
        answer = real(document)
        threads.append(threading.current_thread())
        answers.append(answer)
        if len(answers) == 2:  # the second: wait, computed, while the test edits the map
            hold.wait(10)
        return answer

    monkeypatch.setattr(insights_dock, "analyse", analyse)
    window = windows.new_from_template("sample-airline")
    try:
        dock = _shown_dock(qtbot, window)
        shown = []
        fill = dock._fill
        monkeypatch.setattr(dock, "_fill", lambda analysis: (shown.append(analysis),
                                                             fill(analysis)))
        qtbot.waitUntil(lambda: dock.analysis is not None, timeout=5000)
        assert threads and all(t is not threading.main_thread() for t in threads)
        (unowned,) = dock.finding_items(Group.UNOWNED)
        step = unowned.data(0, Qt.ItemDataRole.UserRole)[0]
        doc = window.session.document
        label = doc.node(step).label
        window.session.undo_stack.push(UpdateNodeCommand(doc, step, label=label + " æøå"))
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)  # held on the worker
        # the window is free meanwhile: it takes the next edit
        window.session.undo_stack.push(UpdateNodeCommand(doc, step, owner_id=doc.owners[0].id))
        stale = answers[1]
        assert stale.of_group(Group.UNOWNED)  # computed before the owner was set
        hold.set()
        qtbot.waitUntil(lambda: len(answers) >= 3 and dock.analysis is answers[-1], timeout=5000)
        assert stale not in shown  # never on screen, not even for a moment
        assert not dock.finding_items(Group.UNOWNED)
    finally:
        hold.set()
        close_all()


def test_the_worker_reads_a_snapshot_that_editing_does_not_touch(qtbot, monkeypatch):
    """The worker never reads the live map: an edit made while it works changes the map,
    not the copy it reads; its answer about the old map is dropped and asked again."""
    import threading

    from journeymapper.commands import UpdateNodeCommand
    from journeymapper.panels import background, insights_dock

    monkeypatch.setattr(background, "BACKGROUND_STEPS", 1)
    monkeypatch.setattr(background, "BACKGROUND_MS", 0.0)
    real = insights_dock.analyse
    seen, hold = [], threading.Event()

    def analyse(document):
        if not seen:  # the first job waits while the test edits the map
            hold.wait(10)
        seen.append((threading.current_thread(), document, document.node(step).label))
        return real(document)

    window = windows.new_from_template("sample-airline")
    try:
        dock = _shown_dock(qtbot, window)
        qtbot.waitUntil(lambda: dock.analysis is not None, timeout=5000)
        doc = window.session.document
        (unowned,) = dock.finding_items(Group.UNOWNED)
        step = unowned.data(0, Qt.ItemDataRole.UserRole)[0]
        monkeypatch.setattr(insights_dock, "analyse", analyse)
        window.session.undo_stack.push(UpdateNodeCommand(doc, step, label="Ny tekst æøå"))
        qtbot.wait(400)  # the first job has its snapshot and waits
        window.session.undo_stack.push(UpdateNodeCommand(doc, step, owner_id=doc.owners[0].id,
                                                         label="Enda nyere"))
        hold.set()
        qtbot.waitUntil(lambda: len(seen) >= 2 and not dock._job.running()
                        and not dock.finding_items(Group.UNOWNED), timeout=5000)
        first, last = seen[0], seen[-1]
        assert first[1] is not doc and first[2] == "Ny tekst æøå"  # the copy stood still
        assert last[2] == "Enda nyere"
        assert all(thread is not threading.main_thread() for thread, _, _ in seen)
    finally:
        hold.set()
        close_all()


def test_a_long_group_shows_its_first_rows_and_lists_all_on_request(qtbot, monkeypatch):
    """~14,000 findings of a 10,000-step map froze the window while laid out: a group
    shows its first rows and a "Show N more…" row, which lists the rest when clicked."""
    from journeymapper.panels import insights_dock

    monkeypatch.setattr(insights_dock, "ROWS_SHOWN", 2)
    window = windows.new_from_template("sample-airline")
    try:
        dock = _shown_dock(qtbot, window)
        qtbot.waitUntil(lambda: dock.analysis is not None, timeout=5000)
        group, findings = max(dock.analysis.by_group(), key=lambda gf: len(gf[1]))
        assert len(findings) > 2
        assert len(dock.finding_items(group)) == 2
        (more,) = [row for row in dock.more_rows() if row.parent().data(0, insights_dock.GROUP_ROLE)
                   == group.value]
        assert more.text(0) == f"Show {len(findings) - 2} more…"
        # the heading still selects everything in the group, the rows not shown too
        heading = more.parent()
        dock.tree.scrollToItem(heading)
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=dock.tree.visualItemRect(heading).center())
        everything = {i for f in findings for i in (f.ids or (f.stage_id,)) if i}
        assert set(window.session.selection.ids()) == everything
        # walking past it with the arrow keys does not list everything
        dock.tree.setFocus()
        dock.tree.setCurrentItem(heading.child(1))
        qtbot.keyClick(dock.tree, Qt.Key.Key_Down)
        assert dock.tree.currentItem() is more
        assert len(dock.finding_items(group)) == 2
        dock.tree.scrollToItem(more)
        rect = dock.tree.visualItemRect(more)
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert len(dock.finding_items(group)) == len(findings)
        assert not [row for row in dock.more_rows()
                    if row.parent().data(0, insights_dock.GROUP_ROLE) == group.value]
    finally:
        close_all()


def test_the_show_more_row_speaks_bokmal(qtbot, monkeypatch, norwegian):
    from journeymapper.panels import insights_dock

    monkeypatch.setattr(insights_dock, "ROWS_SHOWN", 1)
    window = windows.new_from_template("sample-plumber-no")
    try:
        dock = _shown_dock(qtbot, window)
        qtbot.waitUntil(lambda: dock.analysis is not None, timeout=5000)
        rows = dock.more_rows()
        assert rows and all(r.text(0).startswith("Vis ") and r.text(0).endswith(" til…")
                            for r in rows)
        assert "Kopier rapporten" in rows[0].toolTip(0)
    finally:
        close_all()
