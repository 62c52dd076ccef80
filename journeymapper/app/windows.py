"""The open windows, and opening a map (file, template or recovered autosave) into one.

A map opens in a new window, except when the window it was asked from holds
an untouched empty map: then the new window takes that one's place, as in
most desktop editors. A file that is already open is brought to the front.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..config.autosave import AutosaveRecord, remove_autosave
from ..io.resources import templates_dir
from ..config.settings import RecentFiles, set_language_choice
from ..io import JourneyFileError, load
from ..io.templates import find_template
from ..state import MapSession
from .autosave import adopt, leftover_autosaves
from .file_watch import stat_key
from .map_lock import MapLock, ask_when_locked, describe_holder
from .recovery_dialog import RecoveryDialog
from .template_words import localise

if TYPE_CHECKING:
    from .main_window import MainWindow

CASCADE = 32
_windows: list["MainWindow"] = []


def register(window: "MainWindow") -> None:
    if window not in _windows:
        _windows.append(window)
        window.destroyed.connect(lambda *_args, w=window: unregister(w))


def unregister(window: "MainWindow") -> None:
    for i, w in enumerate(_windows):
        if w is window:
            del _windows[i]
            return


def open_windows() -> list["MainWindow"]:
    """The program's open windows, oldest first."""
    return list(_windows)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def find_window(path: str | os.PathLike) -> "MainWindow | None":
    for window in _windows:
        if window.session.path is not None and _same_file(window.session.path, Path(path)):
            return window
    return None


def place(session: MapSession, origin: "MainWindow | None" = None) -> "MainWindow":
    """Show a new window for ``session``; it replaces ``origin`` if that one is untouched."""
    from .main_window import MainWindow

    replace = origin is not None and origin.is_replaceable()
    others = [w for w in _windows if w is not origin]
    window = MainWindow(session)
    if replace:
        window.setGeometry(origin.geometry())
    elif others or origin is not None:
        last = origin or others[-1]
        window.move(last.pos().x() + CASCADE, last.pos().y() + CASCADE)
    window.show()
    window.raise_()
    window.activateWindow()
    if replace:
        origin.close()
    return window


def is_shipped_template(path: str | os.PathLike) -> bool:
    """A file in the program's own templates folder, which Save must never overwrite."""
    try:
        return Path(path).resolve().is_relative_to(templates_dir().resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def open_file(path: str | os.PathLike, origin: "MainWindow | None" = None,
              parent: QWidget | None = None) -> "MainWindow | None":
    """Open a .jmap file; a bad file shows its message and nothing changes.

    A shipped template opens as a new, unsaved map (as File → New makes it), so
    Save asks for a name instead of overwriting the template.
    """
    path = Path(path)
    template = is_shipped_template(path)
    existing = None if template else find_window(path)
    if existing is not None:
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    lock, read_only, holder = None, False, ""
    if not template:  # asked before reading: a large map takes a moment to load
        lock = MapLock(path)
        if lock.acquire() is False:
            choice = ask_when_locked(origin or parent, path, lock)
            if choice == "cancel":
                return None
            if choice == "read_only":
                read_only, holder, lock = True, describe_holder(lock), None
            elif not lock.take_over():
                lock = None
    before = stat_key(path)  # a change while the map is being read is noticed afterwards
    try:
        document = load(path)
    except JourneyFileError as exc:
        if lock is not None:
            lock.release()
        title = QCoreApplication.translate("windows", "Cannot Open Map")
        QMessageBox.critical(origin or parent, title, str(exc))
        if not path.exists():
            RecentFiles().remove(path)
        return None
    if template:
        RecentFiles().remove(path)  # listed by an older version: from now on it opens as new
        window = place(MapSession(document, None), origin)
        window.statusBar().showMessage(QCoreApplication.translate(
            "windows", "A new map from the template “{0}”. Save asks where to keep it.")
            .format(path.stem), 15_000)
        return window
    RecentFiles().add(path)
    window = place(MapSession(document, path.resolve()), origin)
    window.set_lock(lock, read_only, holder)
    window.file_watch.read_when(before)
    return window


def new_from_template(name: str, origin: "MainWindow | None" = None) -> "MainWindow":
    """A new, unsaved map from a built-in template, titled from the template."""
    document = localise(find_template(name).open(), name)  # a stage model in their words
    return place(MapSession(document, None), origin)


def open_recovered(record: AutosaveRecord, parent: QWidget | None = None) -> "MainWindow | None":
    """Reopen an autosave as a modified map with its original path."""
    try:
        document = record.open()
    except JourneyFileError as exc:
        title = QCoreApplication.translate("windows", "Cannot Recover Map")
        QMessageBox.critical(parent, title, str(exc))
        return None
    session = MapSession(document, record.original_path)
    session.undo_stack.resetClean()  # unsaved: no undo step leads back to the saved file
    window = place(session, None)
    window._update_title()
    window.autosaver.mark_unsaved()
    window.autosaver.autosave()  # safe in this run's own autosave before the old one goes
    adopt(record)
    when = record.saved_at.astimezone().strftime("%H:%M")
    window.statusBar().showMessage(QCoreApplication.translate(
        "windows", "Recovered from the autosave of {0}. Save to keep it.").format(when), 30_000)
    return window


def offer_recovery(parent: QWidget | None = None) -> "list[MainWindow] | None":
    """Offer what a crash left behind. None when there is nothing to offer."""
    records = leftover_autosaves()
    if not records:
        return None
    dialog = RecoveryDialog(records, parent)
    dialog.exec()
    if dialog.decision == RecoveryDialog.DISCARD:
        for record in records:
            remove_autosave(record.file)
        return []
    if dialog.decision != RecoveryDialog.RECOVER:
        return []
    opened = []
    for record in dialog.checked():
        window = open_recovered(record, parent)
        if window is not None:
            opened.append(window)
    return opened


# --- another language, the same maps ---------------------------------------------------

def change_language(choice: str) -> list["MainWindow"]:
    """View › Language: remember ``choice`` (a language code, or the system's), speak it
    and re-make every window in it. Returns the new windows, oldest first.

    Each window is made anew around the same :class:`MapSession` (see
    :func:`replace_for_language`) rather than re-labelled in place: every word of
    the menus, toolbar, panels, canvas and status bar is then in the new language
    by construction, including words added to the program later, and the map is
    never touched (no undo step, not marked modified; selection and view kept).
    """
    from .translation import install_translations, system_language

    set_language_choice(choice)
    app = QApplication.instance()
    install_translations(app, language=system_language() if choice == "system" else choice)
    return [replace_for_language(window) for window in open_windows()]


def show_as(window: "MainWindow", old: "MainWindow", zoom: float, scroll: tuple) -> None:
    """Show ``window`` as ``old`` is shown (full screen, maximised or not), at ``zoom`` and
    ``scroll``: a window made anew for the same map (a language switch, a reload from
    disk) takes the place and view of the one it replaces."""
    if old.isFullScreen():
        window.showFullScreen()
    elif old.isMaximized():
        window.showMaximized()
    else:
        window.show()
    view = window.editor.view
    view.set_zoom(zoom)
    window._show_zoom(view.zoom())
    view.horizontalScrollBar().setValue(scroll[0])
    view.verticalScrollBar().setValue(scroll[1])


def replace_for_language(old: "MainWindow") -> "MainWindow":
    """A new window for ``old``'s map in the language now installed, where ``old`` was.

    What the user has in hand comes along: the map, its undo history and saved
    state (the session), the selection, the zoom and scroll, large print, the
    panels' places, the window's geometry, the claim on the file, its autosave and
    what the file watch knows. What a panel showed besides (a filter, a sort
    order) starts afresh, as in a new window. The workshop timer goes on counting. (An
    open voting round holds the phones' connection to this window: the language menu
    asks for it to be closed first.)
    """
    from .main_window import MainWindow

    old.editor.scene.editing.finish_inline()  # what is being typed on the map is kept,
    focus = QApplication.focusWidget()
    if focus is not None and old.isAncestorOf(focus):
        focus.clearFocus()  # and what is being typed into a panel's field
    session = old.session
    selected = list(session.selection.ids())
    view = old.editor.view
    zoom, large = view.zoom(), view.large_print()
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    map_only = old.actions["map_only"].isChecked()
    panels_before = [d.objectName() for d in old._panels_before_map_only]
    geometry, state = old.saveGeometry(), old.saveState()
    place = _windows.index(old) if old in _windows else len(_windows)
    old.editor.scene.blockSignals(True)  # its teardown must not clear the shared selection

    window = MainWindow(session, replacing=old)
    window.restoreGeometry(geometry)
    window.restoreState(state)
    window.take_lock_from(old)
    window.file_watch.take_over(old.file_watch)
    window.timer.take_over(old.timer)  # a workshop round's time goes on
    if large:
        window.editor.set_large_print(True)
    if map_only:
        window.set_map_only(True)
        window._panels_before_map_only = [d for d in window.docks()
                                          if d.objectName() in panels_before]
    window._first_show = False  # the view the user had, not the start of the map
    unregister(window)
    _windows.insert(place, window)
    show_as(window, old, zoom, scroll)
    old.retire()
    session.selection.set(selected)
    window.raise_()
    window.activateWindow()
    return window
