"""The open round on the map itself: the QR code, the short address and the running tally.

Drawn over the map's bottom-left corner (a child of the view, not of its viewport, whose
children Qt scrolls with the map; it stays in presentation mode, where the counts have
the top-right corner and the timer the bottom-right), large enough to scan
and to type from the back of a room. It never takes the keyboard focus: Tab, the
arrows and + / − stay with the map. "Hide code" folds it to the tally alone, for when
everybody has joined and the map needs the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..look.votes import VOTE_COLOUR
from ..voting.qr import QUIET_ZONE, qr_modules

MARGIN = 24


class QrCode(QWidget):
    """A QR code drawn module by module, sharp at any size (no image in between)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VoteQrCode")
        self.modules: tuple[tuple[bool, ...], ...] = ()
        self.text = ""
        self._side = 240
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_text(self, text: str) -> None:
        self.text = text
        self.modules = qr_modules(text) if text else ()
        self.updateGeometry()
        self.update()

    def set_side(self, side: int) -> None:
        """About ``side`` pixels square; a whole number of pixels per module, so every
        module has the same size (scanners dislike uneven ones)."""
        count = len(self.modules) + 2 * QUIET_ZONE if self.modules else 1
        module = max(2, side // count)
        self._side = module * count
        self.setFixedSize(self._side, self._side)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.modules:
            return
        count = len(self.modules) + 2 * QUIET_ZONE
        module = self.width() // count
        offset = (self.width() - module * count) // 2 + QUIET_ZONE * module
        dark = QColor("#000000")
        for y, row in enumerate(self.modules):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(offset + x * module, offset + y * module, module, module,
                                     dark)


class VoteOverlay(QFrame):
    """The round's card on the map: title, QR code, address, tally, the laptop's keys."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("VoteOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#VoteOverlay { background: rgba(255, 255, 255, 240); border: 3px solid %s;"
            " border-radius: 12px; }"
            "#VoteOverlay QLabel { color: #1F2430; background: transparent; }"
            "#VoteTitle { font-size: 22px; font-weight: bold; }"
            "#VoteAddress { font-size: 30px; font-weight: bold; color: %s; }"
            "#VoteTally { font-size: 26px; font-weight: bold; }"
            "#VoteHint, #VoteScan { font-size: 15px; }"
            "#VoteFold { font-size: 14px; padding: 2px 10px; }" % (VOTE_COLOUR, VOTE_COLOUR))
        self.title = QLabel(objectName="VoteTitle")
        self.title.setWordWrap(True)
        self.scan = QLabel(objectName="VoteScan")
        self.scan.setWordWrap(True)
        self.qr = QrCode()
        self.address = QLabel(objectName="VoteAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.tally = QLabel(objectName="VoteTally")
        self.hint = QLabel(objectName="VoteHint")
        self.hint.setWordWrap(True)
        self.fold = QPushButton(objectName="VoteFold")
        self.fold.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fold.setCheckable(True)
        self.fold.toggled.connect(self._folded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        for widget in (self.title, self.scan):
            layout.addWidget(widget)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address, 0, Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.tally, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.fold, 0, Qt.AlignmentFlag.AlignRight)
        self._url = ""
        view.viewport().installEventFilter(self)
        self.hide()

    # --- what it says ----------------------------------------------------------------------
    def start(self, title: str, url: str = "", short_address: str = "") -> None:
        """Show the round; without ``url`` the votes are entered on this laptop only."""
        self._url = url
        self.title.setText(title)
        self.qr.set_text(url)
        self.address.setText(short_address)
        self.scan.setText(self.tr("Scan the code or type the address on your phone:")
                          if url else self.tr("Votes are entered on this computer."))
        self.hint.setText(self.tr("+ and − on a selected step add or take back a vote here."))
        self.fold.setText(self.tr("Hide code"))
        self.fold.setChecked(False)
        self.fold.setVisible(bool(url))
        self._folded(False)
        self.set_tally(0, 0)
        self.show()
        self.raise_()

    def set_tally(self, votes: int, people: int) -> None:
        votes_text = self.tr("1 vote") if votes == 1 else self.tr("%n votes", "", votes)
        people_text = self.tr("1 person") if people == 1 else self.tr("%n people", "", people)
        self.tally.setText(self.tr("{0} from {1}").format(votes_text, people_text))

    def stop(self) -> None:
        self.hide()
        self.qr.set_text("")

    # --- size and place -------------------------------------------------------------------
    def _folded(self, folded: bool) -> None:
        has_code = bool(self._url)
        for widget in (self.scan, self.qr, self.address):
            widget.setVisible(has_code and not folded)
        if not has_code:
            self.scan.setVisible(True)
        self.fold.setText(self.tr("Show code") if folded else self.tr("Hide code"))
        self.place()

    def place(self) -> None:
        """Large: the code about a third of the map's height (never under 200 px), in the
        bottom-left corner (the timer has the bottom-right)."""
        viewport = self.view.viewport()
        side = max(200, min(420, int(viewport.height() * 0.36), int(viewport.width() * 0.3)))
        self.qr.set_side(side)
        # the address and the tally on one line each, never cut: the card is as wide
        widest = max(self.address.sizeHint().width() if self.address.isVisibleTo(self) else 0,
                     self.tally.sizeHint().width())
        width = max(self.qr.width() + 32, widest + 40, 340)
        for label in (self.title, self.hint, self.scan):
            label.setFixedWidth(width - 32)
        self.layout().activate()
        self.setFixedWidth(width)
        self.adjustSize()
        area = viewport.geometry()
        self.move(area.left() + MARGIN, area.bottom() - self.height() - MARGIN + 1)
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def code_rect(self) -> QRectF:
        """Where the QR code is in the view's viewport (for tests and screenshots)."""
        return QRectF(self.qr.mapTo(self.view.viewport(), self.qr.rect().topLeft()),
                      self.qr.size().toSizeF())
