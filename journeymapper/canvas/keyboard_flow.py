"""The keyboard flow for live workshops: a micro-journey captured without the mouse.

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
* **+** / **−** on selected steps: the customer's rating of a touchpoint (the
  emotion curve follows at once; the first press sets it to neutral), the
  severity of a crossroads.
* **Enter** or **F2** edits the selected step's text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..commands import (
    AddNodeCommand,
    ConnectCommand,
    DisconnectCommand,
    MoveNodesCommand,
    UpdateGridCommand,
    UpdateItemsCommand,
)
from ..model import EdgeKind, NodeKind, Sentiment
from ..model import geometry as g
from .snapping import ROW_GAP, STEP_GAP, ceil, floor
from .words import NODE_CLASSES, tr

_ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
           Qt.Key.Key_Down: "down"}


class KeyboardFlow:
    """Tab, Shift+Tab, arrows and Alt+arrows on the canvas (mixed into ``Editing``)."""

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
            if not self.scene.cancel_gesture():  # a drag or an arrow being drawn
                self.scene.select_ids([])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) \
                and not mods & Qt.KeyboardModifier.ControlModifier:
            if not self.nudge_selection(-1 if key == Qt.Key.Key_Minus else 1):
                return False
        else:
            return False
        event.accept()
        return True

    def nudge_selection(self, step: int) -> bool:
        """+ / −: the customer's rating of touchpoints, the severity of crossroads.

        The room says "that one was worse" and the emotion curve dips at once;
        one undo step for the whole selection.
        """
        changes = []
        for node_id in self.scene.selected_node_ids():
            node = self.document.node(node_id)
            if node.kind == NodeKind.TOUCHPOINT:
                rating = 0 if node.rating is None else max(-2, min(2, node.rating + step))
                if rating != node.rating:
                    changes.append(("node", node_id, {"rating": rating}))
            elif node.kind == NodeKind.CROSSROADS:
                severity = max(1, min(5, node.severity + step))
                if severity != node.severity:
                    changes.append(("node", node_id, {"severity": severity}))
        if not changes:
            return False
        text = tr("Better") if step > 0 else tr("Worse")
        return self._push(UpdateItemsCommand(self.document, changes, text=text))

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

        Right after the step in its row, in the same stage: what is in the way
        moves right and a full stage grows, rather than the step landing in a
        stage nobody chose (Alt+Right then moves it on). In the middle of a
        journey it is inserted: A → B becomes A → new → B. With ``below`` the
        new step goes under the step's other branches.
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
            x = floor(source.x + sw + STEP_GAP)
            targets = [doc.node(e.target) for e in doc.out_edges(node_id)]
            lowest = max([source.y + sh] + [t.y + g.node_size(t.kind)[1] for t in targets
                                             if t.journey_id == journey_id])
            y = ceil(lowest + ROW_GAP)
            commands += self._make_room(node_id, stage_id, journey_id, x, y, w, h)
            need_h = ceil(y + h + g.CELL_PADDING + g.EMOTION_BAND)
            if need_h > lane_h:
                commands.append(UpdateGridCommand(doc, "journey", journey_id, height=need_h))
        else:
            stage_id = source.stage_id
            y = max(0.0, floor(source.y + (sh - h) / 2))
            x = floor(source.x + sw + STEP_GAP)
            commands += self._make_room(node_id, stage_id, journey_id, x, y, w, h)
        node = NODE_CLASSES[kind](stage_id=stage_id, journey_id=journey_id, x=x, y=y)
        fields = {}
        if sentiment is not None and source.kind == NodeKind.CROSSROADS:
            fields["sentiment"] = sentiment
        commands.append(AddNodeCommand(doc, node))
        commands.append(ConnectCommand(doc, node_id, node.id, **fields))
        if not below and source.kind != NodeKind.CROSSROADS:
            commands += self._insert_into_flow(node_id, node)
        text = tr("Add next step") if kind != NodeKind.CROSSROADS else tr("Add crossroads")
        self._fresh_index = self.stack.index() + 1
        self._push_all(text, commands)
        if not doc.has_node(node.id):
            return None
        self.scene.select_ids([node.id])
        self._reveal(node.id)
        if edit:
            self._fresh_step, self._fresh_from = node.id, node_id
            self.edit_text(node.id)
        return node.id

    def _make_room(self, node_id: str, stage_id: str, journey_id: str, x: float, y: float,
                   w: float, h: float) -> list:
        """Commands that shift what is in the way along the row, and widen the stage."""
        grid, doc = self.scene.grid, self.document
        cell = grid.cell(stage_id, journey_id)
        top, bottom, left = cell.y + y - 6, cell.y + y + h + 6, cell.x + x - 6
        in_way = []
        for other_id in self.scene.nodes_in_cell(stage_id, journey_id):
            item = self.scene.node_item(other_id)
            if other_id == node_id or item is None:
                continue
            r = item.scene_rect()
            if r.bottom() > top and r.top() < bottom and r.right() > left:
                in_way.append(item)
        commands = []
        right = x + w
        if in_way:
            nearest = min(i.scene_rect().left() - cell.x for i in in_way)
            shift = max(0.0, ceil(x + w + STEP_GAP - nearest))
            moves = {}
            for item in in_way:
                n = item.node
                moves[n.id] = (n.stage_id, n.journey_id, n.x + shift, n.y)
                right = max(right, n.x + shift + item.width)
            if shift:
                commands.append(MoveNodesCommand.to(doc, moves, text=tr("Make room")))
        if right + g.CELL_PADDING > doc.stage(stage_id).width:
            commands.insert(0, UpdateGridCommand(doc, "stage", stage_id,
                                                 width=ceil(right + g.CELL_PADDING)))
        return commands

    def _insert_into_flow(self, node_id: str, node) -> list:
        """A → B becomes A → new → B when A had exactly one way on (Tab inserts)."""
        doc = self.document
        flows = [e for e in doc.out_edges(node_id) if e.kind == EdgeKind.FLOW]
        if len(flows) != 1:
            return []
        old = flows[0]
        fields = dict(label=old.label, share=old.share)
        if node.kind == NodeKind.CROSSROADS:
            fields.update(kind=EdgeKind.BRANCH, sentiment=Sentiment.GOOD)
        else:
            fields.update(kind=EdgeKind.FLOW, sentiment=old.sentiment)
        return [DisconnectCommand(doc, [old.id]),
                ConnectCommand(doc, node.id, old.target, **fields)]

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
            y = min(node.y, floor(max(0.0, cell.h - g.EMOTION_BAND - h)))
            x = min(node.x, floor(max(0.0, cell.w - w))) if direction in ("up", "down") \
                else g.CELL_PADDING
            spot = self.free_spot(stage_id, journey_id, node.kind, x, y)
            if spot is not None:
                x, y = spot
            targets[node_id] = (stage_id, journey_id, x, y)
        if not self._push(MoveNodesCommand.to(self.document, targets)):
            return False
        self._reveal(ids[0])
        return True

