"""The workshop timer: its arithmetic on a hand-moved clock, and the real overlay in the window.

No test waits for real time: the clock is a number the test moves, and a tick is a call.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from journeymapper.app import windows
from journeymapper.app.workshop_timer import Countdown, digits, parse_length

from test_app_support import close_all

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class HandClock:
    """Milliseconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += round(seconds * 1000)


# --- the arithmetic -------------------------------------------------------------------------

def test_a_countdown_counts_pauses_resumes_and_resets_on_its_clock():
    clock = HandClock()
    c = Countdown(clock)
    assert c.state == "idle"
    c.start(300)
    assert c.state == "running" and c.remaining_ms() == 300_000
    clock.advance(61)
    assert c.remaining_ms() == 239_000
    c.pause()
    clock.advance(3600)  # an hour of coffee while paused takes nothing off
    assert c.state == "paused" and c.remaining_ms() == 239_000
    c.resume()
    clock.advance(39)
    assert c.remaining_ms() == 200_000
    c.reset()
    assert c.state == "paused" and c.remaining_ms() == 300_000
    c.resume()
    clock.advance(1000)  # far past zero: zero, never below
    assert c.state == "finished" and c.remaining_ms() == 0
    c.stop()
    assert c.state == "idle"


def test_the_digits_show_a_second_until_it_has_passed():
    assert digits(300_000) == "5:00"
    assert digits(299_001) == "5:00"
    assert digits(299_000) == "4:59"
    assert digits(1) == "0:01" and digits(0) == "0:00"
    assert digits(3600_000) == "1:00:00"


@pytest.mark.parametrize("text, seconds", [
    ("7", 420), ("7:30", 450), ("1,5", 90), ("1.5", 90), ("90s", 90), ("10 min", 600),
    ("1:00:00", 3600), (" 15 ", 900)])
def test_a_typed_length_is_understood(text, seconds):
    assert parse_length(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "abc", "7:75", "-5", "25:00:00", "5 hours"])
def test_a_length_that_is_no_length_is_refused(text):
    assert parse_length(text) is None


# --- the overlay in the window --------------------------------------------------------------

@pytest.fixture
def window(qtbot):
    assert windows.open_windows() == []
    window = windows.new_from_template("sample-airline")
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    qtbot.wait(20)
    window.editor.view.setFocus()
    yield window
    close_all()


@pytest.fixture
def clock(window):
    clock = HandClock()
    window.timer.set_clock(clock)
    return clock


@pytest.fixture
def beeps(monkeypatch):
    heard = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(True)))
    return heard


def test_the_timer_runs_pauses_resumes_and_resets_with_the_keyboard(window, qtbot, clock, beeps):
    view, timer = window.editor.view, window.timer
    assert not timer.isVisible()
    window.actions["timer_5"].trigger()
    assert timer.isVisible() and timer.remaining_text() == "5:00"
    shown = view.viewport().geometry()
    assert shown.contains(timer.geometry())  # over the map, in its bottom-right corner
    assert timer.geometry().right() > shown.center().x()
    assert timer.geometry().bottom() > shown.center().y()

    clock.advance(61)
    timer.tick()
    assert timer.remaining_text() == "3:59"
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)  # pause
    assert timer.state == "paused" and timer.caption.text() == "Paused"
    clock.advance(600)
    timer.tick()
    assert timer.remaining_text() == "3:59"
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)  # resume
    clock.advance(59)
    timer.tick()
    assert timer.state == "running" and timer.remaining_text() == "3:00"
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL | SHIFT)  # reset: the whole length, not running
    assert timer.state == "paused" and timer.remaining_text() == "5:00"
    clock.advance(30)
    timer.tick()
    assert timer.remaining_text() == "5:00"
    assert beeps == []
    window.actions["timer_stop"].trigger()
    assert not timer.isVisible() and timer.state == "idle"


def test_at_zero_it_flashes_beeps_once_and_says_so(window, qtbot, clock, beeps):
    timer = window.timer
    rang = []
    timer.finished.connect(lambda: rang.append(True))
    window.actions["timer_10"].trigger()
    clock.advance(9 * 60 + 59.5)
    timer.tick()
    assert timer.remaining_text() == "0:01" and beeps == [] and not timer.flashing()
    clock.advance(0.5)
    timer.tick()
    assert timer.remaining_text() == "0:00" and timer.state == "finished"
    assert beeps == [True] and rang == [True]
    assert timer.flashing() and timer.caption.isVisible() and timer.caption.text() == "Time's up"
    before = timer.styleSheet()
    qtbot.waitUntil(lambda: timer.styleSheet() != before, timeout=2000)  # it flashes
    clock.advance(60)
    timer.tick()
    assert beeps == [True]  # once per round
    qtbot.keyClick(window.editor.view, Qt.Key.Key_T, CTRL)  # silence: the length again
    assert timer.state == "paused" and timer.remaining_text() == "10:00"
    assert not timer.flashing()


def test_a_stalled_window_does_not_make_the_timer_drift(window, clock, beeps):
    """The ticks only draw: what is left comes from the monotonic clock. A window that
    froze for two minutes (no tick at all) shows the right time at the next tick."""
    timer = window.timer
    window.actions["timer_15"].trigger()
    for _ in range(5):
        clock.advance(0.2)
        timer.tick()
    clock.advance(120)  # frozen: no ticks
    timer.tick()
    assert timer.remaining_text() == "12:59"  # 15:00 − 121 s, shown until the second passes


def test_the_timer_never_takes_the_keyboard_focus(window, qtbot, clock, beeps):
    view, timer = window.editor.view, window.timer
    window.actions["timer_5"].trigger()
    assert QApplication.focusWidget() is view
    for widget in [timer, *timer.findChildren(QWidget)]:
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, widget
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert timer.state == "paused" and QApplication.focusWidget() is view
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert timer.state == "running"
    # typing a step's name when the time runs out: the text goes on into the step
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClicks(view, "Ny ")
    clock.advance(300)
    timer.tick()
    assert timer.state == "finished"
    assert QApplication.activeModalWidget() is None  # no dialog
    assert QApplication.focusWidget() is view, QApplication.focusWidget()
    qtbot.keyClicks(view, "ide")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (new,) = window.session.selection.ids()
    assert window.session.document.node(new).label == "Ny ide"


def test_ctrl_t_with_no_timer_asks_a_length_and_typed_lengths_start_it(
        window, qtbot, clock, monkeypatch):
    asked = []

    def answer(parent, title, label, items, current, editable):
        asked.append((items, editable))
        return ("7:30" if len(asked) == 2 else "soon", True)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(answer))
    qtbot.keyClick(window.editor.view, Qt.Key.Key_T, CTRL)
    assert len(asked) == 2  # "soon" is no length: asked again, saying so
    assert asked[0][0][:3] == ["5", "10", "15"] and asked[0][1]
    assert window.timer.remaining_text() == "7:30" and window.timer.state == "running"
    assert QApplication.focusWidget() is window.editor.view


def test_in_presentation_mode_the_timer_is_large_for_the_room(window, qtbot, clock):
    timer, view = window.timer, window.editor.view
    window.actions["timer_10"].trigger()
    desk_px = timer.digit_px()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.wait(50)
    assert window.presentation.active and timer.isVisible() and timer.presenting
    assert timer.digit_px() > desk_px
    # an eighth of the screen's height: digits of about 100 px on a 1080-pixel projector
    assert timer.digit_px() >= view.viewport().height() // 9
    assert view.viewport().geometry().contains(timer.geometry())
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)  # the keys work with the menus hidden
    assert timer.state == "paused"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not timer.presenting and timer.isVisible()


def test_the_window_s_own_ticks_draw_the_time_the_clock_says(window, qtbot, clock, beeps):
    """No hand-made tick: the overlay looks at the clock by itself while it runs."""
    timer = window.timer
    window.actions["timer_5"].trigger()
    clock.advance(65)
    qtbot.waitUntil(lambda: timer.remaining_text() == "3:55", timeout=2000)
    clock.advance(235)
    qtbot.waitUntil(lambda: timer.state == "finished" and beeps == [True], timeout=2000)
