"""The room's votes on the map while a round is open: dots and a number above each step.

The window keeps the open round's tally (it is not in the document until the round
closes) and hands the counts to :class:`VoteMarks`, which draws one
:class:`VoteMarkItem` per step in the round: a pill with the number and up to ten dots
(:mod:`journeymapper.look.votes`), centred above the step. A mark is a child of the
step's item, so it moves with a dragged step and fades with a dimmed one; it takes no
mouse buttons, so the step under it is still clicked and dragged as before. The marks
follow the document (a step removed and put back by undo gets its mark again), and
never change it.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from ..look.votes import (
    VOTE_COLOUR,
    VOTE_EMPTY_INK,
    VOTE_PILL_FILL,
    VoteMarkLook,
    vote_mark_look,
    vote_mark_place,
)
from ..model import Action, Target
from .layers import CellLayerItem


class VoteMarkItem(QGraphicsItem):
    """One step's votes: the number and the dots in a pill above the step."""

    def __init__(self, parent: QGraphicsItem, votes: int) -> None:
        super().__init__(parent)
        self.votes = votes
        self._rect: QRectF | None = None
        self._key: tuple | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)  # above the step's own drawing and its other children

    def set_votes(self, votes: int) -> None:
        if votes != self.votes:
            self.prepareGeometryChange()
            self.votes = votes
            self._rect = None
            self.update()

    # --- measures ------------------------------------------------------------------
    def _large_print(self) -> bool:
        style = getattr(self.parentItem(), "style", None)
        return bool(getattr(style, "large_print", False))

    def look(self) -> VoteMarkLook:
        return vote_mark_look(self._large_print())

    def number_font(self) -> QFont:
        parent_style = getattr(self.parentItem(), "style", None)
        font = QFont(parent_style.bold_font) if parent_style is not None else QFont()
        font.setBold(True)
        font.setPixelSize(max(1, round(self.look().number_px)))
        return font

    def _layout(self) -> tuple[QRectF, QRectF, float]:
        """(the pill, the number's box, the dots' left edge) in the step's coordinates."""
        look = self.look()
        number = QFontMetricsF(self.number_font()).horizontalAdvance(str(self.votes))
        dots_w, dots_h = look.dots_size(self.votes)
        width = 2 * look.pad + number + (look.pad + dots_w if dots_w else 0) + 2 * look.border
        width = max(width, look.height())  # "0" and "1" are a disc, not a sliver
        height = look.height()
        step_width = getattr(self.parentItem(), "width", 0.0)
        x, y = vote_mark_place(step_width, width, height, look)
        pill = QRectF(x, y, width, height)
        if not dots_w:
            return pill, QRectF(pill), 0.0
        number_box = QRectF(x + look.border + look.pad, y, number, height)
        return pill, number_box, number_box.right() + look.pad

    def boundingRect(self) -> QRectF:
        key = (self.votes, self._large_print(), getattr(self.parentItem(), "width", 0.0))
        if self._rect is None or key != self._key:
            pill = self._layout()[0]
            half = self.look().border
            self._rect, self._key = pill.adjusted(-half, -half, half, half), key
        return self._rect

    def pill_rect(self) -> QRectF:
        """The pill in scene coordinates (for tests and the view's "show the votes")."""
        return self.mapRectToScene(self._layout()[0])

    # --- drawing -------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        look = self.look()
        pill, number_box, dots_left = self._layout()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(VOTE_COLOUR)
        pen = QPen(QColor(VOTE_EMPTY_INK if not self.votes else VOTE_COLOUR), look.border)
        if not self.votes:
            pen.setStyle(Qt.PenStyle.DashLine)  # in the round, no vote yet
        painter.setPen(pen)
        painter.setBrush(QColor(VOTE_PILL_FILL))
        radius = pill.height() / 2
        painter.drawRoundedRect(pill, radius, radius)
        painter.setFont(self.number_font())
        painter.setPen(colour)
        painter.drawText(number_box, int(Qt.AlignmentFlag.AlignCenter), str(self.votes))
        if self.votes:
            _, dots_h = look.dots_size(self.votes)
            top = pill.center().y() - dots_h / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            r = look.dot / 2
            for cx, cy in look.dot_centres(self.votes, dots_left, top):
                painter.drawEllipse(QPointF(cx, cy), r, r)


class VoteMarks(QObject):
    """The open round's votes on the scene's steps; :meth:`show` with new counts."""

    def __init__(self, scene, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.document = document
        self._counts: dict[str, int] = {}
        self._marks: dict[str, VoteMarkItem] = {}
        document.subscribe_batches(self._on_batch)  # after the scene: its items are current

    def close(self) -> None:
        """The round is over: the marks go and the document is no longer followed."""
        self.document.unsubscribe_batches(self._on_batch)
        for node_id in list(self._marks):
            self._drop(node_id)
        self._counts = {}

    # --- the counts ------------------------------------------------------------------
    def show(self, counts: Mapping[str, int]) -> None:
        """Each step of the round with its votes (0: in the round, no vote yet)."""
        new = dict(counts)
        for node_id in [i for i in self._marks if i not in new]:
            self._drop(node_id)
        self._counts = new
        for node_id, votes in new.items():
            self._place(node_id, votes)

    def mark(self, node_id: str) -> VoteMarkItem | None:
        return self._marks.get(node_id)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    # --- items -------------------------------------------------------------------------
    def _place(self, node_id: str, votes: int) -> None:
        item = self.scene.node_item(node_id)
        mark = self._marks.get(node_id)
        if mark is not None and not isValid(mark):  # it went with its step's item
            del self._marks[node_id]
            mark = None
        if mark is not None and (item is None or mark.parentItem() is not item):
            self._drop(node_id)  # the step's item was made anew (undo) or went
            mark = None
        if item is None:
            return
        if mark is None:
            mark = self._marks[node_id] = VoteMarkItem(item, votes)
        else:
            mark.set_votes(votes)
        self._hold(mark)

    def _drop(self, node_id: str) -> None:
        mark = self._marks.pop(node_id, None)
        if mark is not None and isValid(mark) and mark.scene() is not None:
            mark.scene().removeItem(mark)

    @staticmethod
    def _hold(mark: VoteMarkItem) -> None:
        """The step's cell layer promises Qt it holds all its items draw: the mark too."""
        step = mark.parentItem()
        layer = step.parentItem() if step is not None else None
        if isinstance(layer, CellLayerItem):
            area = mark.mapRectToItem(layer, mark.boundingRect())
            if not layer.rect().contains(area):
                layer.setRect(layer.rect().united(area))

    # --- following the document ----------------------------------------------------------
    def _on_batch(self, batch) -> None:
        touched = False
        for change in batch.changes:
            if change.target == Target.NODE and change.id in self._counts:
                touched = True
                if change.action == Action.REMOVED:
                    self._marks.pop(change.id, None)  # deleted with the step's item
            elif change.target in (Target.STAGE, Target.JOURNEY):
                touched = True  # the grid moved steps
        if touched:
            for node_id, votes in self._counts.items():
                if self.document.has_node(node_id):
                    self._place(node_id, votes)
