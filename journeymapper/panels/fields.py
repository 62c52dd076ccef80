"""Field editors for the panels: they show a value, commit when editing is finished.

Every editor has ``set_value(value)`` (no signal), ``set_mixed()`` (several
selected items disagree) and a signal ``edited(object)`` emitted once the user
has finished a change: Return or leaving the field for text, dates and drop-downs
(arrow keys only pass values on the way), a pick in a drop-down's list or the
calendar, a click for check boxes, a step or Return for spin boxes (the steps of one
stretch in a spin box share its ``stretch`` number: one undo step). Escape puts
the shown value back, so nothing is committed. Drop-downs and dates also say
``picked`` when a value is chosen in their list or calendar, so an editor in a
table cell closes on it.
"""

from __future__ import annotations

import calendar as calendar_module
import datetime as _dt
import itertools
import re

from PySide6.QtCore import QDate, QLocale, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPixmap, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
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
    """A pick from a list of (value, text, icon-colour) choices, committed once.

    A pick in the open list commits at once (the list closes on it). Arrow keys,
    typed letters and the wheel on the closed drop-down only *show* the values
    they pass: none → NPS → CSAT → CES was three edits and three undo steps. The
    shown value is committed when the focus leaves, on Enter, or when the list
    is opened and closed on it; Escape puts the committed value back.
    ``live=True`` (the register's status, severity and stage filters, which are
    no edits) commits every value passed, so the list narrows as the user walks.
    """

    edited = Signal(object)
    picked = Signal(object)  # chosen in the open list: a table's editor closes on it

    def __init__(self, parent: QWidget | None = None, live: bool = False) -> None:
        super().__init__(parent)
        self._value = None
        self._live = live
        self._passing = False  # inside a key press or wheel turn on the closed drop-down
        self.setPlaceholderText(tr("(several values)"))
        self.setIconSize(QSize(14, 14))
        # long owner or stage names must not widen the panel: they elide instead
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(self._activated)

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
        """The value shown (committed or not yet), or SEVERAL."""
        return self.currentData() if self.currentIndex() >= 0 else SEVERAL

    def committed(self):
        return self._value

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
        """Choose ``value`` as a user would in the open list (tests, shortcuts)."""
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                self._activated(i)
                return
        raise ValueError(f"no such choice: {value!r}")

    def has_pending(self) -> bool:
        """A value passed with the keys, shown but not committed yet."""
        value = self.value()
        return value is not SEVERAL and value != self._value

    def is_editing(self) -> bool:
        return self.hasFocus() and self.has_pending()

    def commit(self) -> None:
        if self.has_pending():
            self._commit(self.value())

    def _activated(self, index: int) -> None:
        if self._passing and not self._live:
            return  # shown only: committed on leaving, Enter, or closing the list on it
        self._commit(self.itemData(index))
        if not self._passing:
            self.picked.emit(self._value)

    def _commit(self, value) -> None:
        if value != self._value:
            self._value = value
            self.edited.emit(value)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._show(self._value)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        self._passing = True
        try:
            super().keyPressEvent(event)
        finally:
            self._passing = False

    def wheelEvent(self, event) -> None:
        self._passing = True
        try:
            super().wheelEvent(event)
        finally:
            self._passing = False

    def focusOutEvent(self, event) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not its own list opening
            self.commit()
        super().focusOutEvent(event)


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


_stretches = itertools.count(1)  # one number per stretch of editing a number field


class _NumberMixin(_EscapeReverts):
    """Spin boxes with an optional "none" value shown as a word at the bottom of the range.

    Each step of the arrows or the wheel is an edit (the map follows it at once), but
    the steps of one stretch — from coming into the field until leaving it — share a
    ``stretch`` number, so the inspector makes them one undo step: 2 → 5 with Up
    three times reads "Change severity" once in Edit › Undo, as in Qt Designer.
    """

    def _setup(self, minimum, maximum, none_text: str | None) -> None:
        self.stretch = next(_stretches)
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

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)  # a typed value is committed here, still in the stretch
        self.stretch = next(_stretches)  # coming back is a new stretch, a new undo step

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


_ISO_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_THREE_NUMBERS = re.compile(r"(\d{1,4})[\s./-]+(\d{1,2})[\s./-]+(\d{1,4})\.?")
_DATE_CHARACTERS = re.compile(r"[\d\s./-]{0,12}")


def date_order(locale: QLocale | None = None) -> str:
    """The order the locale writes day, month and year in: "dmy" (Norwegian, Danish,
    Swedish, British), "mdy" (American), "ymd" …; read off its short date format."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    found = sorted((fmt.find(c), c.lower()) for c in "dMy" if fmt.find(c) >= 0)
    order = "".join(c for _, c in found)
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def date_example(locale: QLocale | None = None) -> str:
    """31 March 2027 in the locale's short numeric format, with the whole year."""
    locale = locale or QLocale()
    fmt = re.sub("y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(2027, 3, 31), fmt)


def parse_date(text: str, order: str = "dmy") -> _dt.date | None:
    """A typed date, or None when the text is none.

    ISO first, whatever the locale (``2027-03-31``, ``2027-3-31``, ``20270331``): a
    four-digit first number is a year. Otherwise day, month and year in the locale's
    ``order`` with any of ``. / -`` or spaces between (``31.03.2027``, ``31/3/27`` in
    Norwegian; ``3/31/2027`` in American English); a two-digit year is this century's.
    """
    text = text.strip()
    compact = _ISO_COMPACT.fullmatch(text)
    if compact:
        parts, order = list(compact.groups()), "ymd"
    else:
        three = _THREE_NUMBERS.fullmatch(text)
        if not three:
            return None
        parts = list(three.groups())
        if len(parts[0]) == 4:
            order = "ymd"
    values = dict(zip(order, parts))
    year = values["y"]
    if len(year) == 2:
        year = "20" + year
    elif len(year) != 4 or len(values["d"]) > 2 or len(values["m"]) > 2:
        return None
    try:
        return _dt.date(int(year), int(values["m"]), int(values["d"]))
    except ValueError:
        return None


class DateValidator(QValidator):
    """Lets through what can become a date (digits and separators) and nothing else,
    so letters never mix with a date ("no date20270331")."""

    def __init__(self, order: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.order = order

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        if not stripped or parse_date(stripped, self.order) is not None:
            return QValidator.State.Acceptable
        if _DATE_CHARACTERS.fullmatch(stripped):
            return QValidator.State.Intermediate
        return QValidator.State.Invalid


_calendar_icons: dict[int, QIcon] = {}


def calendar_icon(size: int = 16) -> QIcon:
    """A small calendar page: a dark band on top, a grid of days below."""
    if size not in _calendar_icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        ink = QColor(pal.INK)
        painter.setPen(ink)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(1, 2, size - 3, size - 4)
        painter.fillRect(1, 2, size - 2, 4, ink)
        for row in range(2):
            for column in range(3):
                painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, ink)
        painter.end()
        _calendar_icons[size] = QIcon(pixmap)
    return _calendar_icons[size]


class DateField(_EscapeReverts, QLineEdit):
    """A due date that is typed, stepped with the arrow keys or picked in a calendar.

    Empty means "no date" (the grey placeholder says so): typing ``2027-03-31`` or
    the locale's ``31.03.2027`` into it sets a date, clearing the text (or ✕) takes
    it away again. Up and Down step a day, Page Up and Page Down a month; in an
    empty field the first step lands on today, as does the calendar (Alt+Down, F4
    or the calendar button). The old editor was a QDateEdit with a "no date" special
    value: typed digits landed after the words, and the first step up was January 2001.

    Like the other fields it commits once: on Enter, when the focus leaves, or on a
    pick in the calendar or ✕; a half-typed date that is no date is put back when
    the focus leaves. The same editor serves the inspector and the tables' Due cells.
    """

    edited = Signal(object)
    picked = Signal(object)  # chosen in the calendar or cleared with ✕: a table's editor closes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = None
        self._dirty = False
        self._order = date_order()
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        self.setValidator(DateValidator(self._order, self))
        self.setPlaceholderText(tr("no date"))
        self.setToolTip(tr("Type a date, {0} or {1}; Up and Down step a day, Alt+Down opens "
                           "the calendar; empty: no date").format("2027-03-31", date_example()))
        # made here, not by addAction(icon, …): the wrappers addAction returns were
        # invalidated once the field was handed to a table as a cell editor (a crash)
        self.calendar_action = QAction(calendar_icon(), tr("Pick the date in a calendar "
                                                           "(Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.clear_action = QAction(glyph_icon("✕", 14), tr("No due date"), self)
        self.clear_action.triggered.connect(self._cleared)
        self.addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2027-03-31") + 64)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self._update_clear()

    # --- showing --------------------------------------------------------------------
    def set_value(self, value) -> None:
        self._value = value
        self.setPlaceholderText(tr("no date"))
        self._show(value)

    def set_mixed(self) -> None:
        self._value = SEVERAL
        self.setPlaceholderText(tr("(several)"))
        self._show(None)

    def _show(self, value) -> None:
        self.setText(value.isoformat() if isinstance(value, _dt.date) else "")
        self._dirty = False
        self._update_clear()

    def _update_clear(self) -> None:
        self.clear_action.setVisible(bool(self.text()) or self._value is SEVERAL)

    # --- reading ------------------------------------------------------------------------
    def date(self):
        """The date the field shows now (typed, stepped or picked; not committed yet
        perhaps): None for no date; while the text is no date yet, the committed one;
        SEVERAL for untouched "several values"."""
        text = self.text().strip()
        if not text:
            return SEVERAL if self._value is SEVERAL and not self._dirty else None
        parsed = parse_date(text, self._order)
        return self._value if parsed is None else parsed

    value = date  # what a table's cell reads when its editor closes

    def has_pending(self) -> bool:
        """Typed or stepped, but not committed yet."""
        return self._dirty

    def is_editing(self) -> bool:
        return self.hasFocus() and self._dirty

    def commit(self) -> None:
        self._finished()

    def set_date(self, value: _dt.date | None) -> None:
        """Set a date as a user would: shown and committed."""
        if value is None and self._value is SEVERAL:
            self._value = "clear"  # so clearing several dates still commits
        self._show(value)
        self._emit(value)

    # --- editing --------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._dirty = True
        self._update_clear()

    def _finished(self) -> None:
        if not self._dirty:
            return
        value = self.date()
        if value is SEVERAL:
            return
        self._dirty = False
        self._emit(value)
        if isinstance(value, _dt.date):
            self.setText(value.isoformat())  # 31.03.2027 reads back as the map writes it

    def _emit(self, value) -> None:
        if value != self._value:
            self._value = value
            self.edited.emit(value)
        self._update_clear()

    def _cleared(self) -> None:
        self.set_date(None)
        self.picked.emit(None)

    def step(self, days: int = 0, months: int = 0) -> None:
        """Up/Down (a day), Page Up/Down (a month); from no date, today."""
        current = self.date()
        if not isinstance(current, _dt.date):
            new = _dt.date.today()
        elif months:
            month = current.month - 1 + months
            year, month = current.year + month // 12, month % 12 + 1
            last = calendar_module.monthrange(year, month)[1]
            new = current.replace(year=year, month=month, day=min(current.day, last))
        else:
            new = current + _dt.timedelta(days=days)
        self.setText(new.isoformat())
        self._typed(self.text())

    def keyPressEvent(self, event) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not alt:
            self.step(*steps[key])
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        calendar_open = self._popup is not None and self._popup.isVisible()
        if not calendar_open and self.text().strip() and not self.hasAcceptableInput():
            self.revert()  # half a date is no date: the field shows what the map holds
        super().focusOutEvent(event)

    # --- the calendar -----------------------------------------------------------------
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.Box)
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(1, 1, 1, 1)
            self._calendar = QCalendarWidget(self._popup)
            self._calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            layout.addWidget(self._calendar)
            self._calendar.clicked.connect(self._calendar_picked)
            self._calendar.activated.connect(self._calendar_picked)
        return self._calendar

    def open_calendar(self) -> QCalendarWidget:
        """Open the calendar on the date shown; on today when there is none. Only the
        page moves: nothing is set until a day is picked."""
        calendar = self.calendar()
        current = self.date()
        shown = current if isinstance(current, _dt.date) else _dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        popup = self._popup
        popup.adjustSize()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            if where.y() + popup.height() > screen.bottom():
                where.setY(self.mapToGlobal(QPoint(0, 0)).y() - popup.height())
            where.setX(max(screen.left(), min(where.x(), screen.right() - popup.width())))
        popup.move(where)
        popup.show()
        calendar.setFocus()
        return calendar

    def _calendar_picked(self, qdate: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.set_date(_dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.picked.emit(self._value)


__all__ = ["BoolField", "ChoiceField", "DateField", "DateValidator", "FloatField", "IntField",
           "LineField", "SEVERAL", "TextField", "calendar_icon", "date_example", "date_order",
           "glyph_icon", "parse_date", "swatch_icon"]
