"""Choosing an owner's colour: the colour-blind-safe palette first, any colour on request."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import OWNER_PALETTE
from .fields import swatch_icon
from .words import marked, tr

PALETTE_NAMES = (
    QT_TRANSLATE_NOOP("panels", "orange"), QT_TRANSLATE_NOOP("panels", "sky blue"),
    QT_TRANSLATE_NOOP("panels", "bluish green"), QT_TRANSLATE_NOOP("panels", "yellow"),
    QT_TRANSLATE_NOOP("panels", "blue"), QT_TRANSLATE_NOOP("panels", "vermillion"),
    QT_TRANSLATE_NOOP("panels", "reddish purple"), QT_TRANSLATE_NOOP("panels", "black"),
)


def palette_name(index: int) -> str:
    base = PALETTE_NAMES[index % len(PALETTE_NAMES)]
    return marked(base) if index < len(PALETTE_NAMES) else tr("light {0}").format(marked(base))


class OwnerColourDialog(QDialog):
    """The 16 owner colours (Okabe–Ito, then lighter); "Other colour…" opens any colour."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Owner colour"))
        self.colour = current
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("These colours stay distinct for colour-blind readers.")))
        grid = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        for i, colour in enumerate(OWNER_PALETTE):
            button = QToolButton(self)
            button.setIcon(swatch_icon(colour, 28))
            button.setIconSize(QSize(28, 28))
            button.setCheckable(True)
            button.setChecked(colour.upper() == (current or "").upper())
            button.setToolTip(f"{palette_name(i)} ({colour})")
            button.setAccessibleName(palette_name(i))
            button.clicked.connect(lambda _=False, c=colour: self._pick(c))
            grid.addWidget(button, i // 8, i % 8)
            self.buttons[colour] = button
        layout.addLayout(grid)
        other = QPushButton(tr("Other colour…"), self)
        other.clicked.connect(self._other)
        layout.addWidget(other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _pick(self, colour: str) -> None:
        self.colour = colour
        self.accept()

    def _other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or OWNER_PALETTE[0]), self,
                                       tr("Any colour (may be hard to tell apart)"))
        if chosen.isValid():
            self._pick(chosen.name().upper())

    @classmethod
    def get_colour(cls, current: str | None, parent: QWidget | None = None) -> str | None:
        """The chosen colour as #RRGGBB, or None when cancelled."""
        dialog = cls(current, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.colour
        return None
