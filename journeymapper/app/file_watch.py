"""Noticing when the open map's file is changed or removed on disk by someone else.

Workshops keep maps in shared and synced folders, where another person or a
sync tool may rewrite the file while it is open here. A :class:`FileWatch`
remembers what the window last read or wrote (the file's size, times and a
hash of its bytes), watches the file and its folder, and looks again when the
window comes to the front (watchers miss changes on some network drives).
Our own saves never count as a change: they become the new remembered state.

What it finds shows in a :class:`FileChangedBar` above the map, which never
takes the keyboard from someone typing: reload the file, keep the edits here,
or (the file is gone) save it again. Save asks before overwriting a file that
changed since it was read.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..io import JourneyFileError, dumps, load
from ..io.reading import open_regular
from ..state import MapSession

if TYPE_CHECKING:
    from .main_window import MainWindow

SETTLE_MS = 300  # sync tools write in pieces and replace by rename: look once they are done
MAX_SETTLE_MS = 2000  # a folder that never goes quiet is still looked at this often
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: ``key`` is cheap to read (stat), ``digest`` is its bytes."""

    key: tuple[int, int, int]
    digest: str


def _stat(path: Path) -> tuple[int, int, int] | None:
    """(mtime, size, inode), or None when there is no file at ``path``.

    Other errors (a network drive that does not answer) are raised: they say
    nothing about the file.
    """
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def stat_key(path: str | os.PathLike) -> tuple[int, int, int] | None:
    """(mtime, size, inode) of the file, or None when it cannot be looked at."""
    try:
        return _stat(Path(path))
    except OSError:
        return None


def read_stamp(path: Path) -> FileStamp | None:
    """The file's stamp, or None when it is gone. Other read errors are raised (OSError),
    also for a path that became a named pipe or a device (it would never end)."""
    key = _stat(path)
    if key is None:
        return None
    digest = hashlib.sha256()
    try:
        with open_regular(path) as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return FileStamp(key, digest.hexdigest())


class FileChangedBar(QFrame):
    """A quiet bar above the map: what happened to the file, and what can be done.

    Non-modal and never focused by itself, so it cannot interrupt typing.
    """

    reloadClicked = Signal()
    keepClicked = Signal()
    saveClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FileChangedBar")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#FileChangedBar { background: #FFF4D6; border-bottom: 1px solid #E0B44C; }"
            "#FileChangedBar QLabel { color: #3A2A00; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.setSpacing(8)
        self.icon = QLabel(self)
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(self.message, 1)
        self.reload_button = self._button(self.reloadClicked)
        self.keep_button = self._button(self.keepClicked)
        self.save_button = self._button(self.saveClicked)
        for button in (self.reload_button, self.keep_button, self.save_button):
            row.addWidget(button)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(self.keepClicked)
        row.addWidget(self.close_button)
        self.hide()

    def _button(self, signal) -> QPushButton:
        button = QPushButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click, never a stray Enter
        button.setAutoDefault(False)
        button.clicked.connect(signal)
        return button

    def show_changed(self, name: str, has_edits: bool) -> None:
        if has_edits:
            text = self.tr("“{0}” was changed on disk by another program or person. Your "
                           "unsaved changes here are not in that version.").format(name)
            self.reload_button.setText(self.tr("&Reload and Lose My Changes…"))
            self.keep_button.setText(self.tr("&Keep My Changes"))
        else:
            text = self.tr("“{0}” was changed on disk by another program or person.").format(name)
            self.reload_button.setText(self.tr("&Reload"))
            self.keep_button.setText(self.tr("I&gnore"))
        self.message.setText(text)
        self.reload_button.show()
        self.keep_button.show()
        self.save_button.hide()
        self.show()

    def show_read_only(self, name: str, holder: str) -> None:
        """Another copy edits the map: this one is open read-only (Save saves a copy)."""
        self.message.setText(self.tr(
            "“{0}” is open for editing in another copy of JourneyMapper ({1}), so it is open "
            "here read-only. You can make changes; Save asks for another name.")
            .format(name, holder))
        self.save_button.setText(self.tr("Save &As…"))
        self.reload_button.setText(self.tr("&Edit Here"))
        self.reload_button.setToolTip(self.tr("Edit this file here once the other copy has "
                                              "closed it"))
        self.keep_button.hide()
        self.reload_button.show()
        self.save_button.show()
        self.show()

    def show_removed(self, name: str) -> None:
        self.message.setText(self.tr(
            "“{0}” was deleted or moved away. The map stays open here; Save writes the file "
            "again.").format(name))
        self.save_button.setText(self.tr("&Save"))
        self.reload_button.hide()
        self.keep_button.hide()
        self.save_button.show()
        self.show()


class FileWatch(QObject):
    """Watches one window's map file and tells the window what someone else did to it.

    States: nothing to say; ``CHANGED`` (the file holds something other than
    what we last read or wrote); ``REMOVED`` (no file at the path).
    """

    NONE, CHANGED, REMOVED = "none", "changed", "removed"

    stateChanged = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: MapSession = window.session
        self.bar = FileChangedBar(window)
        self.bar.reloadClicked.connect(self.reload)
        self.bar.keepClicked.connect(self.keep_edits)
        self.bar.saveClicked.connect(lambda: window.save())
        self.state = self.NONE
        self.checks = 0  # how many times the disk was looked at (for tests and debugging)
        self._path: Path | None = None
        self._known: FileStamp | None = None  # what we last read or wrote
        self._seen: FileStamp | None = None  # what the last look found (saves rehashing)
        self._dismissed: str | None = None  # the disk version the user chose to keep edits over
        self._removed_at: int | None = None  # undo index when a removal marked the map modified
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_event)
        self._watcher.directoryChanged.connect(self._on_folder_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._settled)
        self._waiting = QElapsedTimer()  # since the first event the timer is waiting out
        self._full_check = False
        self.session.pathChanged.connect(self._on_path_changed)
        self.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._on_path_changed()

    # --- what the window tells us --------------------------------------------------

    def _on_path_changed(self) -> None:
        path = self.session.path
        self._path = Path(path) if path is not None else None
        self._known = self._seen = None
        self._dismissed = None
        self._removed_at = None
        if self._path is not None:
            try:
                self._known = self._seen = read_stamp(self._path)
            except OSError:
                pass
        self._set_state(self.NONE)
        self._arm()

    def read_when(self, key: tuple[int, int, int] | None) -> None:
        """The map was read from the file when it looked like ``key`` (stat before loading).

        If it looks otherwise now, someone wrote it while it was being opened:
        what we hold is not what is there, and it counts as a change.
        """
        if self._known is None or key is None or key == self._known.key:
            return
        held = hashlib.sha256(dumps(self.session.document)).hexdigest()
        if held != self._known.digest:  # rewritten with other bytes than the map we hold
            self._known = FileStamp(key, "")
            self.check(full=True)

    def take_over(self, other: "FileWatch") -> None:
        """Watch on where ``other`` (another window of the same map) stopped: what it
        last read or wrote, what it found since and what it was told to keep."""
        self._known, self._seen = other._known, other._seen
        self._dismissed, self._removed_at = other._dismissed, other._removed_at
        self._set_state(other.state)
        self.check_soon()

    def saved(self) -> None:
        """The window has just written the file: what is there now is ours."""
        self._on_path_changed()

    def stop(self) -> None:
        self._timer.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._path = None

    # --- watching ------------------------------------------------------------------

    def _arm(self) -> None:
        """Watch the file and its folder; a rename over the file drops it from the watch."""
        wanted = []
        if self._path is not None:
            wanted = [str(self._path), str(self._path.parent)]
        stale = [p for p in self._watcher.files() + self._watcher.directories()
                 if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        for path in wanted:
            if (path not in self._watcher.files() and path not in self._watcher.directories()
                    and os.path.exists(path)):
                self._watcher.addPath(path)

    def _on_file_event(self, _path: str) -> None:
        self._full_check = True  # the file itself was touched: compare its bytes
        self._wait()

    def _on_folder_event(self, _path: str) -> None:
        self._wait()  # something in the folder: the cheap look decides

    def _wait(self) -> None:
        """Look when the events stop coming, or after MAX_SETTLE_MS of a busy folder."""
        if not self._timer.isActive():
            self._waiting.start()
            self._timer.start()
        elif self._waiting.elapsed() < MAX_SETTLE_MS - SETTLE_MS:
            self._timer.start()

    def _settled(self) -> None:
        full, self._full_check = self._full_check, False
        self.check(full=full)

    def check_soon(self) -> None:
        """A cheap look after the current event (the window came to the front)."""
        if self._path is not None and not self._timer.isActive():
            QTimer.singleShot(0, self, lambda: self.check(full=False))

    def check(self, full: bool = True) -> str:
        """Look at the file now; ``full=False`` reads its bytes only when stat says it moved."""
        if self._path is None:
            return self.state
        self.checks += 1
        self._arm()
        try:
            key = _stat(self._path)
        except OSError:
            return self.state  # the drive does not answer just now: look again later
        if key is None:
            self._on_removed()
            return self.state
        if not full and self._seen is not None and key == self._seen.key:
            return self.state  # the same as the last look: nothing new
        try:
            found = read_stamp(self._path)
        except OSError:
            return self.state  # unreadable for a moment (a sync tool holds it): look later
        if found is None:
            self._on_removed()
            return self.state
        self._seen = found
        if self._known is not None and found.digest == self._known.digest:
            self._known = found  # touched or rewritten with the same bytes: still ours
            if self._removed_at is not None and self.session.undo_stack.index() == self._removed_at:
                self.session.undo_stack.setClean()  # back as it was, nothing edited meanwhile
            self._removed_at = None
            self._set_state(self.NONE)
        elif self._known is None and self.state != self.REMOVED:
            self._known = found  # nothing was known (unreadable at open): take it as read
        elif found.digest != self._dismissed:
            self._set_state(self.CHANGED)
        return self.state

    def _on_removed(self) -> None:
        self._seen = None
        if self.state == self.REMOVED:
            return
        stack = self.session.undo_stack
        if stack.isClean():
            stack.resetClean()  # the map is no longer on disk anywhere: it is unsaved work
            self._removed_at = stack.index()
            self.window.autosaver.mark_unsaved()
        self._set_state(self.REMOVED)

    def changed_on_disk(self) -> bool:
        """Does the file now hold something other than what we last read or wrote?"""
        if self._path is None:
            return False
        self.check(full=True)
        return (self._seen is not None and self._known is not None
                and self._seen.digest != self._known.digest)

    # --- the notice ------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state == self.NONE:
            self._dismissed = None
        changed = state != self.state
        self.state = state
        self._refresh_bar()
        if changed:
            self.stateChanged.emit(state)

    def _on_clean_changed(self, _clean: bool) -> None:
        if not self.bar.isHidden():  # the words depend on whether there are edits here
            self._refresh_bar()

    def _refresh_bar(self) -> None:
        name = self._path.name if self._path is not None else ""
        if self.state == self.CHANGED:
            self.bar.show_changed(name, self.has_edits())
        elif self.state == self.REMOVED:
            self.bar.show_removed(name)
        else:
            self.bar.hide()

    def has_edits(self) -> bool:
        """Unsaved changes made here (not only the mark a removal put on the map)."""
        stack = self.session.undo_stack
        if stack.isClean():
            return False
        return self._removed_at is None or stack.index() != self._removed_at

    def keep_edits(self) -> None:
        """Keep the map as it is here; Save will still ask before overwriting."""
        if self.state == self.CHANGED and self._seen is not None:
            self._dismissed = self._seen.digest
            self.state = self.NONE  # keep the dismissed version: a newer one shows again
            self.bar.hide()
            self.stateChanged.emit(self.state)
        elif self.state == self.REMOVED:
            self.bar.hide()

    # --- acting on it ----------------------------------------------------------------

    def _ask(self, icon: QMessageBox.Icon, title: str, text: str,
             buttons: list[tuple[str, QMessageBox.ButtonRole, str]], default: str,
             escape: str) -> str:
        return ask(self.window, icon, title, text, buttons, default, escape)

    def reload(self) -> MainWindow | None:
        """Open the file as it is on disk now, in place of this window's map.

        A file that cannot be read is named with its problem, and the map here
        stays as it was. The reloaded map starts with an empty undo history.
        """
        if self._path is None:
            return None
        name = self._path.name
        if self.has_edits():
            answer = self._ask(
                QMessageBox.Icon.Warning, self.tr("Reload and Lose Changes?"),
                self.tr("Reloading replaces the map here with the version of “{0}” on disk. "
                        "Your unsaved changes will be lost.").format(name),
                [(self.tr("&Reload"), QMessageBox.ButtonRole.DestructiveRole, "reload"),
                 (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel")],
                default="cancel", escape="cancel")
            if answer != "reload":
                return None
        try:
            document = load(self._path)
        except JourneyFileError as exc:
            QMessageBox.critical(
                self.window, self.tr("Cannot Reload Map"),
                self.tr("{0}\n\nThe map open here is kept as it was.").format(exc))
            return None
        return self._replace_window(MapSession(document, self._path))

    def _replace_window(self, session: MapSession) -> MainWindow:
        """A new window for the reloaded map, where this one was, with the same view."""
        from .main_window import MainWindow
        from .windows import show_as

        old = self.window
        view = old.editor.view
        zoom = view.zoom()
        scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        old.save_layout()  # the new window restores the same panels
        window = MainWindow(session)
        window.take_lock_from(old)
        window.setGeometry(old.geometry())
        window._first_show = False  # keep the view the user had, not the start of the map
        show_as(window, old, zoom, scroll)
        window.raise_()
        window.activateWindow()
        window.editor.setFocus()
        window.statusBar().showMessage(
            self.tr("Reloaded “{0}” from disk.").format(session.path.name), 8000)
        old.session.undo_stack.clear()  # the user chose to let the edits go: no question
        self.stop()
        old.close()
        return window

    def confirm_overwrite(self) -> str:
        """Before Save: "overwrite", "save_as" or "cancel" when someone else changed the file.

        "overwrite" at once when the file is as we left it, or gone (Save recreates it).
        """
        if not self.changed_on_disk():
            return "overwrite"
        name = self._path.name if self._path is not None else ""
        return self._ask(
            QMessageBox.Icon.Warning, self.tr("File Changed on Disk"),
            self.tr("“{0}” was changed on disk by another program or person since it was "
                    "opened or saved here.\n\nOverwrite it with the map here (their changes "
                    "are lost), or save the map here under another name?").format(name),
            [(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole, "overwrite"),
             (self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole, "save_as"),
             (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel")],
            default="save_as", escape="cancel")


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        buttons: list[tuple[str, QMessageBox.ButtonRole, str]], default: str,
        escape: str) -> str:
    """A question with our own button words; returns the key of the button chosen."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    keys = {}
    for label, role, key in buttons:
        button = box.addButton(label, role)
        keys[key] = button
        if key == default:
            box.setDefaultButton(button)
        if key == escape:
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    for key, button in keys.items():
        if button is clicked:
            return key
    return escape


def wrap_with_bar(bar: FileChangedBar, content: QWidget) -> QWidget:
    """The window's centre: the bar above the map, taking no room while hidden."""
    centre = QWidget()
    column = QVBoxLayout(centre)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(bar)
    column.addWidget(content, 1)
    return centre
