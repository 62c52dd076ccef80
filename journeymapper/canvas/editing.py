"""What a facilitator does on the canvas, turned into undo commands.

Adding steps (from the toolbar, the context menu or the keyboard flow),
connecting, deleting, the clipboard, in-place text, arrows' labels and
sentiment, stages and lanes from their headers, and auto-layout. Every change
goes through a command on ``session.undo_stack``; the scene redraws from the
document's change events.

Keyboard flow for live workshops (decided with facilitators in mind):

* **Tab** on a selected step adds the next step after it in the same lane
  and the same stage (a full stage grows: which stage a step belongs to is the
  room's decision, never an accident of space), connected, with its text ready
  to type. From a crossroads the new step is a *good* branch (the way
  forward). With nothing selected, Tab starts a journey in the first stage.
* **Alt+Right** (while typing too) moves the step on to the next stage, where
  the following Tabs continue.
* **Shift+Tab** forks: on a crossroads it adds another branch below the
  others, marked *bad* (the way customers are lost); on any other step it
  adds a crossroads after it ("here the customer can turn either way").
* While typing, **Tab** / **Shift+Tab** commit the text and continue;
  **Enter** commits; **Escape** cancels (and removes a step that Tab had just
  added if it is still empty, so a stray Tab costs nothing).
* **Arrow keys** move the selection: right/left along the arrows (or to the
  nearest step that way), up/down to the nearest step above or below.
* **Alt+arrow keys** move the selected steps into the neighbouring stage or lane.
* **Enter** or **F2** edits the selected step's text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from ..commands import (
    MIME_TYPE,
    AddGridCommand,
    AddNodeCommand,
    ConnectCommand,
    DisconnectCommand,
    FragmentError,
    MoveGridCommand,
    MoveNodesCommand,
    PasteCommand,
    RemoveGridCommand,
    RemoveNodesCommand,
    UpdateEdgeCommand,
    UpdateGridCommand,
    UpdateNodeCommand,
    fragment_bytes,
    make_fragment,
    parse_fragment,
    prepare_paste,
    push,
)
from ..model import (
    Crossroads,
    DocumentError,
    EdgeKind,
    MicroJourney,
    NodeKind,
    Note,
    Outcome,
    Sentiment,
    Stage,
    Touchpoint,
)
from ..model import geometry as g
from ..model.layout import plan_layout
from .edge_items import ConnectionItem
from .inline_editor import InlineEditorItem
from .node_items import NodeItem

NODE_CLASSES = {NodeKind.TOUCHPOINT: Touchpoint, NodeKind.CROSSROADS: Crossroads,
                NodeKind.OUTCOME: Outcome, NodeKind.NOTE: Note}
STEP_GAP = g.FLOW_GAP
_ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
           Qt.Key.Key_Down: "down"}
ROW_GAP = 24.0


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def kind_name(kind: NodeKind) -> str:
    return {NodeKind.TOUCHPOINT: tr("touchpoint"), NodeKind.CROSSROADS: tr("crossroads"),
            NodeKind.OUTCOME: tr("outcome"), NodeKind.NOTE: tr("note")}[NodeKind(kind)]


def _floor(value: float) -> float:
    return value - value % g.GRID


class Editing:
    """The editing operations of one scene (``scene.editing``)."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.inline: InlineEditorItem | None = None
        self._retired: list[InlineEditorItem] = []
        self._fresh_step: str | None = None  # added by Tab, not typed into yet
        self._fresh_index = -1                 # the undo index right after adding it
        self._fresh_from: str | None = None    # the step it continues

    # --- shortcuts -------------------------------------------------------------
    @property
    def document(self):
        return self.scene.document

    @property
    def stack(self):
        return self.scene.session.undo_stack

    def _parent_widget(self):
        views = self.scene.views()
        return views[0] if views else None

    def _push(self, command) -> bool:
        error = push(self.stack, command)
        if error:
            self.scene.message.emit(error)
            return False
        return True

    # --- placing new steps ------------------------------------------------------
    def _cell_rects(self, stage_id: str, journey_id: str, exclude=()) -> list[QRectF]:
        rects = []
        for node_id in self.scene.nodes_in_cell(stage_id, journey_id):
            if node_id in exclude:
                continue
            item = self.scene.node_item(node_id)
            if item is not None:
                rects.append(item.scene_rect())
        return rects

    def free_spot(self, stage_id: str, journey_id: str, kind: NodeKind,
                  x: float = g.CELL_PADDING, y: float = g.CELL_PADDING,
                  rightwards_only: bool = False) -> tuple[float, float] | None:
        """A place in the cell (cell coordinates) where a new step overlaps nothing.

        Scans right along the row from ``(x, y)``, then the rows below; ``None``
        when the cell is full (or, with ``rightwards_only``, the row is).
        """
        grid = self.scene.grid
        cell = grid.cell(stage_id, journey_id)
        w, h = g.node_size(kind)
        taken = self._cell_rects(stage_id, journey_id)
        usable_h = cell.h - g.EMOTION_BAND
        rows = [y] if rightwards_only else [y] + [
            yy for yy in _frange(g.CELL_PADDING, usable_h - h, h + ROW_GAP) if yy != y]
        for row_y in rows:
            cx = x
            while cx + w <= cell.w - 4 or (cx == x and w > cell.w):
                rect = QRectF(cell.x + cx, cell.y + row_y, w, h).adjusted(-6, -6, 6, 6)
                hit = next((r for r in taken if r.intersects(rect)), None)
                if hit is None:
                    return _floor(cx), _floor(row_y)
                cx = _ceil(hit.right() + 8 - cell.x)
            if rightwards_only:
                return None
        return None

    def current_cell(self) -> tuple[str, str] | None:
        """The cell of the selected step, else the cell in the middle of the view."""
        ids = self.scene.selected_node_ids()
        if ids:
            node = self.document.node(ids[0])
            return node.stage_id, node.journey_id
        views = self.scene.views()
        if views:
            view = views[0]
            centre = view.mapToScene(view.viewport().rect().center())
            stage_id, journey_id = self.scene.grid.cell_at(centre.x(), centre.y())
            if stage_id is not None:
                return stage_id, journey_id
        if self.document.stages and self.document.journeys:
            return self.document.stages[0].id, self.document.journeys[0].id
        return None

    def add_node(self, kind: NodeKind, cell: tuple[str, str] | None = None,
                 at: tuple[float, float] | None = None, edit: bool = True) -> str | None:
        """Add a step of ``kind`` in ``cell`` (at ``at``, cell coordinates, or a free spot)."""
        kind = NodeKind(kind)
        cell = cell or self.current_cell()
        if cell is None:
            self.scene.message.emit(tr("Add a stage and a micro-journey first."))
            return None
        stage_id, journey_id = cell
        grow = None
        if at is None:
            at = self.free_spot(stage_id, journey_id, kind)
            if at is None:  # the cell is full: a new row below, and the lane grows
                grid_cell = self.scene.grid.cell(stage_id, journey_id)
                bottom = max([grid_cell.y] + [r.bottom() for r in
                                              self._cell_rects(stage_id, journey_id)])
                at = (g.CELL_PADDING, _ceil(bottom - grid_cell.y + ROW_GAP))
                need = _ceil(at[1] + g.node_size(kind)[1] + g.CELL_PADDING + g.EMOTION_BAND)
                if need > grid_cell.h:
                    grow = UpdateGridCommand(self.document, "journey", journey_id, height=need)
        x, y = max(0.0, g.snap(at[0])), max(0.0, g.snap(at[1]))
        node = NODE_CLASSES[kind](stage_id=stage_id, journey_id=journey_id, x=x, y=y)
        if grow is not None:
            self.stack.beginMacro(tr("Add {0}").format(kind_name(kind)))
            try:
                self._push(grow)
                self._push(AddNodeCommand(self.document, node))
            finally:
                self.stack.endMacro()
            if not self.document.has_node(node.id):
                return None
        elif not self._push(AddNodeCommand(self.document, node)):
            return None
        self.scene.select_ids([node.id])
        if edit:
            self.edit_text(node.id)
        return node.id

    def add_node_at(self, kind: NodeKind, scene_pos: QPointF, edit: bool = True) -> str | None:
        """Add a step at a point of the canvas, in the cell under it."""
        grid = self.scene.grid
        stage_id, journey_id = grid.cell_at(scene_pos.x(), scene_pos.y())
        if stage_id is None:
            return self.add_node(kind, edit=edit)
        cell = grid.cell(stage_id, journey_id)
        w, h = g.node_size(kind)
        x = min(max(0.0, scene_pos.x() - cell.x - w / 2), max(0.0, cell.w - w))
        y = min(max(0.0, scene_pos.y() - cell.y - h / 2), max(0.0, cell.h - g.EMOTION_BAND - h))
        return self.add_node(kind, (stage_id, journey_id), (x, y), edit)

    # --- arrows --------------------------------------------------------------------
    def connect(self, source: str, target: str, **fields) -> str | None:
        command = ConnectCommand(self.document, source, target, **fields)
        return command.edge.id if self._push(command) else None

    def edit_edge_label(self, edge_id: str) -> None:
        edge = self.document.edge(edge_id)
        text, ok = QInputDialog.getText(self._parent_widget(), tr("Arrow label"),
                                        tr("Label:"), text=edge.label)
        if ok:
            self._push(UpdateEdgeCommand(self.document, edge_id, label=text.strip()))

    def set_sentiment(self, edge_id: str, sentiment: Sentiment) -> None:
        self._push(UpdateEdgeCommand(self.document, edge_id, sentiment=Sentiment(sentiment)))

    def edit_edge_share(self, edge_id: str) -> None:
        edge = self.document.edge(edge_id)
        value, ok = QInputDialog.getDouble(self._parent_widget(), tr("Share of customers"),
                                           tr("Share (%):"), edge.share or 0.0, 0.0, 100.0, 1)
        if ok:
            self._push(UpdateEdgeCommand(self.document, edge_id, share=value))

    # --- delete, clipboard ---------------------------------------------------------
    def delete_selection(self) -> bool:
        nodes = self.scene.selected_node_ids()
        edges = [e for e in self.scene.selected_edge_ids()
                 if self.document.has_edge(e)]
        if not nodes and not edges:
            return False
        self.stack.beginMacro(tr("Delete"))
        try:
            if edges:
                self._push(DisconnectCommand(self.document, edges))
            if nodes:
                self._push(RemoveNodesCommand(self.document, nodes))
        finally:
            self.stack.endMacro()
        return True

    def copy_selection(self) -> bool:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return False
        fragment = make_fragment(self.document, nodes)
        mime = QMimeData()
        mime.setData(MIME_TYPE, fragment_bytes(fragment))
        mime.setText("\n".join(self.document.node(i).label for i in nodes))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut_selection(self) -> bool:
        if not self.copy_selection():
            return False
        self.stack.beginMacro(tr("Cut"))
        try:
            self._push(RemoveNodesCommand(self.document, self.scene.selected_node_ids()))
        finally:
            self.stack.endMacro()
        return True

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and mime.hasFormat(MIME_TYPE)

    def paste(self, scene_pos: QPointF | None = None) -> list[str]:
        """Paste the clipboard's fragment (fresh ids); at ``scene_pos`` when given."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME_TYPE):
            self.scene.message.emit(tr("The clipboard holds no steps to paste."))
            return []
        try:
            nodes, edges = parse_fragment(bytes(mime.data(MIME_TYPE)))
        except FragmentError as exc:
            self.scene.message.emit(str(exc))
            return []
        return self._paste(nodes, edges, scene_pos, tr("Paste"))

    def _paste(self, nodes, edges, scene_pos, text) -> list[str]:
        if not nodes:
            return []
        cell = at = None
        if scene_pos is not None:
            stage_id, journey_id = self.scene.grid.cell_at(scene_pos.x(), scene_pos.y())
            if stage_id is not None:
                rect = self.scene.grid.cell(stage_id, journey_id)
                cell = (stage_id, journey_id)
                at = (max(0.0, g.snap(scene_pos.x() - rect.x)),
                      max(0.0, g.snap(scene_pos.y() - rect.y)))
        try:
            placed, kept = prepare_paste(self.document, nodes, edges, cell, at)
        except DocumentError as exc:
            self.scene.message.emit(str(exc))
            return []
        command = PasteCommand(self.document, placed, kept, text=text)
        if not self._push(command):
            return []
        ids = command.node_ids
        self.scene.select_ids(ids)
        return ids

    def duplicate_selection(self) -> list[str]:
        ids = self.scene.selected_node_ids()
        if not ids:
            return []
        fragment = make_fragment(self.document, ids)
        nodes, edges = parse_fragment(fragment_bytes(fragment))
        return self._paste(nodes, edges, None, tr("Duplicate"))

    def select_all(self) -> None:
        self.scene.select_ids([i.node_id for i in self.scene.node_items()])

    # --- auto-layout -------------------------------------------------------------------
    def auto_layout(self, journey_id: str | None = None) -> bool:
        """Lay out one lane (or the map) as one undo step; False when nothing moved."""
        if not self.document.stages or not self.document.journeys:
            return False
        plan = plan_layout(self.document, journey_id)
        moves = plan.changed_places(self.document)
        if not moves and not plan.stage_widths and not plan.lane_heights:
            self.scene.message.emit(tr("The layout is already tidy."))
            return False
        self.stack.beginMacro(tr("Auto-layout"))
        try:
            for stage_id, width in plan.stage_widths.items():
                self._push(UpdateGridCommand(self.document, "stage", stage_id, width=width))
            for lane_id, height in plan.lane_heights.items():
                self._push(UpdateGridCommand(self.document, "journey", lane_id, height=height))
            if moves:
                self._push(MoveNodesCommand.to(self.document, moves, text=tr("Auto-layout")))
        finally:
            self.stack.endMacro()
        return True

    # --- text in place ------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.inline is not None

    def edit_text(self, node_id: str, select: bool = True) -> None:
        item = self.scene.node_item(node_id)
        if item is None:
            return
        self.finish_inline()
        node = self.document.node(node_id)
        rect = item.scene_rect()
        width = max(rect.width(), 180.0 * self.scene.style.scale)
        box = QRectF(rect.x(), rect.y(), width, rect.height())
        font = self.scene.style.label_font

        def commit(text: str) -> None:
            self._close_inline()
            if self.document.has_node(node_id):
                text = text.strip()
                if text != self.document.node(node_id).label:
                    self._push(UpdateNodeCommand(self.document, node_id, text=tr("Edit text"),
                                                 label=text))
                    if self._fresh_step == node_id:
                        self._fresh_step = None

        def cancel() -> None:
            self._close_inline()
            fresh, self._fresh_step = self._fresh_step, None
            if (fresh == node_id and self.document.has_node(node_id)
                    and not self.document.node(node_id).label
                    and self.stack.canUndo() and self.stack.index() == self._fresh_index):
                self.stack.undo()  # the step Tab had just added goes away again
                if self._fresh_from and self.document.has_node(self._fresh_from):
                    self.scene.select_ids([self._fresh_from])

        self._open_inline(InlineEditorItem(node_id, box, node.label, font, commit, cancel,
                                           select=select))

    def _open_inline(self, editor: InlineEditorItem) -> None:
        self.inline = editor
        self.scene.addItem(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scene.setFocusItem(editor)
        self.scene.editingChanged.emit(True)

    def _close_inline(self) -> None:
        editor, self.inline = self.inline, None
        if editor is not None and editor.scene() is self.scene:
            self.scene.removeItem(editor)
        if editor is not None:
            # we may be inside the editor's own focus-out handler: let it live until
            # the event loop is back, never delete it under its own feet
            self._retired.append(editor)
            QTimer.singleShot(0, self._retired.clear)
        if editor is not None:
            self.scene.editingChanged.emit(False)
            views = self.scene.views()
            if views:
                views[0].setFocus()

    def finish_inline(self) -> None:
        """Commit the open in-place editor, if any."""
        if self.inline is not None:
            self.inline.commit()

    def cancel_inline(self) -> None:
        if self.inline is not None:
            self.inline.cancel()

    def node_removed(self, node_id: str) -> None:
        if self.inline is not None and self.inline.target_id == node_id:
            self._fresh_step = None
            self._close_inline()

    # --- keyboard flow ----------------------------------------------------------------
    def key_press(self, event) -> bool:
        """Handle a key for the workshop flow; False lets the scene deliver it as usual."""
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if self.inline is not None:
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                node_id = self.inline.target_id
                self.inline.commit()
                self._continue_from(node_id, fork=key == Qt.Key.Key_Backtab or shift)
            elif key == Qt.Key.Key_Escape:
                self.inline.cancel()
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
                self.inline.commit()
            elif key in _ARROWS and mods & Qt.KeyboardModifier.AltModifier:
                node_id = self.inline.target_id
                self.inline.commit()
                if self.document.has_node(node_id):
                    self.scene.select_ids([node_id])
                    self.move_to_next_cell(_ARROWS[key])
                    self.edit_text(node_id, select=False)
            else:
                return False
            event.accept()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            ids = self.scene.selected_node_ids()
            fork = key == Qt.Key.Key_Backtab or shift
            if len(ids) == 1 and self.document.node(ids[0]).is_step:
                self._continue_from(ids[0], fork)
            else:
                self.start_journey()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            ids = self.scene.selected_node_ids()
            if len(ids) != 1:
                return False
            self.edit_text(ids[0])
        elif key in _ARROWS and mods & Qt.KeyboardModifier.AltModifier:
            self.move_to_next_cell(_ARROWS[key])
        elif key in _ARROWS and not mods & Qt.KeyboardModifier.ControlModifier:
            self.move_selection(_ARROWS[key])
        elif key == Qt.Key.Key_Escape:
            self.scene.select_ids([])
        else:
            return False
        event.accept()
        return True

    def start_journey(self) -> str | None:
        """Tab with nothing selected: the first step of the first lane, ready to type."""
        cell = self.current_cell()
        if cell is None:
            return None
        journey_id = cell[1]
        stage_id = self.document.stages[0].id
        self._fresh_index = self.stack.index() + 1
        node_id = self.add_node(NodeKind.TOUCHPOINT, (stage_id, journey_id), edit=False)
        if node_id is not None:
            self._fresh_step, self._fresh_from = node_id, None
            self.edit_text(node_id)
        return node_id

    def _continue_from(self, node_id: str, fork: bool) -> str | None:
        if not self.document.has_node(node_id):
            return None
        source = self.document.node(node_id)
        if not source.is_step:
            return None
        is_crossroads = source.kind == NodeKind.CROSSROADS
        if fork and not is_crossroads:
            return self.add_next(node_id, NodeKind.CROSSROADS)
        if fork:
            return self.add_next(node_id, NodeKind.TOUCHPOINT, below=True,
                                 sentiment=Sentiment.BAD)
        return self.add_next(node_id, NodeKind.TOUCHPOINT,
                             sentiment=Sentiment.GOOD if is_crossroads else None)

    def add_next(self, node_id: str, kind: NodeKind = NodeKind.TOUCHPOINT, below: bool = False,
                 sentiment: Sentiment | None = None, edit: bool = True) -> str | None:
        """A new step after ``node_id`` in the same lane, connected, its text open to type.

        To the right of the step in its row, in the same stage: a full stage
        grows rather than the step landing in a stage nobody chose (Alt+Right
        then moves it on). With ``below`` the new step goes under the step's
        other branches.
        """
        doc, grid = self.document, self.scene.grid
        source = doc.node(node_id)
        sw, sh = g.node_size(source.kind)
        w, h = g.node_size(kind)
        journey_id = source.journey_id
        lane_h = grid.lane(journey_id).h
        commands = []
        if below:
            stage_id = source.stage_id
            x = _floor(source.x + sw + STEP_GAP)
            targets = [doc.node(e.target) for e in doc.out_edges(node_id)]
            lowest = max([source.y + sh] + [t.y + g.node_size(t.kind)[1] for t in targets
                                             if t.journey_id == journey_id])
            y = _ceil(lowest + ROW_GAP)
            spot = self.free_spot(stage_id, journey_id, kind, x, y, rightwards_only=True)
            if spot is not None:
                x, y = spot
            if x + w + g.CELL_PADDING > doc.stage(stage_id).width:
                commands.append(UpdateGridCommand(doc, "stage", stage_id,
                                                  width=_ceil(x + w + g.CELL_PADDING)))
            need_h = _ceil(y + h + g.CELL_PADDING + g.EMOTION_BAND)
            if need_h > lane_h:
                commands.append(UpdateGridCommand(doc, "journey", journey_id, height=need_h))
        else:
            y = max(0.0, _floor(source.y + (sh - h) / 2))
            stage_id = source.stage_id
            x = _floor(source.x + sw + STEP_GAP)
            spot = self.free_spot(stage_id, journey_id, kind, x, y, rightwards_only=True)
            if spot is not None:
                x, y = spot
            else:  # the stage is full along this row: it grows (the step stays in its stage)
                taken = [r for r in self._cell_rects(stage_id, journey_id)]
                cell = grid.cell(stage_id, journey_id)
                right = max([cell.x + g.CELL_PADDING - STEP_GAP]
                            + [r.right() for r in taken
                               if r.bottom() > cell.y + y and r.top() < cell.y + y + h])
                x = _ceil(right - cell.x + STEP_GAP)
                commands.append(UpdateGridCommand(doc, "stage", stage_id,
                                                  width=_ceil(x + w + g.CELL_PADDING)))
        node = NODE_CLASSES[kind](stage_id=stage_id, journey_id=journey_id, x=x, y=y)
        fields = {}
        if sentiment is not None and source.kind == NodeKind.CROSSROADS:
            fields["sentiment"] = sentiment
        commands.append(AddNodeCommand(doc, node))
        commands.append(ConnectCommand(doc, node_id, node.id, **fields))
        text = tr("Add next step") if kind != NodeKind.CROSSROADS else tr("Add crossroads")
        self._fresh_index = self.stack.index() + 1
        self.stack.beginMacro(text)
        ok = True
        try:
            for command in commands:
                ok = self._push(command) and ok
        finally:
            self.stack.endMacro()
        if not doc.has_node(node.id):
            return None
        self.scene.select_ids([node.id])
        self._reveal(node.id)
        if edit:
            self._fresh_step, self._fresh_from = node.id, node_id
            self.edit_text(node.id)
        return node.id

    def _reveal(self, node_id: str) -> None:
        item = self.scene.node_item(node_id)
        for view in self.scene.views():
            view.ensureVisible(item.scene_rect(), 60, 60)

    def neighbour(self, node_id: str, direction: str) -> str | None:
        """The step a facilitator expects the arrow key to go to."""
        doc = self.document
        rank = {Sentiment.GOOD: 0, Sentiment.NEUTRAL: 1, Sentiment.BAD: 2}
        if direction == "right":
            outs = sorted(doc.out_edges(node_id),
                          key=lambda e: (e.kind != EdgeKind.FLOW, rank[e.sentiment],
                                         doc.node(e.target).y))
            if outs:
                return outs[0].target
        elif direction == "left":
            ins = sorted(doc.in_edges(node_id), key=lambda e: e.kind != EdgeKind.FLOW)
            if ins:
                return ins[0].source
        item = self.scene.node_item(node_id)
        here = item.scene_rect().center()
        best, best_cost = None, None
        lane = doc.node(node_id).journey_id
        candidates = self.scene.nodes_in_lane(lane)
        if direction in ("up", "down"):
            candidates = [i.node_id for i in self.scene.node_items()] \
                if len(candidates) < 2 else candidates
        for other_id in candidates:
            if other_id == node_id:
                continue
            other = self.scene.node_item(other_id)
            if other is None or not other.node.is_step:
                continue
            c = other.scene_rect().center()
            dx, dy = c.x() - here.x(), c.y() - here.y()
            if direction == "right" and dx <= 1:
                continue
            if direction == "left" and dx >= -1:
                continue
            if direction == "down" and dy <= 1:
                continue
            if direction == "up" and dy >= -1:
                continue
            cost = (abs(dx) + 3 * abs(dy)) if direction in ("left", "right") \
                else (abs(dy) + 3 * abs(dx))
            if best_cost is None or cost < best_cost:
                best, best_cost = other_id, cost
        if best is None and direction in ("up", "down"):
            for other in self.scene.node_items():
                if other.node_id == node_id or not other.node.is_step:
                    continue
                c = other.scene_rect().center()
                dy = c.y() - here.y()
                if (direction == "down" and dy > 1) or (direction == "up" and dy < -1):
                    cost = abs(dy) + 3 * abs(c.x() - here.x())
                    if best_cost is None or cost < best_cost:
                        best, best_cost = other.node_id, cost
        return best

    def move_selection(self, direction: str) -> str | None:
        ids = self.scene.selected_node_ids()
        if not ids:
            steps = [i for i in self.scene.node_items() if i.node.is_step]
            if not steps:
                return None
            first = min(steps, key=lambda i: (i.pos().y(), i.pos().x()))
            target = first.node_id
        else:
            target = self.neighbour(ids[-1], direction)
        if target is not None:
            self.scene.select_ids([target])
            self._reveal(target)
        return target

    def move_to_next_cell(self, direction: str) -> bool:
        """Alt+arrow: the selected steps go to the next stage or lane, in one undo step."""
        ids = self.scene.selected_node_ids()
        if not ids:
            return False
        doc, grid = self.document, self.scene.grid
        stages = [s.id for s in doc.stages]
        lanes = [j.id for j in doc.journeys]
        targets = {}
        for node_id in ids:
            node = doc.node(node_id)
            si, li = stages.index(node.stage_id), lanes.index(node.journey_id)
            si += {"left": -1, "right": 1}.get(direction, 0)
            li += {"up": -1, "down": 1}.get(direction, 0)
            if not (0 <= si < len(stages) and 0 <= li < len(lanes)):
                self.scene.message.emit(tr("There is no stage or micro-journey that way."))
                return False
            stage_id, journey_id = stages[si], lanes[li]
            w, h = g.node_size(node.kind)
            cell = grid.cell(stage_id, journey_id)
            y = min(node.y, _floor(max(0.0, cell.h - g.EMOTION_BAND - h)))
            x = min(node.x, _floor(max(0.0, cell.w - w))) if direction in ("up", "down") \
                else g.CELL_PADDING
            spot = self.free_spot(stage_id, journey_id, node.kind, x, y)
            if spot is not None:
                x, y = spot
            targets[node_id] = (stage_id, journey_id, x, y)
        if not self._push(MoveNodesCommand.to(self.document, targets)):
            return False
        self._reveal(ids[0])
        return True

    # --- stages and lanes --------------------------------------------------------------
    def _api(self, kind: str):
        doc = self.document
        return (doc.stages, doc.stage, doc.stage_index) if kind == "stage" \
            else (doc.journeys, doc.journey, doc.journey_index)

    def add_grid(self, kind: str, after_id: str | None = None, name: str | None = None,
                 rename: bool = True) -> str | None:
        items, _get, index_of = self._api(kind)
        index = index_of(after_id) + 1 if after_id else None
        if kind == "stage":
            element = Stage(name=name if name is not None else tr("New stage"))
        else:
            element = MicroJourney(name=name if name is not None else tr("New micro-journey"))
        if not self._push(AddGridCommand(self.document, element, index)):
            return None
        if rename:
            self.rename_grid(kind, element.id)
        return element.id

    def rename_grid(self, kind: str, element_id: str) -> None:
        header = (self.scene.stage_header(element_id) if kind == "stage"
                  else self.scene.lane_header(element_id))
        if header is None:
            return
        self.finish_inline()
        _items, get, _index = self._api(kind)
        element = get(element_id)
        rect = QRectF(header.rect)
        if kind == "journey":
            rect.setHeight(min(rect.height(), 80.0 * self.scene.style.scale))

        def commit(text: str) -> None:
            self._close_inline()
            text = text.strip()
            if text and text != get(element_id).name:
                self._push(UpdateGridCommand(self.document, kind, element_id, name=text))

        self._open_inline(InlineEditorItem(element_id, rect, element.name,
                                           self.scene.style.header_font, commit,
                                           self._close_inline))

    def resize_grid(self, kind: str, element_id: str, delta: float) -> None:
        _items, get, _index = self._api(kind)
        element = get(element_id)
        if kind == "stage":
            value = max(80.0, g.snap(element.width + delta))
            self._push(UpdateGridCommand(self.document, kind, element_id, width=value))
        else:
            value = max(120.0, g.snap(element.height + delta))
            self._push(UpdateGridCommand(self.document, kind, element_id, height=value))

    def reorder_grid(self, kind: str, element_id: str, pos: QPointF) -> None:
        stage_id, journey_id = self.scene.grid.cell_at(pos.x(), pos.y())
        target = stage_id if kind == "stage" else journey_id
        if target is None or target == element_id:
            return
        _items, _get, index_of = self._api(kind)
        self._push(MoveGridCommand(self.document, kind, element_id, index_of(target)))

    def move_grid(self, kind: str, element_id: str, step: int) -> None:
        items, _get, index_of = self._api(kind)
        index = index_of(element_id) + step
        if 0 <= index < len(items):
            self._push(MoveGridCommand(self.document, kind, element_id, index))

    def remove_grid(self, kind: str, element_id: str) -> bool:
        """Remove a stage or lane; if it holds steps, say why and offer to move them."""
        items, get, index_of = self._api(kind)
        parent = self._parent_widget()
        if len(items) <= 1:
            QMessageBox.information(parent, tr("Cannot remove"),
                                    tr("A map needs at least one stage and one micro-journey."))
            return False
        command = RemoveGridCommand(self.document, kind, element_id)
        error = push(self.stack, command)
        if not error:
            return True
        index = index_of(element_id)
        neighbour = items[index - 1] if index > 0 else items[index + 1]
        answer = QMessageBox.question(
            parent, tr("Remove stage") if kind == "stage" else tr("Remove micro-journey"),
            error + "\n\n" + tr("Move its steps to ‘{0}’ and remove it?").format(neighbour.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._push(RemoveGridCommand(self.document, kind, element_id, neighbour.id))

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

    # --- context menus on the canvas ----------------------------------------------------
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
            menu.addAction(tr("Edit label…"), lambda: self.edit_edge_label(edge.id))
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
            menu.addAction(tr("Cut"), self.cut_selection)
            menu.addAction(tr("Copy"), self.copy_selection)
            menu.addAction(tr("Duplicate"), self.duplicate_selection)
            menu.addAction(tr("Delete"), self.delete_selection)
            menu.addSeparator()
            journey_id = hit.node.journey_id
            menu.addAction(tr("Auto-layout this micro-journey"),
                           lambda: self.auto_layout(journey_id))
            return menu
        for kind in (NodeKind.TOUCHPOINT, NodeKind.CROSSROADS, NodeKind.OUTCOME, NodeKind.NOTE):
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


def _ceil(value: float) -> float:
    rest = value % g.GRID
    return value if rest == 0 else value - rest + g.GRID


def _frange(start: float, stop: float, step: float):
    value = start
    while value <= stop:
        yield value
        value += step

