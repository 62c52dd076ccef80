"""Find (Ctrl+F): a bar over the top of the map that goes to the steps mentioning some words.

Someone in the room calls out "the lost-luggage desk"; the facilitator types
"lost" and the view goes there. What is searched, in what order and how accents
count is the model's rule (:mod:`journeymapper.model.find`); this bar types,
counts ("3 of 7", "No match") and moves the view:

- each letter typed goes to the first match at or after the selected step (so
  typing on narrows in place, as a browser's find does); Enter and Shift+Enter
  (or the bar's arrows, F3 and Shift+F3) go to the next and previous match, round
  the end;
- the match is selected and centred, at a zoom where step names are readable
  (:data:`READABLE_NAME_PX` or more: a zoom that is readable already stays); in
  presentation mode the presentation's own rule shows it (its micro-journey,
  names of :data:`~.presentation.NAME_PX`);
- Escape closes the bar and gives the keyboard back to the map, the match still
  selected (Enter or F2 then edits it); the bar floats over the view, so it is
  there in presentation mode too, and larger;
- an edit while the bar is open counts again when the editing pauses: a step
  renamed into or out of the search shows in the count.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from ..look import palette as pal
from ..model.find import find_order, find_steps
from .overlay import ViewOverlay, overlay_button, panel_style, rgba

READABLE_NAME_PX = 12  # the least height of step names when find shows a match (px)
RECOUNT_MS = 150  # after an edit, count again once the editing pauses (a big map: ~0.2 s)
TEXT_PX = {False: 15, True: 24}  # the bar's type: at a desk, in presentation mode
WIDTH_PX = {False: 460, True: 760}


class FindBar(ViewOverlay):
    """The find bar of one window (``window.editor``, ``window.session``, ``window.presentation``)."""

    def __init__(self, window, readable_px: float = READABLE_NAME_PX) -> None:
        super().__init__(window.editor.view, "top_centre")
        self.setObjectName("FindBar")
        self.window = window
        self.readable_px = readable_px
        self.presenting = False
        self.matches: list[str] = []
        self.index = -1
        self._order: list[str] | None = None
        self._order_version = -1
        self._stale = False  # the map changed while the bar was closed
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self._count_again)

        self.field = QLineEdit(self)
        self.field.setObjectName("FindField")
        self.field.setPlaceholderText(self.tr("Find a step, a question or an owner"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("FindCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = overlay_button(
            self, "▲", self.tr("Previous match (Shift+Enter)"), lambda: self.step(-1))
        self.next_button = overlay_button(self, "▼", self.tr("Next match (Enter)"),
                                          lambda: self.step(1))
        self.close_button = overlay_button(self, "✕", self.tr("Close (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        window.session.documentChanged.connect(self._map_changed)
        self._restyle()
        self.hide()

    # --- opening and closing ------------------------------------------------------------
    def open(self) -> None:
        """Show the bar (or bring the keyboard back to it) with its text selected."""
        self.show()
        self.place()
        if self._stale:
            self._count_again()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text() and not self.matches:
            self._typed(self.field.text())

    def close_bar(self) -> None:
        """Hide the bar; the map has the keyboard again, the match still selected."""
        self.hide()
        self.window.editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def is_open(self) -> bool:
        return self.isVisible()

    # --- searching ----------------------------------------------------------------------
    def order(self) -> list[str]:
        """The map's find order, worked out once per version of the map."""
        document = self.window.session.document
        if self._order is None or self._order_version != document.version:
            self._order = find_order(document)
            self._order_version = document.version
        return self._order

    def _typed(self, text: str) -> None:
        self._stale = False
        self._recount.stop()
        order = self.order()
        self.matches = find_steps(self.window.session.document, text, order)
        self.index = -1
        if self.matches:
            self.index = self._at_or_after(self._selected_step(), order)
            self.go()
        self._show_count()

    def _selected_step(self) -> str | None:
        ids = [i for i in self.window.session.selection.ids()
               if self.window.session.document.has_node(i)]
        return ids[0] if ids else None

    def _at_or_after(self, node_id: str | None, order: list[str]) -> int:
        """The first match at ``node_id`` or after it in ``order``, round the end."""
        if node_id is None or node_id not in order:
            return 0
        where = {n: i for i, n in enumerate(order)}
        here = where[node_id]
        for i, match in enumerate(self.matches):
            if where[match] >= here:
                return i
        return 0

    def step(self, by: int) -> bool:
        """To the next (``by`` 1) or previous (-1) match, round the end (F3 and Shift+F3
        walk the last search with the bar closed, too)."""
        if self._stale:
            self._count_again()
        if not self.matches:
            return False
        self.index = (self.index + by) % len(self.matches) if self.index >= 0 else 0
        self.go()
        self._show_count()
        return True

    def current(self) -> str | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def go(self) -> None:
        """Select the current match and show it readably."""
        node_id = self.current()
        if node_id is None:
            return
        editor = self.window.editor
        editor.scene.select_ids([node_id])
        presentation = getattr(self.window, "presentation", None)
        if presentation is not None and presentation.active:
            presentation.show_current()
            return
        view = editor.view
        editor.scene.flush()
        least = view.zoom_for_names(self.readable_px)
        if view.zoom() < least:
            view.set_zoom(least)
        item = editor.scene.node_item(node_id)
        if item is not None:
            view.centerOn(item.scene_rect().center())

    def _map_changed(self, batch) -> None:
        """A step renamed into or out of the search, added or removed: count again, staying
        on the match shown when it still matches (no jump while someone edits)."""
        if not self.field.text().strip():
            return
        self._stale = True  # counted again when the editing pauses, or when next used
        if self.isVisible():
            self._recount.start()

    def _count_again(self) -> None:
        self._recount.stop()
        self._stale = False
        current = self.current()
        self.matches = find_steps(self.window.session.document, self.field.text(),
                                  self.order())
        self.index = self.matches.index(current) if current in self.matches else (
            0 if self.matches else -1)
        self._show_count()

    # --- how it looks -------------------------------------------------------------------
    def _show_count(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.count.setText("")
            missing = False
        elif not self.matches:
            self.count.setText(self.tr("No match"))
            missing = True
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.index + 1, len(self.matches)))
            missing = False
        self.field.setProperty("missing", missing)
        self._restyle()

    def set_presenting(self, on: bool) -> None:
        self.presenting = bool(on)
        self._restyle()
        if self.isVisible():
            self.place()

    def _restyle(self) -> None:
        px = TEXT_PX[self.presenting]
        missing = bool(self.field.property("missing"))
        field_fill = rgba(pal.SEVERITY_FILL[0]) if missing else pal.PAPER
        self.setStyleSheet(
            panel_style("FindBar", border=pal.SELECTION_COLOUR, width=2, alpha=245)
            + f" QLineEdit {{ font-size: {px}px; padding: 2px 4px; background: {field_fill};"
            f" color: {pal.INK}; }}"
            f" QLabel#FindCount {{ font-size: {px}px; font-weight: bold; color: "
            f"{pal.OVERLAY_ALERT if missing else pal.INK}; background: transparent;"
            f" border: none; }}"
            f" QToolButton {{ font-size: {px}px; color: {pal.INK}; border: none;"
            f" background: transparent; padding: 0 4px; }}")
        self.setMinimumWidth(WIDTH_PX[self.presenting])

    # --- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if shift else 1)
                return True
            if event.matches(QKeySequence.StandardKey.FindNext) or key == Qt.Key.Key_Down:
                self.step(1)
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious) or key == Qt.Key.Key_Up:
                self.step(-1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        if watched is self.field and event.type() == QEvent.Type.ShortcutOverride:
            if event.key() == Qt.Key.Key_Escape:
                event.accept()  # Escape closes the bar, not presentation mode
                return True
        return super().eventFilter(watched, event)
