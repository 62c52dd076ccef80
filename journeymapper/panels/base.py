"""What every side panel shares: its session, its place in the window, its edits.

A panel follows the document's change events and the shared selection, and
changes the map only by pushing undo commands on the session's stack, so an
edit from a panel and an edit from the canvas look the same to everybody.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from ..commands import push
from ..model import Change, ChangeBatch
from .background import BackgroundJob, worth_a_worker


class ErrorLine(QLabel):
    """Why the last edit was refused, shown under the panel until the next edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #A33A00; font-weight: bold;")
        self.hide()

    def show_error(self, text: str | None) -> None:
        self.setText(f"⚠ {text}" if text else "")
        self.setVisible(bool(text))


class SessionDock(QDockWidget):
    """A dock widget bound to one MapSession (``set_session`` switches to another map)."""

    OBJECT_NAME = "SessionDock"

    def __init__(self, session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(self.OBJECT_NAME)  # QMainWindow.saveState remembers docks by name
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.session = None
        self.error_line = ErrorLine()
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._refresh_due)
        self.visibilityChanged.connect(self._visibility_changed)
        # a big map's refresh runs on the worker (see background_work)
        self._job = BackgroundJob(self, self._background_done, self.schedule_refresh,
                                  lambda error: self.refresh_now(), self._map_version)
        self.last_ms: float | None = None  # CPU time of the last refresh, if timed

    # --- the session ----------------------------------------------------
    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.documentChanged.disconnect(self._on_document_changed)
            self.session.selection.changed.disconnect(self._on_selection_changed)
        self.session = session
        self._job.cancel()
        self.last_ms = None
        if session is not None:
            session.documentChanged.connect(self._on_document_changed)
            session.selection.changed.connect(self._on_selection_changed)
        self.reset()

    @property
    def document(self):
        return self.session.document

    @property
    def selection(self):
        return self.session.selection

    # --- editing -----------------------------------------------------------
    def push(self, command) -> bool:
        """Push an undo command; show the refusal's reason. True when it was done."""
        error = push(self.session.undo_stack, command)
        self.error_line.show_error(error)
        return error is None

    # --- following the document ------------------------------------------------
    def schedule_refresh(self) -> None:
        """Recompute the expensive views once the user pauses.

        Each action arrives whole (one batch), but typing makes several actions a
        second, and analysing a big map takes longer than that: the panels that
        analyse wait for a pause instead of falling behind.

        The wait grows with the map (a big map's flow order takes a while), and
        a dock hidden in the window (closed, or a tab behind another) waits
        until it is shown.
        """
        self._stale = True
        count = self.session.document.node_count() if self.session is not None else 0
        self._timer.setInterval(min(1000, 120 + count // 20))
        self._timer.start()

    def refresh_soon_or_now(self) -> None:
        """In a window, refresh when shown; on its own (a test, a dialog), at once."""
        if self._in_window():
            self.schedule_refresh()
        else:
            self.refresh_now()

    def _in_window(self) -> bool:
        return isinstance(self.parent(), QMainWindow)

    def _refresh_due(self) -> None:
        if self._in_window() and not self.isVisible():
            return  # stays stale; shown again, it refreshes
        work = None
        if (self.session is not None and self._in_window()
                and worth_a_worker(self.last_ms, self.document)):
            work = self.background_work()
        if work is None:
            self.refresh_now()
            return
        self._timer.stop()
        self._stale = False
        self._job.start(*work)

    def background_work(self) -> tuple | None:
        """``(function, *arguments)`` that gathers this panel's facts without Qt, for
        a big map to do on the worker; its answer goes to :meth:`show_background_answer`.
        None: the panel refreshes at once (:meth:`refresh_now`)."""
        return None

    def show_background_answer(self, answer) -> None:
        """Show what :meth:`background_work` gathered (the map has not changed since)."""

    def _background_done(self, answer, cpu_ms: float) -> None:
        self.last_ms = cpu_ms
        self.show_background_answer(answer)

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._timer.setInterval(0)
            self._timer.start()

    def refresh_now(self) -> None:
        """Recompute everything that is debounced (tests call it to skip the wait)."""
        self._timer.stop()
        self._stale = False
        self._job.cancel()

    def reset(self) -> None:
        """Rebuild from scratch (a new session)."""

    def _map_version(self) -> tuple:
        """Which map, at which version: what a background answer is an answer about."""
        document = self.session.document if self.session is not None else None
        return id(document), document.version if document is not None else 0

    def _on_document_changed(self, batch: ChangeBatch) -> None:
        for change in batch.changes:
            self.document_changed(change)
        self.action_done(batch)

    def _on_selection_changed(self) -> None:
        self.selection_changed()

    def document_changed(self, change: Change) -> None:
        """One change of the document (subclasses follow it); the action it belongs to
        is complete (the document is in its final state) when this is called."""

    def action_done(self, batch: ChangeBatch) -> None:
        """Every change of one user action has been followed: do what is done once."""

    def selection_changed(self) -> None:
        """The shared selection changed (subclasses follow it)."""
