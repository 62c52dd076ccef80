"""The steps on the canvas: touchpoint cards, crossroads diamonds, outcome pills, notes.

Items only draw a model element and report gestures to the scene; they never
change the model themselves (the scene turns gestures into undo commands).
Each kind is recognisable in grey scale: the shape, a line style or a mark
says what colour also says.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEngine,
    QPen,
    QPicture,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem

from ..look import palette as pal
from ..look.kinds import kind_spec
from ..look.sizing import MARK_RATIO, Content, Words, step_content, step_size
from ..look.steps import FACE_FILL, StepLook, step_look
from ..model import geometry as g
from .recording import record, replay
from .style import DETAIL_ZOOM, Style, style_for
from .text import metrics
from .words import share_text, tr

_SELECT_MARGIN = 4.0


def _tr(word: str) -> str:
    """Words from the look's vocabulary (channels, statuses) in the user's language."""
    return QCoreApplication.translate("canvas", word) if word else word


# the map's words as the canvas shows them: a step is sized for the words it prints
WORDS = Words(_tr, share_text)


_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
          | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
          | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)


# (class, size, large print, bounds_key) → bounds (x, y, w, h); a Style is made anew per
# scene or item, but is all given by its large-print switch
_BOUNDS: dict[tuple, tuple] = {}


class NodeItem(QGraphicsItem):
    """A step or a note; subclasses paint the shape. Position = absolute top-left."""

    def __init__(self, node, owner=None, style: Style | None = None) -> None:
        super().__init__()
        self.node = node
        self.owner = owner
        self.style = style or style_for(False)
        # as big as its label needs (look/sizing); where its words go is worked out when
        # it is first drawn (opening a map sizes every step, but draws only some)
        self._size = step_size(node, owner, self.style.large_print, WORDS)
        self._content: Content | None = None
        self._hover = False
        self._bounds: QRectF | None = None  # see boundingRect
        # the detailed drawing, recorded once per state (selected, hovered) and replayed
        # at any zoom; dropped when the step, its owner or the style change
        self._picture: QPicture | None = None
        self._picture_state: tuple[bool, bool] | None = None
        self._look: StepLook | None = None  # see look
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # no z of its own: its cell's layer stacks it (notes under arrows under steps)

    # --- identity ----------------------------------------------------------
    @property
    def node_id(self) -> str:
        return self.node.id

    @property
    def item_id(self) -> str:
        return self.node.id

    def set_node(self, node, owner=None) -> bool:
        """Show ``node`` (owned by ``owner``); True when its size changed (the scene lays
        out its cell anew)."""
        self.node, self.owner = node, owner
        resized = self._resize()
        self._picture = self._bounds = self._look = None
        if self._hover:
            self._update_tooltip()
        self.update()
        return resized

    def set_style(self, style: Style) -> None:
        if style is self.style:
            return
        # the bounds depend on the line width: tell the scene's index first (and our
        # children's, whose bounds follow ours)
        self._geometry_changes()
        self.style = style
        self._resize()
        self._picture = self._bounds = self._look = None
        self.update()

    def _geometry_changes(self) -> None:
        self.prepareGeometryChange()
        for child in self.childItems():
            try:
                child.prepareGeometryChange()
            except (AttributeError, TypeError, RuntimeError):
                pass

    def _resize(self) -> bool:
        """The size for the step, owner and style; True when it changed."""
        size = step_size(self.node, self.owner, self.style.large_print, WORDS)
        resized = size != self._size
        if resized:
            self._geometry_changes()
            self._size = size
        self._content = None
        return resized

    @property
    def content(self) -> Content:
        """The step's size and where its words go (the PDF's size too)."""
        found = self._content
        if found is None:
            found = self._content = step_content(self.node, self.owner,
                                                 self.style.large_print, WORDS)
        return found

    @property
    def size(self) -> tuple[float, float]:
        return self._size

    def _update_tooltip(self) -> None:
        """The full text and every fact the shape abbreviates (elided label, status …)."""
        node = self.node
        parts = [node.label or ""]
        description = getattr(node, "description", "")
        if description:
            parts.append(description)
        facts = []
        # by the fields the step has, not its kind: a new kind's facts come along
        fields = type(node).model_fields
        if "channel" in fields:
            channel = _tr(pal.CHANNEL_WORD.get(node.channel.value, ""))
            if channel:
                facts.append(channel)
        if getattr(node, "rating", None) is not None:
            facts.append(_tr("customer: {0}").format(_tr(pal.RATING_WORD[node.rating])))
        if "severity" in fields:
            facts.append(_tr("severity {0}").format(node.severity))
        if "status" in fields:
            facts.append(_tr(pal.STATUS_WORD.get(node.status.value, node.status.value)))
        if "outcome" in fields:
            facts.append(_tr(node.outcome.value))
        if getattr(node, "share", None) is not None:
            facts.append(self._share_words(node.share))
        if self.owner is not None:
            facts.append(self.owner.name)
        elif kind_spec(node.kind).has_owner:
            facts.append(_tr("no owner"))
        if facts:
            parts.append(" · ".join(facts))
        self.setToolTip("\n".join(p for p in parts if p))

    def _share_words(self, share: float) -> str:
        """An outcome's own share with its base: of the customers entering its lane (the
        card shows only "12 %"; Insights says where the branch shares disagree)."""
        lane = ""
        document = getattr(self.scene(), "document", None)
        if document is not None and document.has_journey(self.node.journey_id):
            lane = " ".join(document.journey(self.node.journey_id).name.split())
        if not lane:
            return tr("{0} of the customers entering this micro-journey end here "
                      "(stated on the map)").format(share_text(share))
        return tr("{0} of the customers entering ‘{1}’ end here (stated on the map)").format(
            share_text(share), lane)

    @property
    def look(self) -> StepLook:
        """The step's spec (fill, border, owner mark, badges), the PDF's too; worked out
        when first drawn, not when a map opens."""
        found = self._look
        if found is None:
            found = self._look = step_look(self.node, self.owner, self.style.large_print, WORDS)
        return found

    # --- geometry ----------------------------------------------------------
    @property
    def width(self) -> float:
        return self._size[0]

    @property
    def height(self) -> float:
        return self._size[1]

    def shape_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def boundingRect(self) -> QRectF:
        # kept: Qt asks each item several times per paint (100,000 calls for a whole-map
        # view of 10,000 steps); dropped in set_node/set_style, after prepareGeometryChange.
        # Steps of one kind, size and style share their bounds (opening a map asks all).
        bounds = self._bounds
        if bounds is None:
            key = (type(self), self._size, self.style.large_print, self.bounds_key())
            coords = _BOUNDS.get(key)
            if coords is None:
                coords = _BOUNDS[key] = self.compute_bounds().getRect()
            bounds = self._bounds = QRectF(*coords)
        return bounds

    def bounds_key(self):
        """What else the bounds depend on, beyond kind, size and style."""
        return None

    def compute_bounds(self) -> QRectF:
        m = _SELECT_MARGIN + self.style.line * 2 + pal.HANDLE_RADIUS
        return self.shape_rect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.shape_rect())
        if self.node.is_step and (self.isSelected() or self._hover):
            path.addEllipse(self.handle_rect())
        return path

    def handle_rect(self) -> QRectF:
        r = pal.HANDLE_RADIUS
        return QRectF(self.width - r, self.height / 2 - r, 2 * r, 2 * r)

    def on_handle(self, pos: QPointF) -> bool:
        if not self.node.is_step:
            return False
        return self.handle_rect().adjusted(-3, -3, 3, 3).contains(pos)

    def scene_rect(self) -> QRectF:
        # (its parent, its cell's layer, sits where the cell is drawn: pos() is in the cell)
        return self.shape_rect().translated(self.scenePos())

    # --- painting ----------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < DETAIL_ZOOM:
            self.paint_sketch(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        replay(painter, self.detail_picture())
        self.paint_stamps(painter)

    def detail_picture(self) -> QPicture:
        """The step drawn in full, recorded: a replay is vector (sharp at every zoom) and
        runs in Qt without the ~60 Python calls that draw a card (~40 % of a zoomed-in
        frame was Python before)."""
        state = (self.isSelected(), self._hover)
        if self._picture is None or self._picture_state != state:
            self._picture, self._picture_state = record(self.paint_detail), state
        return self._picture

    def paint_stamps(self, painter: QPainter) -> None:
        """What is drawn on top of the recording, per paint (see TouchpointItem)."""

    def paint_detail(self, painter: QPainter) -> None:
        self.paint_shape(painter)
        if self.isSelected():
            pen = QPen(QColor(pal.SELECTION_COLOUR), 2.5 * self.style.scale)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.shape_rect().adjusted(-_SELECT_MARGIN, -_SELECT_MARGIN,
                                                               _SELECT_MARGIN, _SELECT_MARGIN),
                                    6, 6)
        if self.node.is_step and (self.isSelected() or self._hover):
            painter.setPen(QPen(QColor(pal.INK), 1.2))
            painter.setBrush(QColor(pal.SELECTION_COLOUR))
            painter.drawEllipse(self.handle_rect())

    def paint_shape(self, painter: QPainter) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def paint_sketch(self, painter: QPainter) -> None:
        """The shape alone, for a whole big map on screen: cheap, still tells kind and owner."""
        painter.setPen(QPen(QColor(pal.INK), 0))
        spec = kind_spec(self.node.kind)
        painter.setBrush(_colour(spec.sketch_fill))
        if spec.shape == "diamond":
            w, h = self.width, self.height
            painter.drawPolygon(QPolygonF([QPointF(w / 2, 0), QPointF(w, h / 2),
                                           QPointF(w / 2, h), QPointF(0, h / 2)]))
        else:
            painter.drawRect(self.shape_rect())
        if self.isSelected():
            painter.setPen(QPen(QColor(pal.SELECTION_COLOUR), 0))
            painter.setBrush(QColor(pal.SELECTION_COLOUR))
            painter.drawRect(self.shape_rect().adjusted(0, 0, 0, -self.height * 0.6))
        elif self.owner is not None:
            painter.fillRect(QRectF(0, 0, pal.OWNER_STRIPE * 2, self.height),
                             QColor(self.owner.colour))

    def paint_owner_mark(self, painter: QPainter, path: QPainterPath) -> None:
        """The owner's colour in ``path``, or grey hatching when nobody owns the step."""
        marker = self.look.owner_marker
        painter.setPen(Qt.PenStyle.NoPen)
        if marker.colour is None:
            painter.setBrush(_colour(marker.hatch_fill))
            painter.drawPath(path)
            painter.setBrush(QBrush(_colour(marker.hatch), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(_colour(marker.colour))
        painter.drawPath(path)

    # --- gestures go to the scene ------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self._update_tooltip()
        self.prepareGeometryChange()
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:
        self.setCursor(Qt.CursorShape.CrossCursor if self.on_handle(event.pos())
                       else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.prepareGeometryChange()
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        scene = self.scene()
        if (event.button() == Qt.MouseButton.LeftButton and self.on_handle(event.pos())
                and scene is not None):
            scene.start_connect(self, event.scenePos())
            event.accept()
            return
        if scene is not None:
            scene.begin_drag()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and scene.connecting_from() is self:
            scene.update_connect(event.scenePos())
            return
        super().mouseMoveEvent(event)  # moves every selected step along
        if scene is not None:
            scene.steps_dragged()

    def mouseReleaseEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and scene.connecting_from() is self:
            scene.finish_connect(event.scenePos())
            return
        super().mouseReleaseEvent(event)
        if scene is not None:
            scene.end_drag()

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.edit_text(self.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)




def _face(painter: QPainter, rect: QRectF, rating: int, style: Style) -> None:
    """A drawn face: the mouth's curve says the rating, so it reads in grey scale.

    On screen a face is stamped from a small image drawn once per rating, size and zoom
    (four antialiased shapes cost ~50 us per face, a stamp ~8 us); exports to vector
    formats draw the shapes.
    """
    # The world transform, not the device one: a view inside a window is painted with
    # its place in the window as an extra offset, which resetTransform() keeps.
    world = painter.worldTransform()
    if (painter.paintEngine().type() == QPaintEngine.Type.Raster
            and world.type().value <= QTransform.TransformationType.TxScale.value
            and abs(world.m11() - world.m22()) < 1e-9 and world.m11() > 0):
        ratio = painter.device().devicePixelRatio()
        stamp = _face_stamp(rating, rect.width(), style, round(world.m11() * ratio, 6), ratio)
        corner = world.map(rect.topLeft())
        painter.save()
        painter.resetTransform()
        # whole device pixels, rounding halves up (round() rounds them to even: a face
        # would move by a pixel with the view's place in the window)
        x, y = math.floor(corner.x() * ratio + 0.5), math.floor(corner.y() * ratio + 0.5)
        painter.drawImage(QPointF((x - _STAMP_PAD) / ratio, (y - _STAMP_PAD) / ratio), stamp)
        painter.restore()
        return
    _draw_face(painter, rect, rating, style)


_STAMP_PAD = 2  # device pixels around a stamped face, for its outline's antialiasing


@lru_cache(maxsize=40)
def _face_stamp(rating: int, size: float, style: Style, scale: float, ratio: float) -> QImage:
    """The face drawn at ``scale`` device pixels per unit, its top-left at the pad."""
    side = math.ceil(size * scale) + 2 * _STAMP_PAD
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(_STAMP_PAD, _STAMP_PAD)
    painter.scale(scale, scale)
    _draw_face(painter, QRectF(0, 0, size, size), rating, style)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def _draw_face(painter: QPainter, rect: QRectF, rating: int, style: Style) -> None:
    pen, fill, eyes, mouth = _face_parts(rect.x(), rect.y(), rect.width(), rating, style)
    painter.setPen(pen)
    painter.setBrush(fill)
    painter.drawEllipse(rect)
    painter.setBrush(_colour(pal.INK))
    painter.drawPath(eyes)  # both eyes in one path: one call instead of two
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


@lru_cache(maxsize=256)
def _face_parts(x: float, y: float, size: float, rating: int, style: Style) -> tuple:
    """The face's pen, fill, eyes and mouth, made once per place, rating and style."""
    fill = FACE_FILL[rating]
    pen = QPen(QColor(pal.INK), max(1.0, style.line * 0.8))
    rect = QRectF(x, y, size, size)
    cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
    eye = max(1.2, r * 0.13)
    eyes = QPainterPath()
    eyes.addEllipse(QPointF(cx - r * 0.35, cy - r * 0.25), eye, eye)
    eyes.addEllipse(QPointF(cx + r * 0.35, cy - r * 0.25), eye, eye)
    mouth = QPainterPath()
    y0 = cy + r * 0.35
    bend = rating * r * 0.2
    mouth.moveTo(cx - r * 0.45, y0 - bend / 2)
    mouth.quadTo(QPointF(cx, y0 + bend * 1.5 - bend / 2), QPointF(cx + r * 0.45, y0 - bend / 2))
    return pen, QColor(fill), eyes, mouth


@lru_cache(maxsize=64)
def _pen(style: Style, colour: str, width: float, dash: tuple = ()) -> QPen:
    """``style.pen(...)`` made once: a paint asks for the same few pens again and again."""
    return style.pen(colour, width, dash=dash)


@lru_cache(maxsize=16)
def _card_paths(width: float, height: float, stripe: float,
                radius: float) -> tuple[QPainterPath, QPainterPath]:
    """A card's rounded outline and its owner stripe (the outline's left part)."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, width, height), radius, radius)
    bar = QPainterPath()
    bar.addRect(QRectF(0, 0, stripe, height))
    return path, path.intersected(bar)


class TouchpointItem(NodeItem):
    """A rounded card: owner stripe, wrapped label, channel word, rating face."""

    _layout: tuple | None = None

    def set_node(self, node, owner=None) -> bool:
        self._layout = None
        return super().set_node(node, owner)

    def set_style(self, style: Style) -> None:
        self._layout = None
        super().set_style(style)

    def layout(self) -> tuple:
        """Where the text goes, in item coordinates: the same at every zoom, so it is
        worked out once per label, owner and style, not on every paint."""
        if self._layout is None:
            self._layout = self._lay_out()
        return self._layout

    def _lay_out(self) -> tuple:
        """The label's lines and the foot line (channel · owner) where the look put them
        (look/sizing: the card is as big as they need), and the face's place."""
        content = self.content
        stripe = self.look.owner_marker.rect[2]
        rows = tuple((r.x, r.y, r.w, r.h, r.text) for r in content.label)
        foot = content.foot
        foot_row = (foot.x, foot.y, foot.w, foot.h, foot.text) if foot is not None else None
        rating = self.look.badge("rating")
        face_rect = rating.rect if rating is not None else None
        return stripe, rows, foot_row, face_rect, self.style.label_font

    def paint_shape(self, painter: QPainter) -> None:
        st = self.style
        stripe, rows, foot_row, _face_rect, font = self.layout()  # the face: paint_stamps
        look = self.look
        path, bar = _card_paths(self.width, self.height, stripe, look.corner)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(look.fill))
        painter.drawPath(path)
        # the owner's colour, or grey hatching when nobody owns the step, inside the card
        self.paint_owner_mark(painter, bar)
        painter.setPen(_pen(st, look.border.colour, look.border.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if rows:
            painter.setFont(font)
            painter.setPen(st.ink)
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            for x, y, w, h, line in rows:
                painter.drawText(QRectF(x, y, w, h), flags, line)
        if foot_row is not None:
            painter.setFont(st.small_font)
            painter.setPen(st.muted)
            painter.drawText(QRectF(*foot_row[:4]),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             foot_row[4])

    def paint_stamps(self, painter: QPainter) -> None:
        # the face is stamped from an image made per zoom (see _face), not recorded
        face_rect = self.layout()[3]
        if face_rect is not None:
            _face(painter, QRectF(*face_rect), self.node.rating, self.style)


@lru_cache(maxsize=64)
def _colour(name: str) -> QColor:
    return QColor(name)


@lru_cache(maxsize=32)
def _diamond_ring(width: float, height: float, border: float) -> tuple[QPolygonF, QPolygonF]:
    """The diamond grown and shrunk by half the border: its edges moved out and in by
    ``border / 2``, as a mitred stroke of that width would draw them."""
    a, b = width / 2, height / 2
    k = border / 2 * math.hypot(a, b) / (a * b)  # an edge moves by k times the half-axes

    def diamond(f: float) -> QPolygonF:
        return QPolygonF([QPointF(a, b - f * b), QPointF(a + f * a, b), QPointF(a, b + f * b),
                          QPointF(a - f * a, b)])

    return diamond(1 + k), diamond(1 - k)


class CrossroadsItem(NodeItem):
    """A diamond filled by severity, with a numbered badge and the status word."""

    def diamond(self) -> QPolygonF:
        w, h = self.width, self.height
        return QPolygonF([QPointF(w / 2, 0), QPointF(w, h / 2), QPointF(w / 2, h),
                          QPointF(0, h / 2)])

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(self.diamond())
        path.closeSubpath()
        if self.isSelected() or self._hover:
            path.addEllipse(self.handle_rect())
        path.addEllipse(self.badge_rect())
        return path

    def status_rect(self) -> QRectF:
        """The status pill, hung on the diamond's bottom tip (as on paper), so the
        question has the whole diamond."""
        fm = metrics(self.style.small_bold_font)
        status = _tr(self.look.badge("status").text)
        w, h = fm.horizontalAdvance(status) + 10, fm.height() + 2
        return QRectF((self.width - w) / 2, self.height - h * 0.45, w, h)

    def compute_bounds(self) -> QRectF:
        return super().compute_bounds().united(self.status_rect().adjusted(-2, -2, 2, 2))

    def bounds_key(self):
        return _tr(pal.STATUS_WORD.get(self.node.status.value, self.node.status.value))

    def set_node(self, node, owner=None) -> bool:
        if node.status != self.node.status:
            self.prepareGeometryChange()  # the pill's width follows the status word
        return super().set_node(node, owner)

    def border_width(self) -> float:
        """Heavier for worse friction (the spec's rule, the PDF's too)."""
        return self.look.border.width

    def paint_diamond_text(self, painter: QPainter) -> None:
        """The question in the diamond, each line as wide as the diamond is there (the
        look grew the diamond until it fits, look/sizing); the status in a pill below."""
        st = self.style
        painter.setFont(st.label_font)
        painter.setPen(st.ink)
        for row in self.content.label:
            painter.drawText(QRectF(row.x, row.y, row.w, row.h),
                             int(Qt.AlignmentFlag.AlignCenter), row.text)
        pill = self.status_rect()
        status = self.look.badge("status")
        painter.setPen(QPen(_colour(status.border.colour), status.border.width))
        painter.setBrush(_colour(status.fill))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(st.small_bold_font)
        painter.setPen(_colour(status.ink))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), _tr(status.text))

    def badge_rect(self) -> QRectF:
        return QRectF(*self.look.badge("severity").rect)

    def paint_shape(self, painter: QPainter) -> None:
        st, look = self.style, self.look
        # the severity tint over the white diamond, mixed once: one opaque fill instead of
        # two (an antialiased translucent fill of the diamond costs ~0.3 ms at 150 %)
        # heavier border for worse friction: strength, number and line say the same thing;
        # the border is the ring between two filled diamonds (Qt strokes a thick
        # antialiased outline ~4x slower than it fills two polygons)
        outer, inner = _diamond_ring(self.width, self.height, self.border_width())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(look.border.colour))
        painter.drawPolygon(outer)
        painter.setBrush(_colour(look.fill))
        painter.drawPolygon(inner)
        # the owner as a small tag at the top-left corner
        marker = look.owner_marker
        tag = QRectF(*marker.rect)
        bar = QPainterPath()
        bar.addRect(tag)
        self.paint_owner_mark(painter, bar)
        painter.setPen(QPen(_colour(marker.border.colour), marker.border.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(tag)
        if marker.text:  # initials: the owner in a word, not colour alone
            painter.setPen(_colour(marker.text_colour))
            painter.setFont(st.small_bold_font)
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), marker.text)
        self.paint_diamond_text(painter)
        # severity badge: the number and the fill strength say the same thing
        badge = look.badge("severity")
        painter.setPen(QPen(_colour(badge.border.colour), badge.border.width))
        painter.setBrush(_colour(badge.fill))
        painter.drawEllipse(QRectF(*badge.rect))
        painter.setFont(st.small_bold_font)
        painter.setPen(_colour(badge.ink))
        painter.drawText(QRectF(*badge.rect), int(Qt.AlignmentFlag.AlignCenter), badge.text)


class OutcomeItem(NodeItem):
    """A pill: good outcomes a double border, churn a heavy border and a stop mark."""

    def paint_shape(self, painter: QPainter) -> None:
        st, node, look = self.style, self.node, self.look
        rect = self.shape_rect()
        r = look.corner
        border = look.border
        painter.setBrush(_colour(look.fill))
        if border.inset:
            # the heavy border as the ring between two filled pills (a thick antialiased
            # stroke costs Qt several times more); the same edges as that stroke
            half = border.width / 2
            fill = painter.brush()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colour(border.colour))
            out_in = border.inset - half
            painter.drawRoundedRect(rect.adjusted(out_in, out_in, -out_in, -out_in),
                                    r - out_in, r - out_in)
            painter.setBrush(fill)
            inset = border.inset + half
            painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset),
                                    r - inset, r - inset)
        elif border.double:
            painter.setPen(_pen(st, border.colour, border.width))
            painter.drawRoundedRect(rect, r, r)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            d = border.double
            painter.drawRoundedRect(rect.adjusted(d, d, -d, -d), r - d, r - d)
        else:  # complain: a single border, dashed
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, r, r)
            painter.setBrush(_colour(border.colour))
            painter.drawPath(_dashed_pill(rect.width(), rect.height(), st, border))
        # the mark as big as on a pill of the normal height, whatever the label needs
        mark_w = g.NODE_SIZE[node.kind][1] * st.scale * MARK_RATIO
        mark_rect = QRectF(10 * st.scale, (rect.height() - mark_w) / 2, mark_w, mark_w)
        mark = look.badge("mark")
        if mark.fill is not None:  # churn: a stop sign, not a glyph
            _stop_mark(painter, mark_rect, mark.fill)
        else:
            painter.setFont(st.bold_font)
            painter.setPen(_colour(mark.ink))
            painter.drawText(mark_rect, int(Qt.AlignmentFlag.AlignCenter), mark.text)
        content = self.content
        painter.setFont(st.small_font)
        painter.setPen(st.ink)
        for row in content.label:
            painter.drawText(QRectF(row.x, row.y, row.w, row.h),
                             int(Qt.AlignmentFlag.AlignCenter), row.text)
        share = content.foot
        if share is not None:
            painter.setFont(st.small_bold_font)
            painter.drawText(QRectF(share.x, share.y, share.w, share.h),
                             int(Qt.AlignmentFlag.AlignCenter), share.text)


@lru_cache(maxsize=8)
def _dashed_pill(width: float, height: float, style: Style, border) -> QPainterPath:
    """A pill's dashed border as an outline to fill, made once: Qt dashes and caps every
    dash of a stroke on every paint (~0.3 ms for one pill at 150 %)."""
    r = height / 2
    pill = QPainterPath()
    pill.addRoundedRect(QRectF(0, 0, width, height), r, r)
    stroker = QPainterPathStroker(style.pen(border.colour, border.width, dash=border.dash))
    return stroker.createStroke(pill).simplified()


@lru_cache(maxsize=8)
def _octagon(cx: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(cx + r * math.cos(math.pi / 8 + i * math.pi / 4),
                              cy + r * math.sin(math.pi / 8 + i * math.pi / 4))
                      for i in range(8)])


def _stop_mark(painter: QPainter, rect: QRectF, red: str) -> None:
    """An octagonal stop sign with a white bar: churn, the customer has left."""
    cx, cy, r = rect.center().x(), rect.center().y(), rect.width() / 2
    painter.setPen(QPen(QColor(pal.INK), 1.0))
    painter.setBrush(QColor(red))
    painter.drawPolygon(_octagon(cx, cy, r))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRect(QRectF(cx - r * 0.6, cy - r * 0.16, r * 1.2, r * 0.32))


class NoteItem(NodeItem):
    """A sticky note with a folded corner; drawn below cards so it never hides one."""

    def paint_shape(self, painter: QPainter) -> None:
        st, look = self.style, self.look
        w, h = self.width, self.height
        fold = look.fold
        outline = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h - fold),
                             QPointF(w - fold, h), QPointF(0, h)])
        painter.setPen(st.pen(look.border.colour, look.border.width))
        painter.setBrush(_colour(look.fill))
        painter.drawPolygon(outline)
        painter.setBrush(_colour(look.fold_fill))
        painter.drawPolygon(QPolygonF([QPointF(w, h - fold), QPointF(w - fold, h - fold),
                                       QPointF(w - fold, h)]))
        content = self.content
        painter.setFont(st.small_font)
        painter.setPen(st.ink)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for row in content.label:
            painter.drawText(QRectF(row.x, row.y, row.w, row.h), left, row.text)
        mark = content.foot  # the company-activity mark on its own row at the foot
        if mark is not None:
            painter.setFont(st.small_bold_font)
            painter.drawText(QRectF(mark.x, mark.y, mark.w, mark.h), left, mark.text)


# one item class per shape (look/kinds.SHAPES); a kind's entry in look/kinds picks one
ITEM_TYPES = {
    "card": TouchpointItem,
    "diamond": CrossroadsItem,
    "pill": OutcomeItem,
    "note": NoteItem,
}


def make_node_item(node, owner=None, style: Style | None = None) -> NodeItem:
    return ITEM_TYPES[kind_spec(node.kind).shape](node, owner, style)
