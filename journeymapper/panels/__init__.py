"""The side panels (dock widgets) around the canvas: inspector, ownership, friction, my items,
outline.

Panels follow the session's document and selection and edit the map only
through undo commands; they never import the canvas (an import-linter contract).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from .friction_register_dock import FrictionRegisterDock
from .insights_dock import InsightsDock
from .inspector_dock import InspectorDock
from .my_items_dock import MyItemsDock
from .outline_dock import OutlineDock
from .ownership_dock import OwnershipDock

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def create_docks(session, parent=None) -> list:
    """Every panel for one map's window, as (dock, area) pairs for ``MainWindow.add_dock``."""
    return [
        (InspectorDock(session, parent), RIGHT),
        (OwnershipDock(session, parent), RIGHT),
        (InsightsDock(session, parent), RIGHT),
        (FrictionRegisterDock(session, parent), BOTTOM),
        (MyItemsDock(session, parent), BOTTOM),
        (OutlineDock(session, parent), LEFT),
    ]


__all__ = ["FrictionRegisterDock", "InsightsDock", "InspectorDock", "MyItemsDock",
           "OutlineDock", "OwnershipDock", "create_docks"]
