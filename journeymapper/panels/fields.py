"""Field editors for the panels: they show a value, commit when editing is finished.

Every editor has ``set_value(value)`` (no signal), ``set_mixed()`` (several
selected items disagree) and a signal ``edited(object)`` emitted once the user
has finished a change: Return or leaving the field for text, a pick for combo
boxes and check boxes, a step or Return for spin boxes. Escape puts the shown
value back, so nothing is committed.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ..look import palette as pal
from .words import tr

SEVERAL = object()  # the value shown when the selected items disagree


_swatches: dict[tuple, QIcon] = {}


def swatch_icon(colour: str | None, size: int = 14, then: str | None = None) -> QIcon:
    """A square in the owner's colour; a hatched grey square for nobody (as on the map).

    With ``then``, the square is split diagonally: one owner handing over to another.
    """
    key = (colour, size, then)
    if key not in _swatches:
        _swatches[key] = _draw_swatch(colour, size, then)
    return _swatches[key]


def _draw_swatch(colour: str | None, size: int, then: str | None) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(pal.INK))
    if colour:
        painter.setBrush(QColor(colour))
    else:
        painter.setBrush(QBrush(QColor(pal.UNOWNED_GREY), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(0, 0, size - 1, size - 1)
    if then:
        painter.setBrush(QColor(then))
        painter.drawPolygon([QPoint(size - 1, 0), QPoint(size - 1, size - 1),
                             QPoint(0, size - 1)])
    painter.end()
    return QIcon(pixmap)


_glyphs: dict[tuple[str, int], QIcon] = {}


def glyph_icon(glyph: str, size: int = 16) -> QIcon:
    """A mark (◆ ▭ ♥ …) as an icon, so it sits beside a text without being part of it."""
    key = (glyph, size)
    if key not in _glyphs:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = painter.font()
        font.setPixelSize(size - 3)
        painter.setFont(font)
        painter.setPen(QColor(pal.INK))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        _glyphs[key] = QIcon(pixmap)
    return _glyphs[key]


class _EscapeReverts:
    """Escape puts back the value the field showed (or "several values")."""

    def revert(self) -> None:
        if self._value is SEVERAL:
            self.set_mixed()
        else:
            self.set_value(self._value)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.revert()
            return
        super().keyPressEvent(event)


class ChoiceField(QComboBox):
    """A pick from a list of (value, text, icon-colour) choices; committed at once."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = None
        self.setPlaceholderText(tr("(several values)"))
        self.setIconSize(QSize(14, 14))
        # long owner or stage names must not widen the panel: they elide instead
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(self._picked)

    def set_choices(self, choices, swatches: bool = False) -> None:
        """``choices``: (value, text) or (value, text, colour) tuples."""
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            value, text = choice[0], choice[1]
            if swatches:
                self.addItem(swatch_icon(choice[2] if len(choice) > 2 else None), text, value)
            else:
                self.addItem(text, value)
        self.blockSignals(False)
        self._show(self._value)

    def values(self) -> list:
        return [self.itemData(i) for i in range(self.count())]

    def set_value(self, value) -> None:
        self._value = value
        self._show(value)

    def set_mixed(self) -> None:
        self.set_value(SEVERAL)

    def value(self):
        return self.currentData() if self.currentIndex() >= 0 else SEVERAL

    def _show(self, value) -> None:
        self.blockSignals(True)
        index = -1
        if value is not SEVERAL:
            for i in range(self.count()):
                if self.itemData(i) == value:
                    index = i
                    break
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def pick(self, value) -> None:
        """Choose ``value`` as a user would (tests and keyboard shortcuts)."""
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                self._picked(i)
                return
        raise ValueError(f"no such choice: {value!r}")

    def _picked(self, index: int) -> None:
        value = self.itemData(index)
        if value != self._value:
            self._value = value
            self.edited.emit(value)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._show(self._value)
            return
        super().keyPressEvent(event)


class LineField(_EscapeReverts, QLineEdit):
    """One line of text, committed on Return or when the field loses focus."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.editingFinished.connect(self._finished)

    def set_value(self, value) -> None:
        self._value = value or ""
        self.setPlaceholderText("")
        self.setText(self._value)
        self.setCursorPosition(0)  # show the start of a long label, not its end
        self.setModified(False)

    def set_mixed(self) -> None:
        self._value = SEVERAL
        self.setText("")
        self.setPlaceholderText(tr("(several values)"))
        self.setModified(False)

    def is_editing(self) -> bool:
        return self.hasFocus() and self.isModified()

    def has_pending(self) -> bool:
        """Typed but not committed yet."""
        return self.isModified()

    def commit(self) -> None:
        self._finished()

    def _finished(self) -> None:
        if not self.isModified():
            return
        self.setModified(False)
        text = self.text()
        if text != self._value:
            self._value = text
            self.edited.emit(text)



class TextField(_EscapeReverts, QPlainTextEdit):
    """Longer text, committed when the field loses focus or on Ctrl+Return."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self._value = ""
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.setMaximumHeight(height)

    def set_value(self, value) -> None:
        self._value = value or ""
        self.setPlaceholderText("")
        self.setPlainText(self._value)
        self.document().setModified(False)

    def set_mixed(self) -> None:
        self._value = SEVERAL
        self.setPlainText("")
        self.setPlaceholderText(tr("(several values)"))
        self.document().setModified(False)

    def is_editing(self) -> bool:
        return self.hasFocus() and self.document().isModified()

    def has_pending(self) -> bool:
        """Typed but not committed yet."""
        return self.document().isModified()

    def commit(self) -> None:
        if not self.document().isModified():
            return
        self.document().setModified(False)
        text = self.toPlainText()
        if text != self._value:
            self._value = text
            self.edited.emit(text)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.revert()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.commit()
            return
        super().keyPressEvent(event)


class _NumberMixin(_EscapeReverts):
    """Spin boxes with an optional "none" value shown as a word at the bottom of the range."""

    def _setup(self, minimum, maximum, none_text: str | None) -> None:
        self._optional = none_text is not None
        self._none_text = none_text or ""
        self._low = minimum
        self._value = None
        self.setKeyboardTracking(False)
        self.setRange(minimum - self._step_below() if self._optional else minimum, maximum)
        if self._optional:
            self.setSpecialValueText(none_text)
        self.valueChanged.connect(self._changed)

    def _step_below(self):
        return 1

    def set_value(self, value) -> None:
        self._value = value
        self.blockSignals(True)
        if self._optional:
            self.setSpecialValueText(self._none_text)
        elif self.specialValueText():
            self.setSpecialValueText("")
            self.setMinimum(self._low)
        self.setValue(self.minimum() if value is None else value)
        self.blockSignals(False)

    def set_mixed(self) -> None:
        self._value = SEVERAL
        self.blockSignals(True)
        if not self._optional:
            self.setMinimum(self._low - self._step_below())
        self.setSpecialValueText(tr("(several)"))
        self.setValue(self.minimum())
        self.blockSignals(False)

    def is_editing(self) -> bool:
        return self.hasFocus() and self.text() != self.textFromValue(self.value())

    def _current(self):
        if self.value() == self.minimum() and self.specialValueText():
            return None if self._optional and self._value is not SEVERAL else SEVERAL
        return self.value()

    def _changed(self, _value) -> None:
        value = self._current()
        if value is SEVERAL or value == self._value:
            return
        if self._value is SEVERAL and not self._optional:
            self.blockSignals(True)
            self.setSpecialValueText("")
            self.setMinimum(self._low)
            self.blockSignals(False)
        self._value = value
        self.edited.emit(value)



class IntField(_NumberMixin, QSpinBox):
    edited = Signal(object)

    def __init__(self, minimum: int, maximum: int, none_text: str | None = None,
                 signed_prefix: bool = False, parent: QWidget | None = None) -> None:
        QSpinBox.__init__(self, parent)
        self._signed = signed_prefix
        self._setup(minimum, maximum, none_text)

    def textFromValue(self, value: int) -> str:
        if self._signed and value > 0:
            return f"+{value}"
        return super().textFromValue(value)


class FloatField(_NumberMixin, QDoubleSpinBox):
    edited = Signal(object)

    def __init__(self, minimum: float, maximum: float, none_text: str | None = None,
                 suffix: str = "", decimals: int = 1, parent: QWidget | None = None) -> None:
        QDoubleSpinBox.__init__(self, parent)
        self.setDecimals(decimals)
        if suffix:
            self.setSuffix(suffix)
        self._setup(minimum, maximum, none_text)


class BoolField(QCheckBox):
    edited = Signal(object)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(self._clicked)

    def set_value(self, value) -> None:
        self.blockSignals(True)
        self.setTristate(False)
        self.setChecked(bool(value))
        self.blockSignals(False)

    def set_mixed(self) -> None:
        self.blockSignals(True)
        self.setTristate(True)
        self.setCheckState(Qt.CheckState.PartiallyChecked)
        self.blockSignals(False)

    def _clicked(self) -> None:
        if self.checkState() == Qt.CheckState.PartiallyChecked:
            self.setCheckState(Qt.CheckState.Checked)
        self.setTristate(False)
        self.edited.emit(self.isChecked())


class CalendarAtToday(QObject):
    """Opens a date's calendar on this month while it shows "no date", not on the
    January 2000 that stands for no date; only the page moves, nothing is picked."""

    def __init__(self, edit: QDateEdit, no_date: QDate) -> None:
        super().__init__(edit)
        self.edit, self.no_date = edit, no_date
        edit.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self.edit.date() == self.no_date:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return False


class DateField(QWidget):
    """A due date with a calendar, or none (the ✕ button clears it)."""

    edited = Signal(object)
    NO_DATE = QDate(2000, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = None
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(self.NO_DATE)
        self.edit.setSpecialValueText(tr("no date"))
        self.edit.setKeyboardTracking(False)
        self.edit.installEventFilter(self)
        CalendarAtToday(self.edit, self.NO_DATE)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(tr("No due date"))
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.editingFinished.connect(self._finished)
        self.edit.calendarWidget().clicked.connect(lambda _d: self._finished())

    def set_value(self, value) -> None:
        self._value = value
        self.edit.blockSignals(True)
        self.edit.setSpecialValueText(tr("no date"))
        if value is None:
            self.edit.setDate(self.NO_DATE)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)

    def set_mixed(self) -> None:
        self._value = SEVERAL
        self.edit.blockSignals(True)
        self.edit.setSpecialValueText(tr("(several)"))
        self.edit.setDate(self.NO_DATE)
        self.edit.blockSignals(False)

    def is_editing(self) -> bool:
        return self.edit.hasFocus()

    def date(self) -> _dt.date | None:
        qdate = self.edit.date()
        if qdate == self.NO_DATE:
            return None if self._value is not SEVERAL else SEVERAL
        return _dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_date(self, value: _dt.date | None) -> None:
        """Set a date as a user would: shown and committed."""
        self.edit.blockSignals(True)
        self.edit.setDate(self.NO_DATE if value is None
                          else QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)
        if value is None and self._value is SEVERAL:
            self._value = "clear"  # so clearing several dates still commits
        self._finished(value)

    def _finished(self, value=SEVERAL) -> None:
        value = self.date() if value is SEVERAL else value
        if value is SEVERAL or value == self._value:
            return
        self._value = value
        self.edited.emit(value)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.edit and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            if self._value is SEVERAL:
                self.set_mixed()
            else:
                self.set_value(self._value)
            return True
        return super().eventFilter(watched, event)


__all__ = ["BoolField", "CalendarAtToday", "ChoiceField", "DateField", "FloatField",
           "IntField", "LineField", "SEVERAL", "TextField", "glyph_icon", "swatch_icon"]
