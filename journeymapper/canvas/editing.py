"""What a facilitator does on the canvas, turned into undo commands.

Adding steps (from the toolbar, the context menu or the keyboard), connecting,
deleting, the clipboard, in-place text, arrows' labels and sentiment, stages
and lanes from their headers, and auto-layout. Every change goes through a
command on ``session.undo_stack``; the scene redraws from the document's
change events. The keyboard flow is in :mod:`.keyboard_flow`, the menus in
:mod:`.menus`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ..commands import (
    AddGridCommand,
    AddNodeCommand,
    CompositeCommand,
    EditCommand,
    ConnectCommand,
    DisconnectCommand,
    FragmentError,
    MoveGridCommand,
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
from ..model import Connection, DocumentError, MicroJourney, NodeKind, Sentiment, Stage
from ..model.elements import MAX_LABEL
from ..model import geometry as g
from ..model.editing import fit_lane
from ..model.layout import plan_layout
from ..look.sizing import normal_size
from . import clipboard
from .edge_items import ConnectionItem
from .inline_editor import InlineEditorItem
from .keyboard_flow import KeyboardFlow
from .menus import CanvasMenus
from .snapping import ROW_GAP, STEP_GAP, ceil, floor, frange
from .words import NODE_CLASSES, kind_name, tr


MAX_TEXT_STEPS = 200  # lines of pasted text turned into steps, at most


class Editing(KeyboardFlow, CanvasMenus):
    """The editing operations of one scene (``scene.editing``)."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.inline: InlineEditorItem | None = None
        self._retired: list[InlineEditorItem] = []
        self._fresh_step: str | None = None  # added by Tab, not typed into yet
        self._fresh_index = -1                 # the undo index right after adding it
        self._fresh_from: str | None = None    # the step it continues
        self._keep_empty = False               # Alt+arrow moves the empty step on

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

    def _push_all(self, text: str, commands) -> list[bool]:
        """Several edits as one action and one undo step; whether each part was done.

        The first refusal among the parts is shown; the other parts still happen.
        """
        composite = CompositeCommand(self.document, text, list(commands))
        push(self.stack, composite)
        errors = [part.error for part in composite.parts]
        first = next((error for error in errors if error), None)
        if first:
            self.scene.message.emit(first)
        return [error is None for error in errors]

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

    def _arrows_over(self, cell) -> list:
        """The outlines of the arrows crossing a cell (a new step is not put on one)."""
        area = QRectF(cell.x, cell.y, cell.w, cell.h)
        return [item.mapToScene(item.shape()) for item in self.scene.items(area)
                if isinstance(item, ConnectionItem)]

    def free_spot(self, stage_id: str, journey_id: str, kind: NodeKind,
                  x: float = g.CELL_PADDING, y: float = g.CELL_PADDING,
                  rightwards_only: bool = False,
                  avoid_arrows: bool = False) -> tuple[float, float] | None:
        """A place in the cell (cell coordinates, as the document stores them) where a
        new step overlaps nothing.

        Scans right along the row from ``(x, y)``, then the rows below; ``None``
        when the cell is full (or, with ``rightwards_only``, the row is).
        ``avoid_arrows`` keeps it off the arrows too. It looks where the steps are
        drawn (a step grown for its words, large print) and answers in stored units.
        """
        grid = self.scene.grid
        cell = grid.cell(stage_id, journey_id)
        w, h = normal_size(kind, self.scene.large_print)
        x, y = grid.drawn_offset(stage_id, journey_id, x, y)
        taken = self._cell_rects(stage_id, journey_id)
        arrows = self._arrows_over(cell) if avoid_arrows else []
        usable_h = cell.h - g.EMOTION_BAND
        rows = [y] if rightwards_only else [y] + [
            yy for yy in frange(g.CELL_PADDING, usable_h - h, h + ROW_GAP) if yy != y]
        for row_y in rows:
            cx = x
            while cx + w <= cell.w - 4 or (cx == x and w > cell.w):
                rect = QRectF(cell.x + cx, cell.y + row_y, w, h).adjusted(-6, -6, 6, 6)
                hit = next((r for r in taken if r.intersects(rect)), None)
                if hit is None and any(a.intersects(rect) for a in arrows):
                    cx = ceil(cx + g.GRID * 2)  # past the arrow, a little at a time
                    continue
                if hit is None:
                    sx, sy = grid.stored_offset(stage_id, journey_id, cx, row_y)
                    return floor(sx), floor(sy)
                cx = ceil(hit.right() + 8 - cell.x)
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
        if cell is None and not self.document.node_count():
            cell = self.current_cell()  # a map's first step starts in the first stage, as Tab
            cell = (self.document.stages[0].id, cell[1]) if cell is not None else None
        cell = cell or self.current_cell()
        if cell is None:
            self.scene.message.emit(tr("Add a stage and a micro-journey first."))
            return None
        stage_id, journey_id = cell
        row_below = False
        if at is None:
            at = (self.free_spot(stage_id, journey_id, kind, avoid_arrows=True)
                  or self.free_spot(stage_id, journey_id, kind))
            if at is None:  # the cell is full: a new row below, and the lane grows
                at = self._row_below(stage_id, journey_id)
                row_below = True
        x, y = max(0.0, g.snap(at[0])), max(0.0, g.snap(at[1]))
        node = NODE_CLASSES[kind](stage_id=stage_id, journey_id=journey_id, x=x, y=y)
        if row_below:
            height = g.node_size(kind)[1]
            self._push(EditCommand(self.document, tr("Add {0}").format(kind_name(kind)),
                                   lambda d: (fit_lane(d, journey_id, y + height),
                                              d.add_node(node))))
            if not self.document.has_node(node.id):
                return None
        elif not self._push(AddNodeCommand(self.document, node)):
            return None
        self.scene.select_ids([node.id])
        if edit:
            self.edit_text(node.id)
        return node.id

    def _row_below(self, stage_id: str, journey_id: str) -> tuple[float, float]:
        """A place under every step of the cell (stored units)."""
        grid = self.scene.grid
        grid_cell = grid.cell(stage_id, journey_id)
        bottom = max([grid_cell.y] + [r.bottom() for r in
                                      self._cell_rects(stage_id, journey_id)])
        drawn_y = ceil(bottom - grid_cell.y + ROW_GAP)
        stored_y = grid.stored_offset(stage_id, journey_id, 0.0, drawn_y)[1]
        return g.CELL_PADDING, ceil(stored_y)

    def add_node_at(self, kind: NodeKind, scene_pos: QPointF, edit: bool = True) -> str | None:
        """Add a step at a point of the canvas, in the cell under it."""
        grid = self.scene.grid
        stage_id, journey_id = grid.cell_at(scene_pos.x(), scene_pos.y())
        if stage_id is None:
            return self.add_node(kind, edit=edit)
        cell = grid.cell(stage_id, journey_id)
        w, h = normal_size(kind, self.scene.large_print)
        x = min(max(0.0, scene_pos.x() - cell.x - w / 2), max(0.0, cell.w - w))
        y = min(max(0.0, scene_pos.y() - cell.y - h / 2), max(0.0, cell.h - g.EMOTION_BAND - h))
        x, y = grid.stored_offset(stage_id, journey_id, x, y)  # where it is drawn, stored
        return self.add_node(kind, (stage_id, journey_id), (x, y), edit)

    # --- arrows --------------------------------------------------------------------
    def connect(self, source: str, target: str, **fields) -> str | None:
        command = ConnectCommand(self.document, source, target, **fields)
        return command.edge.id if self._push(command) else None

    def edit_edge_label(self, edge_id: str) -> None:
        """Type an arrow's label in place, on the arrow (Enter keeps it, Escape cancels)."""
        item = self.scene.edge_item(edge_id)
        if item is None:
            return
        self.finish_inline()
        edge = self.document.edge(edge_id)
        width = 180.0 * self.scene.style.scale
        rect = item.label_rect()
        if rect.isNull():
            mid = item.path().pointAtPercent(0.5)
            rect = QRectF(mid.x() - width / 2, mid.y() - 12, width, 24)
        else:
            rect = QRectF(rect.center().x() - max(width, rect.width()) / 2, rect.top() - 4,
                          max(width, rect.width()), rect.height() + 8)

        def commit(text: str) -> None:
            self._close_inline()
            text = " ".join(text.split())
            if self.document.has_edge(edge_id) and text != self.document.edge(edge_id).label:
                self._push(UpdateEdgeCommand(self.document, edge_id, label=text))

        self._open_inline(InlineEditorItem(edge_id, rect, edge.label,
                                           self.scene.style.small_font, commit,
                                           self._close_inline))

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
            header = self.selected_header()
            return self.remove_grid(*header) if header is not None else False
        self._push_all(tr("Delete"), [DisconnectCommand(self.document, edges) if edges else None,
                                      RemoveNodesCommand(self.document, nodes) if nodes else None])
        return True

    def selected_header(self) -> tuple[str, str] | None:
        """("stage"|"journey", id) when the selection is one stage or lane (a clicked header)."""
        ids = self.scene.session.selection.ids()
        if len(ids) != 1:
            return None
        if self.document.has_stage(ids[0]):
            return "stage", ids[0]
        if self.document.has_journey(ids[0]):
            return "journey", ids[0]
        return None

    def copy_selection(self) -> bool:
        nodes = self.scene.selected_node_ids()
        if not nodes:
            return False
        fragment = make_fragment(self.document, nodes)
        clipboard.put(fragment_bytes(fragment),
                      "\n".join(self.document.node(i).label for i in nodes))
        return True

    def cut_selection(self) -> bool:
        if not self.copy_selection():
            return False
        self._push_all(tr("Cut"), [RemoveNodesCommand(self.document,
                                                      self.scene.selected_node_ids())])
        return True

    def can_paste(self) -> bool:
        return clipboard.fragment() is not None or bool(clipboard.text().strip())

    def paste(self, scene_pos: QPointF | None = None) -> list[str]:
        """Paste the clipboard's fragment (fresh ids), or its text as steps; at ``scene_pos``."""
        raw = clipboard.fragment()
        if raw is None:
            text = clipboard.text()
            if text.strip():
                return self.paste_text(text, scene_pos)
            self.scene.message.emit(tr("The clipboard holds no steps to paste."))
            return []
        try:
            nodes, edges = parse_fragment(raw)
        except FragmentError as exc:
            self.scene.message.emit(str(exc))
            return []
        return self._paste(nodes, edges, scene_pos, tr("Paste"))

    def paste_text(self, text: str, scene_pos: QPointF | None = None) -> list[str]:
        """Lines of plain text (a list from the room's notes) become a chain of steps.

        One touchpoint per non-empty line, left to right in the current cell,
        connected in order, in one undo step; the stage grows to hold them.
        """
        labels = [" ".join(line.split())[:MAX_LABEL] for line in text.splitlines()]
        labels = [label for label in labels if label][:MAX_TEXT_STEPS]
        cell = None
        if scene_pos is not None:
            cell = self.scene.grid.cell_at(scene_pos.x(), scene_pos.y())
        if cell is None or cell[0] is None:
            cell = self.current_cell()
        if not labels or cell is None:
            return []
        stage_id, journey_id = cell
        w, h = g.node_size(NodeKind.TOUCHPOINT)
        spot = self.free_spot(stage_id, journey_id, NodeKind.TOUCHPOINT)
        if spot is None:
            spot = self._row_below(stage_id, journey_id)
        x0, y = spot
        nodes = [NODE_CLASSES[NodeKind.TOUCHPOINT](
            label=label, stage_id=stage_id, journey_id=journey_id,
            x=floor(x0 + i * (w + STEP_GAP)), y=y) for i, label in enumerate(labels)]
        edges = [Connection(source=a.id, target=b.id) for a, b in zip(nodes, nodes[1:])]
        grow = []
        need_w = ceil(nodes[-1].x + w + g.CELL_PADDING)
        if need_w > self.document.stage(stage_id).width:
            grow.append(UpdateGridCommand(self.document, "stage", stage_id, width=need_w))
        need_h = ceil(y + h + g.CELL_PADDING + g.EMOTION_BAND)
        if need_h > self.document.journey(journey_id).height:
            grow.append(UpdateGridCommand(self.document, "journey", journey_id, height=need_h))
        command = PasteCommand(self.document, nodes, edges, text=tr("Paste text as steps"))
        ok = self._push_all(tr("Paste text as steps"), [*grow, command])[-1]
        if not ok:
            return []
        self.scene.select_ids([nodes[-1].id])
        return [n.id for n in nodes]

    def _paste(self, nodes, edges, scene_pos, text) -> list[str]:
        if not nodes:
            return []
        cell = at = None
        if scene_pos is not None:
            stage_id, journey_id = self.scene.grid.cell_at(scene_pos.x(), scene_pos.y())
            if stage_id is not None:
                rect = self.scene.grid.cell(stage_id, journey_id)
                cell = (stage_id, journey_id)
                x, y = self.scene.grid.stored_offset(stage_id, journey_id,
                                                     scene_pos.x() - rect.x,
                                                     scene_pos.y() - rect.y)
                at = (max(0.0, g.snap(x)), max(0.0, g.snap(y)))
        elif not all(self.document.has_stage(n.stage_id) and self.document.has_journey(
                n.journey_id) for n in nodes):
            # from another map: into the cell the facilitator is working in, where it is free
            cell = self.current_cell()
            if cell is not None:
                at = self.free_spot(cell[0], cell[1], nodes[0].kind) \
                    or (g.CELL_PADDING, g.CELL_PADDING)
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
        if plan.is_tidy(self.document):
            self.scene.message.emit(tr("The layout is already tidy."))
            return False
        self._push(EditCommand(self.document, tr("Auto-layout"), plan.apply))
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
                if not text and not self._keep_empty and self.drop_fresh(node_id):
                    return
                if text != self.document.node(node_id).label:
                    self._push(UpdateNodeCommand(self.document, node_id, text=tr("Edit text"),
                                                 label=text))
                    if self._fresh_step == node_id:
                        self._fresh_step = None

        def cancel() -> None:
            self._close_inline()
            self.drop_fresh(node_id)
            self._fresh_step = None

        self._open_inline(InlineEditorItem(node_id, box, node.label, font, commit, cancel,
                                           select=select))

    def drop_fresh(self, node_id: str) -> bool:
        """Take back the step Tab has just added, when it is still empty; True if it went.

        A stray Tab must cost nothing: the step goes with the very undo step that
        made it, which is dropped from the stack (marked obsolete after being undone,
        so Qt deletes it) rather than left for Redo to bring an empty card back.
        """
        if self._fresh_step != node_id:
            return False
        self._fresh_step = None
        if (not self.document.has_node(node_id)
                or self.document.node(node_id).label
                or not self.stack.canUndo() or self.stack.index() != self._fresh_index):
            return False
        command = self.stack.command(self.stack.index() - 1)
        command.undo()
        command.setObsolete(True)
        self.stack.undo()  # an obsolete command is not undone again, only removed
        if self._fresh_from and self.document.has_node(self._fresh_from):
            self.scene.select_ids([self._fresh_from])
        return True

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
            QTimer.singleShot(0, self.scene, self._retired.clear)
        if editor is not None:
            self.scene.editingChanged.emit(False)
            views = self.scene.views()
            if views:
                views[0].setFocus()

    def finish_inline(self) -> None:
        """Commit the open in-place editor, if any."""
        if self.inline is not None:
            self.inline.commit()

    def node_removed(self, node_id: str) -> None:
        if self.inline is not None and self.inline.target_id == node_id:
            self._fresh_step = None
            self._close_inline()

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
        attr = "stage_id" if kind == "stage" else "journey_id"
        count = sum(1 for n in self.document.nodes() if getattr(n, attr) == element_id)
        if count:  # the document's reason is English: say it in the user's words
            name = get(element_id).name
            if kind == "stage":
                error = (tr("The stage ‘{0}’ still holds one step.") if count == 1 else
                         tr("The stage ‘{0}’ still holds {1} steps.")).format(name, count)
            else:
                error = (tr("The micro-journey ‘{0}’ still holds one step.") if count == 1 else
                         tr("The micro-journey ‘{0}’ still holds {1} steps.")).format(name, count)
        answer = QMessageBox.question(
            parent, tr("Remove stage") if kind == "stage" else tr("Remove micro-journey"),
            error + "\n\n" + tr("Move its steps to ‘{0}’ and remove it?").format(neighbour.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._push(RemoveGridCommand(self.document, kind, element_id, neighbour.id))

