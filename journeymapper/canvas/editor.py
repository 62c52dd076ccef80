"""The canvas editor the main window hosts: the view, a palette, and the actions.

``CanvasEditor(session)`` shows one :class:`~journeymapper.state.MapSession`.
Its ``actions`` dict holds the QActions the window puts in its menus; the keys
are stable: "cut", "copy", "paste", "duplicate", "delete", "select_all",
"zoom_in", "zoom_out", "fit_map", "large_print" (checkable), "auto_layout",
"add_touchpoint", "add_crossroads", "add_outcome", "add_note" (one ``add_<kind>`` per
entry of :data:`journeymapper.look.kinds.KINDS`, in its order), "add_stage", "add_lane".

The clipboard actions only fire while the canvas has the keyboard focus
(``WidgetWithChildrenShortcut``), so Ctrl+C in a panel's text field copies
text, not steps; the view and add actions work anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence, QPainter, \
    QPen, QPixmap, QPixmapCache, QPolygonF
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from ..look import palette as pal
from ..look.kinds import KINDS
from ..model import NodeKind
from .owner_drop import OwnerDrop
from .owner_focus import OwnerFocus
from .scene import JourneyScene
from .view import JourneyView
from .words import kind_text

EDIT_KEYS = ("cut", "copy", "paste", "duplicate", "delete", "select_all")
PIXMAP_CACHE_KB = 96 * 1024


def palette_icon(kind: str, size: int = 32) -> QIcon:
    """A small drawing of the shape itself, so the palette reads like the map: ``kind``
    is a step's shape (look/kinds.SHAPES), "stage" or "lane"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(pal.INK), 1.6))
    s = float(size)
    if kind == "card":
        p.setBrush(QColor(pal.CARD_FILL))
        p.drawRoundedRect(QRectF(3, 8, s - 6, s - 16), 4, 4)
        p.fillRect(QRectF(4, 9, 4, s - 18), QColor("#0072B2"))
    elif kind == "diamond":
        p.setBrush(QColor(pal.SEVERITY_FILL[2]))
        p.drawPolygon(QPolygonF([QPointF(s / 2, 3), QPointF(s - 3, s / 2),
                                 QPointF(s / 2, s - 3), QPointF(3, s / 2)]))
    elif kind == "pill":
        p.setBrush(QColor(pal.OUTCOME_FILL[list(pal.OUTCOME_FILL)[0]]))
        p.drawRoundedRect(QRectF(2, 10, s - 4, s - 20), (s - 20) / 2, (s - 20) / 2)
    elif kind == "note":
        p.setBrush(QColor(pal.NOTE_FILL))
        p.drawRect(QRectF(5, 5, s - 10, s - 10))
    elif kind == "stage":
        p.setBrush(QColor(pal.HEADER_FILL))
        p.drawRect(QRectF(3, 3, s - 6, 8))
        p.setBrush(QColor(pal.COLUMN_TINTS[0]))
        p.drawRect(QRectF(3, 11, s - 6, s - 14))
        p.drawLine(QPointF(s / 2, 3), QPointF(s / 2, s - 3))
    elif kind == "lane":
        p.setBrush(QColor(pal.HEADER_FILL))
        p.drawRect(QRectF(3, 3, 8, s - 6))
        p.setBrush(QColor(pal.COLUMN_TINTS[1]))
        p.drawRect(QRectF(11, 3, s - 14, s - 6))
        p.drawLine(QPointF(3, s / 2), QPointF(s - 3, s / 2))
    p.end()
    return QIcon(pixmap)


class CanvasEditor(QWidget):
    """The drawing canvas for one map session, with its palette and actions."""

    statusMessage = Signal(str)  # refusals and hints, for the window's status bar

    def __init__(self, session, parent: QWidget | None = None, show_palette: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        # cards cache their drawing per zoom (DeviceCoordinateCache); Qt's default 10 MB
        # holds ~50 cards on a high-dpi projector, so give the cache room
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        self.scene = JourneyScene(session, self)
        self.view = JourneyView(self.scene, self)
        # the ownership panel's view options and owner drops (journeymapper.state.view_options)
        self.owner_focus = OwnerFocus(self.scene, session, self)
        self.owner_drop = OwnerDrop(self.view, session, self)
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self.scene.editing.actions = self.actions  # the context menus show the shortcuts
        self.palette: QToolBar | None = self._make_palette() if show_palette else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if self.palette is not None:
            layout.addWidget(self.palette)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.scene.message.connect(self.statusMessage)
        self.scene.editingChanged.connect(self._editing_changed)
        session.selection.changed.connect(self._update_actions)
        QGuiApplication.clipboard().dataChanged.connect(self._update_actions)
        self._update_actions()

    # --- actions ---------------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut=None, canvas_only=False,
                checkable=False, icon: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"canvas_{key}")
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            keys = []
            for s in shortcuts:
                keys.extend(QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey)
                            else [QKeySequence(s)])
            action.setShortcuts(keys)
        if canvas_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        if icon:
            action.setIcon(palette_icon(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.addAction(action)
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        ed = self.scene.editing
        std = QKeySequence.StandardKey
        self._action("cut", self.tr("Cu&t"), ed.cut_selection, std.Cut, canvas_only=True)
        self._action("copy", self.tr("&Copy"), ed.copy_selection, std.Copy, canvas_only=True)
        self._action("paste", self.tr("&Paste"), ed.paste, std.Paste, canvas_only=True)
        self._action("duplicate", self.tr("D&uplicate"), ed.duplicate_selection, "Ctrl+D",
                     canvas_only=True)
        self._action("delete", self.tr("&Delete"), ed.delete_selection,
                     [std.Delete, "Backspace"], canvas_only=True)
        self._action("select_all", self.tr("Select &All"), ed.select_all, std.SelectAll,
                     canvas_only=True)
        self._action("zoom_in", self.tr("Zoom &In"), self.view.zoom_in, std.ZoomIn)
        self._action("zoom_out", self.tr("Zoom &Out"), self.view.zoom_out, std.ZoomOut)
        self._action("fit_map", self.tr("&Fit Map"), self.view.fit_map, "Ctrl+0",
                     tip=self.tr("Show the whole map"))
        self._action("large_print", self.tr("&Large Print"), self.set_large_print, "Ctrl+L",
                     checkable=True,
                     tip=self.tr("Bigger type and lines, higher contrast: for projectors"))
        self._action("auto_layout", self.tr("Auto-&layout"), self.auto_layout, "Ctrl+Shift+L",
                     tip=self.tr("Tidy the selected step's micro-journey, or the whole map"))
        for spec in KINDS:
            text = kind_text(spec.add_text)
            self._action(spec.action_key, text, lambda k=spec.kind: self._add(k), spec.shortcut,
                         icon=spec.shape, tip=text.replace("&", ""))
        self._action("add_stage", self.tr("Add &Stage"), lambda: self._add_grid("stage"),
                     icon="stage", tip=self.tr("Add a stage (a column) after the current one"))
        self._action("add_lane", self.tr("Add &Micro-journey"),
                     lambda: self._add_grid("journey"), icon="lane",
                     tip=self.tr("Add a micro-journey (a lane) below the current one"))

    def _make_palette(self) -> QToolBar:
        bar = QToolBar(self.tr("Palette"), self)
        bar.setObjectName("canvas_palette")
        bar.setIconSize(QSize(24, 24))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for spec in KINDS:
            bar.addAction(self.actions[spec.action_key])
        bar.addSeparator()
        bar.addAction(self.actions["add_stage"])
        bar.addAction(self.actions["add_lane"])
        bar.addSeparator()
        for key in ("auto_layout", "zoom_out", "zoom_in", "fit_map", "large_print"):
            bar.addAction(self.actions[key])
        return bar

    def _add(self, kind: NodeKind) -> str | None:
        self.view.setFocus()
        return self.scene.editing.add_node(kind)

    def _add_grid(self, kind: str) -> str | None:
        cell = self.scene.editing.current_cell()
        after = None
        if cell is not None:
            after = cell[0] if kind == "stage" else cell[1]
        return self.scene.editing.add_grid(kind, after)

    def auto_layout(self) -> bool:
        """The selected step's lane, or the whole map when nothing is selected."""
        ids = self.scene.selected_node_ids()
        lanes = {self.session.document.node(i).journey_id for i in ids}
        if len(lanes) == 1:
            return self.scene.editing.auto_layout(lanes.pop())
        return self.scene.editing.auto_layout(None)

    def set_large_print(self, on: bool) -> None:
        self.view.set_large_print(bool(on))
        action = self.actions["large_print"]
        if action.isChecked() != bool(on):
            action.setChecked(bool(on))

    def _editing_changed(self, editing: bool) -> None:
        self._editing = editing
        self._update_actions()

    def _update_actions(self) -> None:
        editing = getattr(self, "_editing", False)
        has_steps = bool(self.scene.selected_node_ids())
        has_any = has_steps or bool(self.scene.selected_edge_ids())
        for key in EDIT_KEYS:
            self.actions[key].setEnabled(not editing)
        if not editing:
            self.actions["cut"].setEnabled(has_steps)
            self.actions["copy"].setEnabled(has_steps)
            self.actions["duplicate"].setEnabled(has_steps)
            self.actions["delete"].setEnabled(
                has_any or self.scene.editing.selected_header() is not None)
            self.actions["paste"].setEnabled(self.scene.editing.can_paste())

    def dispose(self) -> None:
        """Stop following the session (call before dropping the editor)."""
        try:
            QGuiApplication.clipboard().dataChanged.disconnect(self._update_actions)
        except (RuntimeError, TypeError):
            pass
        self.owner_focus.close()
        self.scene.close()
