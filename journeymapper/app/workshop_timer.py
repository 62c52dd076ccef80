"""The workshop timer: a countdown, large on the map, for rounds of 5, 10 or 15 minutes.

A facilitator runs a room in timed rounds ("ten minutes to add the touchpoints of
the flight"). The timer is an overlay on the map view (:mod:`.overlay`): the same
size and place whatever the map does, larger in presentation mode, where the
room reads it from the back. Pause, resume and reset; at zero it flashes in the
severity hue, says "Time's up" and beeps once.

**It never takes the keyboard focus.** Its buttons are ``Qt.NoFocus`` and nothing
pops up when it runs out: a facilitator typing a step's name when the time is up
keeps typing. (Only "Start Timer…" asks for a length, when the facilitator asks.)

**It keeps time on a monotonic clock.** :class:`Countdown` remembers when the round
ends on a :class:`QElapsedTimer` and works out what is left from it on every tick,
so a busy window (a stalled event loop, a slow save) never makes it drift: the
ticks only decide when the digits are drawn again. The clock is a function that
can be swapped, and the tests swap it for one they move by hand.
"""

from __future__ import annotations

import math
import re
from typing import Callable

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout

from ..look import palette as pal
from .overlay import ViewOverlay, overlay_button, panel_style

PRESETS = (5, 10, 15)  # minutes, in the menu
MAX_SECONDS = 24 * 3600 - 1
TICK_MS = 200          # how often the digits are looked at (they change once a second)
FLASHES = 12           # colour changes at zero (about five seconds), then it stays red
FLASH_MS = 400

Clock = Callable[[], int]  # milliseconds on a monotonic clock


def monotonic_clock() -> Clock:
    """A clock in milliseconds that sleep, stalls and changes of the wall clock do not move."""
    timer = QElapsedTimer()
    timer.start()
    return timer.elapsed


def parse_length(text: str) -> int | None:
    """Seconds from what a facilitator types: "7" (minutes), "7:30", "1,5" or "1.5"
    (minutes), "90s", "1:00:00"; ``None`` for anything else or for no time at all."""
    text = text.strip().lower().replace(" ", "")
    if not text:
        return None
    seconds: float
    if re.fullmatch(r"\d{1,4}([.,]\d+)?(m|min)?", text):
        seconds = float(re.sub(r"[a-z]", "", text).replace(",", ".")) * 60
    elif re.fullmatch(r"\d{1,5}s", text):
        seconds = float(text[:-1])
    elif re.fullmatch(r"\d{1,3}:[0-5]\d", text):
        minutes, secs = text.split(":")
        seconds = int(minutes) * 60 + int(secs)
    elif re.fullmatch(r"\d{1,2}:[0-5]\d:[0-5]\d", text):
        hours, minutes, secs = text.split(":")
        seconds = int(hours) * 3600 + int(minutes) * 60 + int(secs)
    else:
        return None
    seconds = round(seconds)
    return seconds if 0 < seconds <= MAX_SECONDS else None


def digits(ms: int) -> str:
    """What the timer shows for ``ms`` left: 9:59, 0:05, 1:00:00. A second is shown until it
    has passed in full (5:00 at the start, 0:01 in the last second, 0:00 only at zero)."""
    seconds = max(0, math.ceil(ms / 1000))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def media_icon(kind: str, colour: str, size: int) -> QIcon:
    """Pause (two bars) or play (a triangle), drawn: the font has no such signs."""
    ratio = 2.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    s = float(size)
    if kind == "pause":
        p.drawRect(QRectF(s * 0.22, s * 0.18, s * 0.2, s * 0.64))
        p.drawRect(QRectF(s * 0.58, s * 0.18, s * 0.2, s * 0.64))
    else:
        p.drawPolygon(QPolygonF([QPointF(s * 0.25, s * 0.15), QPointF(s * 0.85, s * 0.5),
                                 QPointF(s * 0.25, s * 0.85)]))
    p.end()
    return QIcon(pixmap)


class Countdown:
    """A countdown's arithmetic on ``clock`` (milliseconds): no Qt timer, so tests move the
    clock by hand. States: idle (no round), running, paused, finished (at zero)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.length_ms = 0
        self._left_ms = 0                 # while not running
        self._ends_at: int | None = None  # while running: the clock's time at zero

    def start(self, seconds: int) -> None:
        self.length_ms = int(seconds) * 1000
        self._left_ms = self.length_ms
        self._ends_at = self.clock() + self.length_ms

    def pause(self) -> None:
        if self._ends_at is not None:
            self._left_ms = self.remaining_ms()
            self._ends_at = None

    def resume(self) -> None:
        if self._ends_at is None and self._left_ms > 0:
            self._ends_at = self.clock() + self._left_ms

    def reset(self) -> None:
        """Back to the whole length, not running (resume starts it again)."""
        self._ends_at = None
        self._left_ms = self.length_ms

    def stop(self) -> None:
        self.length_ms = self._left_ms = 0
        self._ends_at = None

    def remaining_ms(self) -> int:
        if self._ends_at is None:
            return self._left_ms
        return max(0, self._ends_at - self.clock())

    @property
    def state(self) -> str:
        if self.length_ms <= 0:
            return "idle"
        if self.remaining_ms() <= 0:
            return "finished"
        return "running" if self._ends_at is not None else "paused"


class TimerOverlay(ViewOverlay):
    """The countdown over the bottom-right corner of the map view."""

    finished = Signal()       # the round's time is up (once per round)
    stateChanged = Signal(str)

    def __init__(self, view, clock: Clock | None = None) -> None:
        super().__init__(view, "bottom_right")
        self.setObjectName("WorkshopTimer")
        self.countdown = Countdown(clock or monotonic_clock())
        self.presenting = False
        self.last_seconds = PRESETS[1] * 60  # what "Start the Timer…" offers first
        self._flashes = 0
        self._shown_state = "idle"
        self._rung = False  # this round's signal was given
        self.digits = QLabel("0:00", self)
        self.digits.setObjectName("TimerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setObjectName("TimerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = overlay_button(self, "", self.tr("Pause or resume the timer"),
                                           self.toggle)
        self.reset_button = overlay_button(self, "↺", self.tr("Back to the whole length"),
                                           self.reset)
        self.close_button = overlay_button(self, "✕", self.tr("Put the timer away"), self.stop)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addStretch(1)
        for button in (self.pause_button, self.reset_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self._layout = layout
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.flasher = QTimer(self)
        self.flasher.setInterval(FLASH_MS)
        self.flasher.timeout.connect(self._flash)
        self.hide()

    # --- what the facilitator does -----------------------------------------------------
    def set_clock(self, clock: Clock) -> None:
        """Count on ``clock`` from now on (the tests' hand-moved clock)."""
        self.countdown.clock = clock

    @property
    def state(self) -> str:
        return self.countdown.state

    def start(self, seconds: int) -> None:
        self.last_seconds = int(seconds)
        self.countdown.start(seconds)
        self._stop_flashing()
        self.ticker.start()
        self.show()
        self.refresh()

    def pause(self) -> None:
        self.countdown.pause()
        self.ticker.stop()  # nothing to draw until it runs again
        self.refresh()

    def resume(self) -> None:
        self.countdown.resume()
        if self.countdown.state == "running":
            self.ticker.start()
        self.refresh()

    def toggle(self) -> None:
        """Pause a running timer, resume a paused one; at zero, stop the signal and show
        the whole length again, ready to go."""
        state = self.countdown.state
        if state == "running":
            self.pause()
        elif state == "paused":
            self.resume()
        elif state == "finished":
            self.reset()

    def reset(self) -> None:
        self.countdown.reset()
        self.ticker.stop()
        self._stop_flashing()
        self.refresh()

    def stop(self) -> None:
        """Put the timer away."""
        self.countdown.stop()
        self._stop_flashing()
        self.ticker.stop()
        self.hide()
        self._announce()

    def take_over(self, other: "TimerOverlay") -> None:
        """Go on counting where ``other`` (the window this one replaces, after a change of
        language) was: the same countdown on the same clock, running, paused or at zero."""
        self.countdown = other.countdown
        self.last_seconds = other.last_seconds
        other.ticker.stop()
        if self.countdown.state == "idle":
            return
        if self.countdown.state == "running":
            self.ticker.start()
        self.show()
        self.refresh()

    def remaining_text(self) -> str:
        return self.digits.text()

    # --- keeping time -------------------------------------------------------------------
    def tick(self) -> None:
        """Look at the clock: draw the digits again if they changed; at zero, the signal."""
        self.refresh()

    def _ring(self) -> None:
        self._rung = True
        self.ticker.stop()
        self._flashes = 0
        self.flasher.start()
        QApplication.beep()
        self.finished.emit()

    def _flash(self) -> None:
        self._flashes += 1
        self._restyle()
        if self._flashes >= FLASHES:
            self.flasher.stop()

    def _stop_flashing(self) -> None:
        """A new round, a reset or the timer put away: no signal (until the next zero)."""
        self.flasher.stop()
        self._flashes = 0
        self._rung = False

    def flashing(self) -> bool:
        return self.flasher.isActive()

    # --- how it looks ---------------------------------------------------------------------
    def set_presenting(self, on: bool) -> None:
        self.presenting = bool(on)
        self.refresh()

    def refresh(self) -> None:
        state = self.countdown.state
        text = digits(self.countdown.remaining_ms())
        if self.digits.text() != text:
            self.digits.setText(text)
        self.caption.setText({"paused": self.tr("Paused"), "finished": self.tr("Time's up")}
                             .get(state, ""))
        self.caption.setVisible(state in ("paused", "finished"))
        self.pause_button.setEnabled(state in ("running", "paused"))
        self._restyle()
        if self.isVisible():
            self.place()
        if state != self._shown_state:
            self._shown_state = state
            self._announce()
        if state == "finished" and not self._rung:
            self._ring()

    def _announce(self) -> None:
        self.stateChanged.emit(self.countdown.state)

    def digit_px(self) -> int:
        """The digits' type size: large on the canvas, larger for a room, in step with the
        view's height (an eleventh of it at a desk, an eighth for a room: digits about 100 px
        tall on a 1080-pixel projector)."""
        height = max(200, self.view.viewport().height())
        if self.presenting:
            return max(72, min(200, round(height * 0.125)))
        return max(40, min(120, round(height * 0.09)))

    def _restyle(self) -> None:
        state = self.countdown.state
        inverted = state == "finished" and (self._flashes % 2 == 0)
        alert = state == "finished"
        ink = pal.PAPER if inverted else (pal.OVERLAY_ALERT if alert else pal.INK)
        if state == "paused":
            ink = pal.MUTED_INK
        fill = pal.OVERLAY_ALERT if inverted else pal.PAPER
        border = pal.OVERLAY_ALERT if alert else pal.OVERLAY_BORDER
        px = self.digit_px()
        pad = max(4, px // 10)
        self._layout.setContentsMargins(pad * 2, pad, pad * 2, pad)
        button_px = max(14, px // 5)
        self.pause_button.setIcon(media_icon("play" if state == "paused" else "pause", ink,
                                             button_px))
        self.pause_button.setIconSize(QSize(button_px, button_px))
        self.setStyleSheet(
            panel_style("WorkshopTimer", border=border, width=3 if alert else 2, fill=fill,
                        alpha=255 if inverted else pal.OVERLAY_FILL_ALPHA)
            + f" QLabel#TimerDigits {{ color: {ink}; font-family: '{pal.FONT_FAMILY}';"
            f" font-size: {px}px; font-weight: bold;"
            f" background: transparent; border: none; }}"
            f" QLabel#TimerCaption {{ color: {ink}; font-size: {max(14, px // 4)}px;"
            f" font-weight: bold; background: transparent; border: none; }}"
            f" QToolButton {{ color: {ink}; font-size: {max(14, px // 5)}px;"
            f" background: transparent; border: none; padding: 0 4px; }}")


def ask_and_start(timer: TimerOverlay, parent) -> bool:
    """Ask the facilitator for a length (the presets, or typed) and start the timer.

    The one time the timer asks anything: when the facilitator wants a new round. The
    keyboard goes back to the map afterwards.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    translate = QCoreApplication.translate
    choices = [str(m) for m in PRESETS]
    last = timer.countdown.length_ms // 1000 or timer.last_seconds
    current = f"{last // 60}" if last % 60 == 0 else f"{last // 60}:{last % 60:02d}"
    if current not in choices:
        choices.append(current)
    label = translate("TimerOverlay", "Minutes, or minutes and seconds such as 7:30:")
    try:
        while True:
            text, ok = QInputDialog.getItem(parent, translate("TimerOverlay", "Start the Timer"),
                                            label, choices,
                                            choices.index(current), True)
            if not ok:
                return False
            seconds = parse_length(text)
            if seconds is not None:
                timer.start(seconds)
                return True
            label = translate("TimerOverlay", "“{0}” is not a length of time. Minutes, or "
                              "minutes and seconds such as 7:30:").format(text)
    finally:
        timer.view.setFocus(Qt.FocusReason.OtherFocusReason)
