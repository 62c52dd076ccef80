"""Every test runs headless, with its own config and data folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings, recent files or autosaves."""
    config = tmp_path / "user-config"
    data = tmp_path / "user-data"
    monkeypatch.setenv("JOURNEYMAPPER_CONFIG_DIR", str(config))
    monkeypatch.setenv("JOURNEYMAPPER_DATA_DIR", str(data))
    return config, data


@pytest.fixture(autouse=True)
def listener_errors_fail_the_test():
    """A document listener that raises is isolated in the program (reported, the others go
    on); in a test it must not pass unnoticed: the test fails with the error."""
    from journeymapper.model import events

    errors = []
    previous = events.set_error_handler(lambda listener, error: errors.append((listener, error)))
    yield errors
    events.set_error_handler(previous)
    if errors:
        listener, error = errors[0]
        raise AssertionError(f"{len(errors)} document listener(s) raised; the first, "
                             f"{listener!r}: {error!r}") from error


@pytest.fixture(autouse=True)
def close_leftover_windows():
    """Windows and map sessions a test leaves open are closed while Qt is still alive.

    Top-level widgets that survive until interpreter shutdown are destroyed in
    an arbitrary order after the QApplication, which can crash the process at
    exit after every test has passed.
    """
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    # Every map session the test opened drops its undo history while everything is alive:
    # left to the cyclic garbage collector, a session's stack deleted commands the
    # collector had already freed, and the process crashed mid-suite.
    from journeymapper.state.session import close_open_sessions

    close_open_sessions()
    for widget in app.topLevelWidgets():
        if widget.parentWidget() is None:
            widget.deleteLater()  # not close(): a modified window would ask to save
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def no_windows_left():
    """A window test starts with no window open and leaves none behind (use it with
    ``pytestmark = pytest.mark.usefixtures("no_windows_left")``)."""
    from journeymapper.app import windows
    from test_app_support import close_all

    assert windows.open_windows() == []
    yield
    close_all()


@pytest.fixture
def norwegian(qapp):
    """The program in Norwegian Bokmål for one test: its translations and its numbers."""
    from PySide6.QtCore import QLocale

    from journeymapper.app import launch
    from test_app_support import close_all

    loaded = launch.install_translations(qapp, QLocale("nb_NO"))
    assert "journeymapper" in loaded
    yield loaded
    launch.remove_translations(qapp)
    close_all()
