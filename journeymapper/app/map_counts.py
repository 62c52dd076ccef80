"""The map's own tally, in the top-right corner of the view: "4 open friction points".

The friction register panel counts the open friction points too, but Map Only and
presentation mode hide the panels, and a room argues about the map, not a panel.
So the count sits on the map itself, in normal view and (larger) in presentation
mode, and follows every edit and undo through the document's change batches.

The corner holds *lines*, each with a key: the open friction points are one;
others add theirs with :meth:`MapCounts.set_line` (a dot-voting round: "27 votes
from 9 people") and take them away with :meth:`MapCounts.remove_line`. The corner
hides itself when it has nothing to say (a map without crossroads) or when the
facilitator turns it off (View › Counts on the Map).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..analysis.graph import is_open
from ..look import palette as pal
from ..model import Crossroads, Target
from .overlay import ViewOverlay, panel_style

FRICTION = "friction"
TONES = {"plain": pal.INK, "alert": pal.OVERLAY_ALERT, "calm": pal.OVERLAY_CALM}
TEXT_PX = {False: 16, True: 26}  # the lines' type: at a desk, in presentation mode


class MapCounts(ViewOverlay):
    """The corner of counts over ``view``, following ``session``'s open friction points."""

    def __init__(self, view, session) -> None:
        super().__init__(view, "top_right")
        self.setObjectName("MapCounts")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks: the map
        self.session = session
        self.presenting = False
        self.shown = True
        self._lines: dict[str, tuple[QLabel, str]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(2)
        self._restyle()
        self.open_points = 0
        self.crossroads = 0
        self._count_all()
        session.documentChanged.connect(self._on_batch)

    # --- the lines ------------------------------------------------------------------
    def set_line(self, key: str, text: str, tone: str = "plain") -> None:
        """Show ``text`` on the line ``key`` (added below the others the first time).

        ``tone`` is "plain", "alert" (in the severity hue) or "calm" (green).
        """
        if key in self._lines:
            label, _ = self._lines[key]
        else:
            label = QLabel(self)
            label.setObjectName(f"MapCounts_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(label)
        self._lines[key] = (label, tone)
        label.setText(text)
        self._style_line(label, tone)
        self._refresh()

    def remove_line(self, key: str) -> None:
        entry = self._lines.pop(key, None)
        if entry is not None:
            self._layout.removeWidget(entry[0])
            entry[0].deleteLater()
            self._refresh()

    def line_text(self, key: str) -> str | None:
        """What the line ``key`` says now (``None``: there is no such line)."""
        entry = self._lines.get(key)
        return entry[0].text() if entry is not None else None

    def lines(self) -> list[str]:
        return [label.text() for label, _ in self._lines.values()]

    # --- how it looks -------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        """Presentation mode: larger type, read from the back of the room."""
        self.presenting = bool(on)
        self._restyle()
        self._refresh()

    def set_shown(self, on: bool) -> None:
        """The facilitator's choice (View › Counts on the Map)."""
        self.shown = bool(on)
        self._refresh()

    def _restyle(self) -> None:
        pad = 10 if self.presenting else 6
        self._layout.setContentsMargins(pad + 4, pad, pad + 4, pad)
        self.setStyleSheet(panel_style("MapCounts", width=2))
        for label, tone in self._lines.values():
            self._style_line(label, tone)

    def _style_line(self, label: QLabel, tone: str) -> None:
        label.setStyleSheet(f"QLabel {{ color: {TONES.get(tone, pal.INK)}; background: "
                            f"transparent; border: none; font-size: {TEXT_PX[self.presenting]}px;"
                            f" font-weight: bold; }}")

    def _refresh(self) -> None:
        self.setVisible(self.shown and bool(self._lines))
        if self.isVisibleTo(self.view):
            self.place()

    # --- following the map ----------------------------------------------------------------
    def _count_all(self) -> None:
        nodes = list(self.session.document.nodes())
        self.crossroads = sum(1 for n in nodes if isinstance(n, Crossroads))
        self.open_points = sum(1 for n in nodes if is_open(n))
        self._show_friction()

    def _on_batch(self, batch) -> None:
        """Count what the action changed, not the whole map again (the same cost on a map
        of 10,000 steps); an undo is a batch like any other."""
        if not batch.touches(Target.NODE):
            return
        for change in batch.changes:
            if change.target != Target.NODE:
                continue
            for node, sign in ((change.old, -1), (change.new, 1)):
                if isinstance(node, Crossroads):
                    self.crossroads += sign
                    self.open_points += sign * is_open(node)
        self._show_friction()

    def friction_text(self, open_points: int) -> str:
        """How the corner says ``open_points``."""
        if open_points == 0:
            return self.tr("No open friction points")
        # English has no catalogue to pick its singular from (Qt's plural forms live in the
        # translations), so one is said in words of its own.
        return self.tr("One open friction point") if open_points == 1 \
            else self.tr("%n open friction points", "", open_points)

    def _show_friction(self) -> None:
        if self.crossroads <= 0:
            self.remove_line(FRICTION)
            return
        self.set_line(FRICTION, self.friction_text(self.open_points),
                      "alert" if self.open_points else "calm")
