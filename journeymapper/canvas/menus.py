"""The right-click menus of the canvas: on empty space, on a step, on an arrow, on a header."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from ..commands import DisconnectCommand
from ..look.kinds import KINDS
from ..model import EdgeKind, Sentiment
from .edge_items import ConnectionItem
from .node_items import NodeItem
from .words import kind_name, tr


class CanvasMenus:
    """Builds and shows the context menus (mixed into ``Editing``).

    ``actions`` is the editor's dict of QActions, when there is an editor: the
    menus reuse them so a facilitator sees the shortcuts there too.
    """

    actions: dict = {}

    def grid_context_menu(self, kind: str, element_id: str, screen_pos) -> None:
        self.build_grid_menu(kind, element_id).exec(screen_pos)

    def build_grid_menu(self, kind: str, element_id: str) -> QMenu:
        menu = QMenu(self._parent_widget())
        word = tr("stage") if kind == "stage" else tr("micro-journey")
        menu.addAction(tr("Rename {0}").format(word),
                       lambda: self.rename_grid(kind, element_id))
        menu.addAction(tr("Add {0} after").format(word),
                       lambda: self.add_grid(kind, element_id))
        menu.addAction(tr("Move earlier"), lambda: self.move_grid(kind, element_id, -1))
        menu.addAction(tr("Move later"), lambda: self.move_grid(kind, element_id, 1))
        if kind == "journey":
            menu.addAction(tr("Auto-layout this micro-journey"),
                           lambda: self.auto_layout(element_id))
        menu.addSeparator()
        menu.addAction(tr("Remove {0}…").format(word),
                       lambda: self.remove_grid(kind, element_id))
        return menu

    def context_menu(self, scene_pos: QPointF, screen_pos) -> None:
        menu = self.build_context_menu(scene_pos)
        if menu is not None:
            menu.exec(screen_pos)

    def build_context_menu(self, scene_pos: QPointF) -> QMenu:
        menu = QMenu(self._parent_widget())
        hit = next((i for i in self.scene.items(scene_pos)
                    if isinstance(i, (NodeItem, ConnectionItem))), None)
        if isinstance(hit, ConnectionItem):
            if not hit.isSelected():
                self.scene.select_ids([hit.item_id])
            edge = hit.edge
            menu.addAction(tr("Edit label"), lambda: self.edit_edge_label(edge.id))
            if edge.kind == EdgeKind.BRANCH:
                sub = menu.addMenu(tr("Sentiment"))
                for sentiment, word in ((Sentiment.GOOD, tr("Good ✓ (solid)")),
                                        (Sentiment.BAD, tr("Bad ✗ (dashed)")),
                                        (Sentiment.NEUTRAL, tr("Neutral (dotted)"))):
                    action = sub.addAction(word)
                    action.setCheckable(True)
                    action.setChecked(edge.sentiment == sentiment)
                    action.triggered.connect(
                        lambda _=False, s=sentiment: self.set_sentiment(edge.id, s))
                menu.addAction(tr("Share of customers…"), lambda: self.edit_edge_share(edge.id))
            menu.addSeparator()
            menu.addAction(tr("Delete arrow"),
                           lambda: self._push(DisconnectCommand(self.document, [edge.id])))
            return menu
        if isinstance(hit, NodeItem):
            if not hit.isSelected():
                self.scene.select_ids([hit.node_id])
            node_id = hit.node_id
            menu.addAction(tr("Edit text"), lambda: self.edit_text(node_id))
            if hit.node.is_step:
                menu.addAction(tr("Add next step"), lambda: self.add_next(node_id))
            menu.addSeparator()
            for key, text, slot in (("cut", tr("Cut"), self.cut_selection),
                                    ("copy", tr("Copy"), self.copy_selection),
                                    ("duplicate", tr("Duplicate"), self.duplicate_selection),
                                    ("delete", tr("Delete"), self.delete_selection)):
                shared = self.actions.get(key)  # the editor's action shows its shortcut
                if shared is not None:
                    menu.addAction(shared)
                else:
                    menu.addAction(text, slot)
            menu.addSeparator()
            journey_id = hit.node.journey_id
            menu.addAction(tr("Auto-layout this micro-journey"),
                           lambda: self.auto_layout(journey_id))
            return menu
        for kind in (spec.kind for spec in KINDS):
            menu.addAction(tr("Add {0} here").format(kind_name(kind)),
                           lambda k=kind: self.add_node_at(k, scene_pos))
        paste = menu.addAction(tr("Paste here"), lambda: self.paste(scene_pos))
        paste.setEnabled(self.can_paste())
        menu.addSeparator()
        stage_id, journey_id = self.scene.grid.cell_at(scene_pos.x(), scene_pos.y())
        menu.addAction(tr("Add stage"), lambda: self.add_grid("stage", stage_id))
        menu.addAction(tr("Add micro-journey"), lambda: self.add_grid("journey", journey_id))
        if journey_id is not None:
            menu.addAction(tr("Auto-layout this micro-journey"),
                           lambda: self.auto_layout(journey_id))
        menu.addAction(tr("Auto-layout the whole map"), lambda: self.auto_layout(None))
        return menu


