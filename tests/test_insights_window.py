"""The Insights dock in the real window: a click on a finding selects its items on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymapper.analysis import Group
from journeymapper.app import windows
from journeymapper.panels.insights_dock import InsightsDock

from test_app_support import close_all


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
