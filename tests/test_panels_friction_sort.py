"""The friction register sorts every column by its real values on a big map, also after
an edit re-sorts one row."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from journeymapper.commands import UpdateNodeCommand
from journeymapper.panels.friction_model import SEVERITY
from journeymapper.panels.friction_register_dock import FrictionRegisterDock
from journeymapper.state import MapSession

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402


def test_every_column_sorts_as_its_values_do_both_ways(qtbot):
    session = MapSession(make_map(400, seed=7))
    dock = FrictionRegisterDock(session)
    qtbot.addWidget(dock)
    model = dock.model
    ids = [model.node_id(r) for r in range(model.rowCount())]
    assert len(ids) > 40
    for column in range(model.columnCount()):
        expected = sorted(ids, key=lambda i: model.sort_key(ids.index(i), column))
        for order, wanted in ((Qt.SortOrder.AscendingOrder, expected),
                              (Qt.SortOrder.DescendingOrder, expected[::-1])):
            dock.table.sortByColumn(column, order)
            assert dock.shown_ids() == wanted, (column, order)
    # an edit moves its row to where its new value sorts (Qt compares that row alone)
    dock.table.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)
    last = dock.shown_ids()[-1]
    session.undo_stack.push(UpdateNodeCommand(session.document, last, severity=5))
    shown = dock.shown_ids()
    keys = [model.sort_key(ids.index(i), SEVERITY) for i in shown]
    assert keys == sorted(keys, reverse=True) and shown.index(last) < len(shown) // 2
