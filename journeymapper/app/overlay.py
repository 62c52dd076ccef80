"""Panels that float over the map view: they stay put while the map pans and zooms.

The find bar, the timer and the counts in the corner are widgets over the view,
not items of the scene: a scene item grows and shrinks with the zoom and scrolls
away with the map, while a room must find the timer in the same place, at the
same size, whatever the facilitator does to the map. Each overlay is a child of
the :class:`~journeymapper.canvas.view.JourneyView` (not of its viewport, whose
children Qt scrolls with the contents), keeps to one corner of the viewport, and
never takes the keyboard focus unless it is there to be typed in (the find bar).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QToolButton, QWidget

from ..look import palette as pal

MARGIN = 16  # between an overlay and the edge of the map view


def rgba(colour: str, alpha: int = 255) -> str:
    """A style-sheet colour from a palette colour, with ``alpha`` (0-255)."""
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def panel_style(name: str, border: str = pal.OVERLAY_BORDER, width: int = 2,
                fill: str = pal.PAPER, alpha: int = pal.OVERLAY_FILL_ALPHA) -> str:
    """The frame of an overlay called ``name``: the map's paper, a little see-through."""
    return (f"QFrame#{name} {{ background: {rgba(fill, alpha)}; border: {width}px solid "
            f"{border}; border-radius: 8px; }}")


def overlay_button(parent: QWidget, text: str, tip: str, slot) -> QToolButton:
    """A flat button on an overlay that never takes the focus: typing stays in the find
    field, and a click on the timer leaves the keyboard with the map."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class ViewOverlay(QFrame):
    """A frame over one place of a view's viewport: "top_right", "bottom_right", "top_centre".

    It follows the view's size; :meth:`place` puts it back after its content changed.
    """

    def __init__(self, view: QWidget, where: str, margin: int = MARGIN) -> None:
        super().__init__(view)
        self.view = view
        self.where = where
        self.margin = margin
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # the viewport's own resize: when the view hears of its new size, the viewport (the
        # scroll bars laid out) does not have it yet
        view.viewport().installEventFilter(self)

    def place(self) -> None:
        """Take the size the content needs and go to its place over the viewport."""
        self.adjustSize()
        area = self.view.viewport().geometry()
        width = min(self.width(), max(40, area.width() - 2 * self.margin))
        if width != self.width():
            self.resize(width, self.height())
        if self.where == "top_right":
            x, y = area.right() - self.width() - self.margin + 1, area.top() + self.margin
        elif self.where == "bottom_right":
            x = area.right() - self.width() - self.margin + 1
            y = area.bottom() - self.height() - self.margin + 1
        else:  # top_centre
            x, y = area.left() + (area.width() - self.width()) // 2, area.top() + self.margin
        self.move(x, y)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            if self.isVisibleTo(self.view):
                self.place()
        return False
