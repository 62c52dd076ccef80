"""Presentation mode (F5): the map for a room, one micro-journey at a time.

A facilitator in front of a projector needs the map and nothing else: the
window goes full screen without menus, toolbar, panels or status bar; the view
shows the current step's micro-journey fitted to the screen, but never smaller
than step names of :data:`NAME_PX` pixels (a long lane then shows a run of stages
around the step); Page Down / Page Up and the arrow keys walk along the flow;
the counts in the corner (:mod:`.map_counts`: the open friction points), the find
bar and the timer stay on the map and grow for the room (``activeChanged``).
Capturing still works: Tab adds the next step, and the view follows it. Escape
(when no text is being typed) gives the window back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal

from ..model.flow import lane_orders

NAME_PX = 28  # step names at least this tall on screen: readable from the back of a room
_NEXT = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)


class Presentation(QObject):
    """Enters and leaves presentation mode for one window, and walks the flow in it."""

    activeChanged = Signal(bool)  # the overlays on the map grow for the room, and shrink back

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._before: dict = {}
        self._lane: str | None = None

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
        window.session.selection.changed.connect(self._follow)
        self.activeChanged.emit(True)
        self.view.setFocus()
        if self.current() is None:
            steps = self.steps()
            if steps:
                self.scene.select_ids([steps[0]])
        self._lane = None
        self.show_current()

    def leave(self) -> None:
        if not self.active:
            return
        window, before = self.window, self._before
        self.active = False
        self.view.removeEventFilter(self)
        window.session.selection.changed.disconnect(self._follow)
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
        :data:`NAME_PX`; a lane too long for that shows the stages around the step."""
        node_id = self.current()
        if node_id is None:
            return
        self.scene.flush()
        node = self.document.node(node_id)
        lane = self.scene.grid.lane(node.journey_id)
        rect = QRectF(lane.x, lane.y, lane.w, lane.h)
        item = self.scene.node_item(node_id)
        step = item.scene_rect() if item is not None else rect
        viewport = self.view.viewport().rect()
        margin = 16
        fitted = min((viewport.width() - 2 * margin) / max(rect.width(), 1.0),
                     (viewport.height() - 2 * margin) / max(rect.height(), 1.0))
        zoom = max(self.name_zoom(), min(fitted, 2 * self.name_zoom()))
        self.view.set_zoom(zoom)
        centre = rect.center()
        if rect.width() * zoom > viewport.width() - 2 * margin:
            centre.setX(step.center().x())  # a run of stages around the step
        if rect.height() * zoom > viewport.height() - 2 * margin:
            centre.setY(step.center().y())
        self.view.centerOn(centre)
        self.view.ensureVisible(step, margin, margin)
        self._lane = node.journey_id

    def _follow(self) -> None:
        """A new or chosen step comes into view; a step in another lane brings its lane."""
        node_id = self.current()
        if node_id is None:
            return
        node = self.document.node(node_id)
        if node.journey_id != self._lane:
            self.show_current()
            return
        item = self.scene.node_item(node_id)
        if item is not None:
            self.view.ensureVisible(item.scene_rect(), 40, 40)

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
