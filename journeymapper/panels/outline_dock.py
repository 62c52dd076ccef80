"""The journeys outline: each micro-journey and its steps in the order a customer meets them.

For finding your way round a big map: click a step to select it and centre it
on the canvas. Lanes and steps are renamed in place; lanes are reordered by
dragging them or with Move up / Move down (each one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands import MoveGridCommand, UpdateGridCommand, UpdateNodeCommand
from ..model import Action, Target
from ..model.flow import flow_order
from .base import SessionDock
from .fields import glyph_icon
from .words import node_mark, tr, word

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "journey" or "node"


class OutlineTree(QTreeWidget):
    """A tree whose top-level rows (the lanes) can be dragged into a new order."""

    def __init__(self, dock: "OutlineDock") -> None:
        super().__init__()
        self.dock = dock
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def drop_index(self, dragged: QTreeWidgetItem, target: QTreeWidgetItem | None,
                   below: bool) -> int | None:
        """Where a dragged lane lands, as an index in the document's lane order."""
        if dragged is None or dragged.parent() is not None:
            return None
        if target is None:
            index = self.topLevelItemCount()
        else:
            if target.parent() is not None:  # dropped on a step: next to its lane
                target, below = target.parent(), True
            index = self.indexOfTopLevelItem(target) + (1 if below else 0)
        old = self.indexOfTopLevelItem(dragged)
        if index > old:
            index -= 1
        return index

    def _dragging_lane(self, event) -> QTreeWidgetItem | None:
        """The lane being dragged, when this drag is one of ours."""
        dragged = self.currentItem()
        if dragged is None or dragged.parent() is not None:
            return None
        if event.source() not in (self, None) or not event.mimeData().hasFormat(
                "application/x-qabstractitemmodeldatalist"):
            return None
        return dragged

    def dragEnterEvent(self, event) -> None:
        if self._dragging_lane(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        dragged = self._dragging_lane(event)
        if dragged is None:
            event.ignore()
            return
        point = event.position().toPoint()
        target = self.itemAt(point)
        below = target is not None and point.y() > self.visualItemRect(target).center().y()
        index = self.drop_index(dragged, target, below)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the document moves it, not Qt
        event.accept()
        if index is not None:
            self.dock.move_lane(dragged.data(0, ID_ROLE), index)


class OutlineDock(SessionDock):
    OBJECT_NAME = "OutlineDock"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(session, tr("Journeys outline"), parent)
        self._filling = False
        self._syncing = False
        self._items: dict[str, QTreeWidgetItem] = {}
        self._dirty: set[str] | None = None  # lanes to order again; None: all of them
        self.tree = OutlineTree(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Micro-journey / step"), tr("Stage")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemClicked.connect(self._item_clicked)
        self.tree.itemActivated.connect(self._item_clicked)
        self.tree.setToolTip(tr("Click to find a step on the map; double-click to rename. "
                                "Drag a micro-journey to reorder."))
        self.up_button = QPushButton(tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_line)
        self.setWidget(body)
        self.set_session(session)

    # --- following the document --------------------------------------------------
    def reset(self) -> None:
        self._dirty = None
        self.refresh_soon_or_now()

    def document_changed(self, change) -> None:
        """Note which lanes need their order again; a grid change redoes them all."""
        target, action = change.target, change.action
        if target == Target.NODE:
            lanes = {e.journey_id for e in (change.old, change.new) if e is not None}
            if (action == Action.UPDATED and change.old.journey_id == change.new.journey_id
                    and self._only_label_changed(change.old, change.new)):
                self._relabel(change.new)  # no new order: the text, at once
                return
            self._mark(lanes)
        elif target == Target.EDGE and action != Action.UPDATED:
            edge = change.new or change.old
            doc = self.document
            self._mark({doc.node(i).journey_id for i in (edge.source, edge.target)
                        if doc.has_node(i)})
        elif target == Target.JOURNEY and action == Action.UPDATED and \
                change.old.height == change.new.height and change.id in self._items:
            self._filling = True
            self._items[change.id].setText(0, change.new.name or tr("(unnamed micro-journey)"))
            self._filling = False
            return
        elif target in (Target.JOURNEY, Target.STAGE):
            self._dirty = None  # lanes added, removed or reordered; stage names or order
        else:
            return
        self.schedule_refresh()

    @staticmethod
    def _only_label_changed(old, new) -> bool:
        return old.with_changes(label=new.label) == new

    def _mark(self, lanes) -> None:
        if self._dirty is not None:
            self._dirty |= set(lanes)

    def _relabel(self, node) -> None:
        item = self._items.get(node.id)
        if item is not None:
            self._filling = True
            item.setText(0, node.label)
            item.setToolTip(0, node.label)
            self._filling = False

    def refresh_now(self) -> None:
        super().refresh_now()
        if self.tree.state() == QAbstractItemView.State.EditingState:
            self.schedule_refresh()  # never pull the tree from under a rename
            return
        self.fill()

    def fill(self) -> None:
        """Rebuild the lanes that changed (all of them after a grid change)."""
        doc = self.document
        lanes_now = [j.id for j in doc.journeys]
        shown = [self.tree.topLevelItem(i).data(0, ID_ROLE)
                 for i in range(self.tree.topLevelItemCount())]
        dirty, self._dirty = self._dirty, set()
        current = self.tree.currentItem()
        current_id = current.data(0, ID_ROLE) if current is not None else None
        self._filling = True
        try:
            if dirty is None or shown != lanes_now:
                collapsed = {lane_id for lane_id in shown
                             if not self._items[lane_id].isExpanded()}
                self.tree.clear()
                self._items = {}
                for journey in doc.journeys:
                    lane = self._lane_item(journey)
                    self.tree.addTopLevelItem(lane)
                    self._fill_lane(lane, journey.id)
                    lane.setExpanded(journey.id not in collapsed)
            else:
                for lane_id in dirty & set(lanes_now):
                    self._fill_lane(self._items[lane_id], lane_id)
        finally:
            self._filling = False
        if current_id is not None:
            found = self.find_item(current_id)
            if found is not None:
                self.tree.setCurrentItem(found, 0,
                                         self.tree.selectionModel().SelectionFlag.NoUpdate)
        self._show_selection()
        self._update_buttons()

    def _lane_item(self, journey) -> QTreeWidgetItem:
        lane = QTreeWidgetItem([journey.name or tr("(unnamed micro-journey)"), ""])
        lane.setData(0, ID_ROLE, journey.id)
        lane.setData(0, KIND_ROLE, "journey")
        lane.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                      | Qt.ItemFlag.ItemIsDropEnabled)
        font = lane.font(0)
        font.setBold(True)
        lane.setFont(0, font)
        self._items[journey.id] = lane
        return lane

    def _fill_lane(self, lane: QTreeWidgetItem, journey_id: str) -> None:
        doc = self.document
        for i in range(lane.childCount()):
            self._items.pop(lane.child(i).data(0, ID_ROLE), None)
        lane.takeChildren()
        stage_names = {s.id: s.name for s in doc.stages}
        steps = flow_order(doc, journey_id)
        lane.setText(1, tr("{0} steps").format(len(steps)))
        for node_id in steps:
            node = doc.node(node_id)
            step = QTreeWidgetItem([node.label, stage_names.get(node.stage_id, "")])
            step.setIcon(0, glyph_icon(node_mark(node)))
            step.setToolTip(0, node.label)
            step.setData(0, ID_ROLE, node.id)
            step.setData(0, KIND_ROLE, "node")
            step.setToolTip(1, word(node.kind))
            if not node.label.strip():
                step.setToolTip(0, tr("(untitled {0})").format(word(node.kind).lower()))
            step.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsEditable)
            lane.addChild(step)
            self._items[node.id] = step

    def find_item(self, item_id: str) -> QTreeWidgetItem | None:
        return self._items.get(item_id)

    def outline(self) -> list[tuple[str, list[str]]]:
        """What the tree shows: (lane id, step ids in order) for every lane, top to bottom."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            lane = self.tree.topLevelItem(i)
            result.append((lane.data(0, ID_ROLE),
                           [lane.child(j).data(0, ID_ROLE) for j in range(lane.childCount())]))
        return result

    # --- selection, both ways ----------------------------------------------------------
    def _item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._syncing:
            return
        self.selection.focus(item.data(0, ID_ROLE))

    def selection_changed(self) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        wanted = set(self.selection.ids())
        self._syncing = True
        try:
            self.tree.clearSelection()
            for item_id in wanted:
                item = self.find_item(item_id)
                if item is not None:
                    item.setSelected(True)
                    self.tree.scrollToItem(item)
        finally:
            self._syncing = False

    # --- editing ---------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        item_id, kind = item.data(0, ID_ROLE), item.data(0, KIND_ROLE)
        text = item.text(0)
        if kind == "journey":
            done = self.push(UpdateGridCommand(self.document, "journey", item_id,
                                               name=text.strip()))
        else:
            done = self.push(UpdateNodeCommand(self.document, item_id, text=tr("Rename"),
                                               label=text))
        if not done:
            self.schedule_refresh()  # show the real name again

    def rename(self, item_id: str, text: str) -> None:
        """Rename as a user editing the row in place would."""
        item = self.find_item(item_id)
        item.setText(0, text)

    def move_lane(self, journey_id: str, index: int) -> bool:
        return self.push(MoveGridCommand(self.document, "journey", journey_id, index))

    def _current_lane(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def move_current(self, step: int) -> bool:
        lane = self._current_lane()
        if lane is None:
            return False
        index = self.tree.indexOfTopLevelItem(lane) + step
        if not 0 <= index < self.tree.topLevelItemCount():
            return False
        lane_id = lane.data(0, ID_ROLE)
        done = self.move_lane(lane_id, index)
        self.refresh_now()
        item = self.find_item(lane_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return done

    def _update_buttons(self) -> None:
        lane = self._current_lane()
        index = self.tree.indexOfTopLevelItem(lane) if lane is not None else -1
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < self.tree.topLevelItemCount() - 1)
