"""Presentation mode (F5): the map for a room, one micro-journey at a time.

A facilitator in front of a projector needs the map and nothing else: the
window goes full screen without menus, toolbar, panels or status bar; the view
shows the current step's micro-journey fitted to the screen, but never smaller
than step names of :data:`NAME_PX` pixels (a long lane then shows a run of whole
stages, like a slide: :func:`run_of`, and nothing of the stages beside it);
Page Down / Page Up and the arrow keys walk along the flow;
the counts in the corner (:mod:`.map_counts`: the open friction points), the find
bar and the timer stay on the map and grow for the room (``activeChanged``).
Capturing still works: Tab adds the next step, and the view follows it. Escape
(when no text is being typed) gives the window back as it was.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal

from ..model.flow import lane_orders

NAME_PX = 28  # step names at least this tall on screen: readable from the back of a room
MARGIN = 16  # screen pixels between the shown part of the map and the screen's edge
_NEXT = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)

Span = tuple[float, float]  # (start, end) along one axis of the map


def run_of(parts: Sequence[Span], index: int, room: float, step: Span,
           cards: Iterable[Span]) -> Span:
    """What to show along one axis: whole parts (stages, or a lane) that fit in ``room``.

    The parts are dealt into pages of consecutive parts that fit in ``room`` (the
    map's length that fits the screen at the least readable zoom), and the page
    holding ``parts[index]`` is shown: it ends at a stage's edge, so no card of the
    next stage is cut by the screen's edge, and it stands still while the presenter
    walks the steps inside it, like a slide. As few pages as can be, and of those
    dealings the one whose narrowest page is widest: no lone narrow stage blown up
    between two full ones when its neighbour could have joined it.

    One part longer than ``room`` cannot be shown whole: then ``room`` around the
    ``step`` is shown, its ends pulled in past any of the ``cards`` they would cut.
    """
    first, last = _page(parts, index, room)
    low, high = parts[first][0], parts[last][1]
    if high - low <= room or step[1] - step[0] >= room:
        return low, high
    middle = (step[0] + step[1]) / 2
    start = max(low, min(middle - room / 2, high - room))
    end = min(high, start + room)
    cards = [card for card in cards if card[0] < end and card[1] > start]
    moved = True
    while moved:
        moved = False
        for first, last in cards:
            if first < start < last:
                start, moved = last, True
            if first < end < last:
                end, moved = first, True
    if start > step[0] or end < step[1]:
        return step  # (cards overlapping the step itself: it is shown, whatever else)
    return start, end


def _page(parts: Sequence[Span], index: int, room: float) -> tuple[int, int]:
    """The first and last part of the page holding ``parts[index]`` (see :func:`run_of`).

    best[i] is the best dealing of the first i parts as (pages, minus its narrowest
    page's length) and where its last page begins; a part longer than ``room`` is a
    page of its own.
    """
    count = len(parts)
    best: list[tuple[tuple[int, float], int]] = [((0, float("-inf")), 0)]
    for end in range(1, count + 1):
        choice = None
        for begin in range(end - 1, -1, -1):
            length = parts[end - 1][1] - parts[begin][0]
            if length > room and begin < end - 1:
                break
            (pages, narrowest), _ = best[begin]
            score = (pages + 1, max(narrowest, -length))
            if choice is None or score < choice[0]:
                choice = (score, begin)
        best.append(choice)
    end = count
    while True:
        begin = best[end][1]
        if begin <= index < end:
            return begin, end - 1
        end = begin


class Presentation(QObject):
    """Enters and leaves presentation mode for one window, and walks the flow in it."""

    activeChanged = Signal(bool)  # the overlays on the map grow for the room, and shrink back

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._before: dict = {}
        self._refit = QTimer(self)  # after the screen settles, or the map changes
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.show_current)

    # --- the parts ---------------------------------------------------------------
    @property
    def view(self):
        return self.window.editor.view

    @property
    def scene(self):
        return self.window.editor.scene

    @property
    def document(self):
        return self.window.session.document

    def steps(self) -> list[str]:
        """Every step in the order a room walks through them: lane by lane, each in flow order."""
        lanes = lane_orders(self.document)  # one pass over the map, not one per lane
        return [step for journey in self.document.journeys
                for step in lanes.get(journey.id, ())]

    def current(self) -> str | None:
        ids = [i for i in self.window.session.selection.ids() if self.document.has_node(i)]
        return ids[0] if len(ids) == 1 else None

    # --- entering and leaving ---------------------------------------------------------
    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        window = self.window
        self.active = True
        self._before = {
            "full_screen": window.isFullScreen(),
            "maximized": window.isMaximized(),
            "menu": window.menuBar().isVisible(),
            "toolbar": window.toolbar.isVisible(),
            "status": window.statusBar().isVisible(),
            "docks": [d for d in window.docks() if not d.isHidden()],
            "large_print": self.view.large_print(),
            "zoom": self.view.zoom(),
            "centre": self.view.mapToScene(self.view.viewport().rect().center()),
        }
        for dock in self._before["docks"]:
            dock.hide()
        window.menuBar().hide()
        window.toolbar.hide()
        window.statusBar().hide()
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # the room sees the map, not the controls
        self.view.setHorizontalScrollBarPolicy(off)
        self.view.setVerticalScrollBarPolicy(off)
        window.editor.set_large_print(True)  # thick lines and big type for a projector
        window.showFullScreen()
        self._set_action(True)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        window.session.selection.changed.connect(self._follow)
        window.session.documentChanged.connect(self._map_changed)
        self.activeChanged.emit(True)
        self.view.setFocus()
        if self.current() is None:
            steps = self.steps()
            if steps:
                self.scene.select_ids([steps[0]])
        self.show_current()

    def leave(self) -> None:
        if not self.active:
            return
        window, before = self.window, self._before
        self.active = False
        self._refit.stop()
        self.view.removeEventFilter(self)
        self.view.viewport().removeEventFilter(self)
        self.view.show_only(None)
        window.session.selection.changed.disconnect(self._follow)
        window.session.documentChanged.disconnect(self._map_changed)
        self.activeChanged.emit(False)
        self._set_action(False)
        if not before.get("full_screen"):
            if before.get("maximized"):
                window.showMaximized()
            else:
                window.showNormal()
        window.menuBar().setVisible(before.get("menu", True))
        window.toolbar.setVisible(before.get("toolbar", True))
        window.statusBar().setVisible(before.get("status", True))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for dock in before.get("docks", []):
            dock.show()
        window.editor.set_large_print(before.get("large_print", False))
        self.view.set_zoom(before.get("zoom", self.view.zoom()))
        if before.get("centre") is not None:
            self.view.centerOn(before["centre"])
        self.view.setFocus()

    def _set_action(self, on: bool) -> None:
        action = self.window.actions.get("presentation")
        if action is not None and action.isChecked() != on:
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    # --- what is shown ------------------------------------------------------------
    def name_zoom(self) -> float:
        """The least zoom at which step names are :data:`NAME_PX` pixels tall."""
        return NAME_PX / max(1, self.scene.style.label_font.pixelSize())

    def show_current(self) -> None:
        """The current step's micro-journey fitted to the screen, with names never below
        :data:`NAME_PX`; a lane too long for that shows a run of whole stages."""
        if not self.active:
            return
        frame = self.frame()
        if frame is None:
            return
        # an arrow's label on the page's edge is shown whole beside it: room for it too
        extent = QRectF(frame)
        for _item, label in self.view.labels_across(frame):
            extent = extent.united(label)
        viewport = self.view.viewport().rect()
        fitted = min((viewport.width() - 2 * MARGIN) / max(extent.width(), 1.0),
                     (viewport.height() - 2 * MARGIN) / max(extent.height(), 1.0))
        self.view.set_zoom(max(self.name_zoom(), min(fitted, 2 * self.name_zoom())))
        self.view.centerOn(extent.center())
        if not self.view.mapToScene(viewport).boundingRect().contains(frame):
            self.view.centerOn(frame.center())  # the run itself comes first
        self.view.show_only(frame)

    def frame(self) -> QRectF | None:
        """The part of the map presented for the current step (None: no step is current).

        Its micro-journey, with the stage names above it for the first lane and
        the lane's name beside the first stage; when that is too long for names of
        :data:`NAME_PX`, the page of whole stages holding the step (:func:`run_of`).
        The rest of the screen shows nothing of the map: the view paints it over.
        """
        node_id = self.current()
        if node_id is None:
            return None
        self.scene.flush()
        node = self.document.node(node_id)
        grid = self.scene.grid
        item = self.scene.node_item(node_id)
        if item is None or node.stage_id not in grid.stage_ids:
            return None
        lane = grid.lane(node.journey_id)
        viewport = self.view.viewport().rect()
        zoom = self.name_zoom()
        room_w = (viewport.width() - 2 * MARGIN) / zoom
        room_h = (viewport.height() - 2 * MARGIN) / zoom
        columns = [(grid.column(s).x, grid.column(s).right) for s in grid.stage_ids]
        columns[0] = (0.0, columns[0][1])  # the lane's name beside the first stage
        top = 0.0 if grid.journey_ids.index(node.journey_id) == 0 else lane.y
        step = item.sceneBoundingRect()
        items = (self.scene.node_item(i) for stage_id in grid.stage_ids
                 for i in self.scene.nodes_in_cell(stage_id, node.journey_id))
        cards = [i.sceneBoundingRect() for i in items if i is not None]
        left, right = run_of(columns, grid.stage_ids.index(node.stage_id), room_w,
                             (step.left(), step.right()),
                             [(c.left(), c.right()) for c in cards])
        top, bottom = run_of([(top, lane.bottom)], 0, room_h, (step.top(), step.bottom()),
                             [(c.top(), c.bottom()) for c in cards
                              if c.right() > left and c.left() < right])
        return QRectF(left, top, right - left, bottom - top)

    def _follow(self) -> None:
        """A new or chosen step comes into view: the page of stages (or lane) holding it."""
        if self.current() is not None:
            self.show_current()

    def _map_changed(self, _batch) -> None:
        """A step typed longer, added or moved may change the page: fitted again, once."""
        self._refit.start()

    def move(self, step: int) -> bool:
        """To the next (``step`` 1) or previous (-1) step along the flow."""
        steps = self.steps()
        if not steps:
            return False
        current = self.current()
        if current in steps:
            index = max(0, min(len(steps) - 1, steps.index(current) + step))
        else:
            index = 0 if step > 0 else len(steps) - 1
        self.scene.select_ids([steps[index]])
        self.show_current()
        return True

    # --- keys ---------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            # full screen comes from the window manager a moment after it is asked for
            self._refit.start()
            return False
        if event.type() != QEvent.Type.KeyPress or watched is not self.view:
            return False
        editing = self.scene.editing.is_editing()
        if editing:
            return False  # typing: the keys belong to the text
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.leave()
            return True
        if plain and key in _NEXT:
            return self.move(1)
        if plain and key in _PREVIOUS:
            return self.move(-1)
        return False
