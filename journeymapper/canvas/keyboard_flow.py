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
  **Enter** commits; **Escape** cancels. A step that Tab had just added and that is
  still empty when its editor closes goes away with the undo step that made it, so
  a stray Tab costs nothing (Tab on it again continues from where it came from).
* **Arrow keys** move the selection: right/left along the arrows (or to the
  nearest step that way), up/down to the nearest step above or below.
* **Alt+arrow keys** move the selected steps into the neighbouring stage or lane.
* **+** / **−** on selected steps: the customer's rating of a touchpoint (the
  emotion curve follows at once; the first press sets it to neutral), the
  severity of a crossroads.
* **Enter** or **F2** edits the selected step's text, or renames the selected stage or
  lane (its header clicked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..commands import EditCommand, MoveNodesCommand, UpdateItemsCommand
from ..model import EdgeKind, NodeKind, Sentiment
from ..model import geometry as g
from ..model.editing import add_next_step, place_next
from .snapping import floor
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
                node_id, source = self.inline.target_id, self._fresh_from
                fork = key == Qt.Key.Key_Backtab or shift
                self.inline.commit()
                if self.document.has_node(node_id):
                    self._continue_from(node_id, fork)
                elif source is not None:  # it was empty and went: go on from its source
                    self._continue_from(source, fork)
                else:
                    self.start_journey()
            elif key == Qt.Key.Key_Escape:
                self.inline.cancel()
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
                self.inline.commit()
            elif key in _ARROWS and mods & Qt.KeyboardModifier.AltModifier:
                node_id = self.inline.target_id
                self._keep_empty = True  # the room moves the new step on, then names it
                try:
                    self.inline.commit()
                finally:
                    self._keep_empty = False
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
            header = self.selected_header() if not ids else None
            if header is not None:  # a clicked stage or lane header: rename it
                self.rename_grid(*header)
            elif len(ids) == 1:
                self.edit_text(ids[0])
            else:
                return False
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
        doc = self.document
        source = doc.node(node_id)
        w, h = g.node_size(kind)
        x, y = place_next(doc, node_id, w, h, below)
        node = NODE_CLASSES[kind](stage_id=source.stage_id, journey_id=source.journey_id,
                                  x=x, y=y)
        text = tr("Add next step") if kind != NodeKind.CROSSROADS else tr("Add crossroads")
        self._fresh_index = self.stack.index() + 1
        self._push(EditCommand(doc, text, lambda d: add_next_step(
            d, node_id, node, below=below, sentiment=sentiment)))
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
            first = min(steps, key=lambda i: (i.scenePos().y(), i.scenePos().x()))
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

