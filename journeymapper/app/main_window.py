"""The main window: one open map's canvas, with the menus, toolbar and docks around it.

A window is given one :class:`MapSession` for its whole life (opening another
map makes another window, or replaces an untouched one), so the canvas and
every dock can keep the session they were built with.
"""

from __future__ import annotations

import base64
import traceback
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..canvas.editor import CanvasEditor
from ..config.settings import SYSTEM_LANGUAGE, RecentFiles, Settings, language_choice
from ..io import FILE_SUFFIX, ReadOnlyFileError, save
from ..look.kinds import CONTEXT as KINDS_CONTEXT, KINDS
from ..model import Target
from ..state import MapSession
from ..words import LANGUAGES
from . import windows
from .autosave import Autosaver
from .export_dialog import export_interactively
from .file_watch import FileChangedBar, FileWatch, ask, wrap_with_bar
from .find_bar import FindBar
from .icons import view_icon
from .image_export_dialog import export_image_interactively
from .map_counts import MapCounts
from .map_lock import MapLock, describe_holder
from .presentation import Presentation
from .template_dialog import TemplateChooserDialog
from .workshop_timer import PRESETS, TimerOverlay, ask_and_start
from .voting import VotingRoom

READABLE_NAME_PX = 12  # a map opens with step names at least this tall on screen

EDITOR_ACTIONS = ("cut", "copy", "paste", "duplicate", "delete", "select_all", "zoom_in",
                  "zoom_out", "fit_map", "large_print", "auto_layout",
                  *(spec.action_key for spec in KINDS), "add_stage", "add_lane")
ADD_STEP_ACTIONS = tuple(spec.action_key for spec in KINDS)  # one per kind, in its order

# Platform shortcuts given to the editor's actions when the editor set none.
_STANDARD_KEYS = {
    "cut": QKeySequence.StandardKey.Cut,
    "copy": QKeySequence.StandardKey.Copy,
    "paste": QKeySequence.StandardKey.Paste,
    "delete": QKeySequence.StandardKey.Delete,
    "select_all": QKeySequence.StandardKey.SelectAll,
    "zoom_in": QKeySequence.StandardKey.ZoomIn,
    "zoom_out": QKeySequence.StandardKey.ZoomOut,
}
_PLAIN_KEYS = {"duplicate": "Ctrl+D", "fit_map": "Ctrl+0"}


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _decode(text) -> QByteArray | None:
    if not isinstance(text, str):
        return None
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return None


class MainWindow(QMainWindow):
    """One map's window. Panels add themselves with :meth:`add_dock` and read :attr:`session`."""

    dockAdded = Signal(QDockWidget)

    def __init__(self, session: MapSession, parent: QWidget | None = None,
                 replacing: "MainWindow | None" = None) -> None:
        """``replacing``: a window of the same session this one takes the place of (the
        language changed): its autosave comes along, so the unsaved work keeps its file."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.settings = Settings()
        self.recent = RecentFiles(self.settings)
        self._closed = False
        self._docks: list[QDockWidget] = []
        self.setObjectName("MainWindow")

        self.editor = CanvasEditor(session, self, show_palette=False)  # our toolbar has them
        self.editor.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        if replacing is not None:
            self.autosaver = replacing.autosaver
            self.autosaver.autosaved.disconnect(replacing._on_autosaved)
            self.autosaver.setParent(self)
        else:
            self.autosaver = Autosaver(session, self)
        self.autosaver.autosaved.connect(self._on_autosaved)
        self.file_watch = FileWatch(self)  # someone else changing or removing the file
        centre = wrap_with_bar(self.file_watch.bar, self.editor)
        self.map_lock: MapLock | None = None  # our claim to edit the file (see map_lock)
        self.read_only = False  # another copy edits the file: Save saves under another name
        self._holder = ""
        self.read_only_bar = FileChangedBar(self)
        self.read_only_bar.saveClicked.connect(self.save_as)
        self.read_only_bar.reloadClicked.connect(self.edit_here)
        self.read_only_bar.keepClicked.connect(self.read_only_bar.hide)
        centre.layout().insertWidget(0, self.read_only_bar)
        self.setCentralWidget(centre)

        self.zoom_label = QToolButton()  # shows the zoom; a click goes back to 100 %
        self.zoom_label.setAutoRaise(True)
        self.zoom_label.setToolTip(self.tr("Click for 100 %"))
        self.zoom_label.clicked.connect(self.editor.view.reset_zoom)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.editor.view.zoomChanged.connect(self._show_zoom)
        self._first_show = True
        # the workshop's tools, floating over the map: find, the timer, the counts in a corner
        self.find_bar = FindBar(self, READABLE_NAME_PX)
        self.timer = TimerOverlay(self.editor.view)
        self.counts = MapCounts(self.editor.view, session)

        self.actions: dict[str, QAction] = {}
        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        stack = session.undo_stack
        stack.cleanChanged.connect(self._update_title)
        session.pathChanged.connect(self._update_title)
        session.documentChanged.connect(self._on_document_changed)
        self._update_title()
        self.presentation = Presentation(self)
        for overlay in (self.find_bar, self.timer, self.counts):
            self.presentation.activeChanged.connect(overlay.set_presenting)
        # the shortcuts keep working while full screen or presentation hides the menus
        self.addActions(list(self.actions.values()))

        self.setAcceptDrops(True)  # drop .jmap files from the file manager to open them
        self._restore_geometry()
        self._install_panels()
        self._add_panel_entries()
        self.voting = VotingRoom(self)  # dot voting: Map menu, the phones' page, the dots
        self._restore_state()
        windows.register(self)

    # --- actions -------------------------------------------------------------------

    def _action(self, key: str, text: str, slot, shortcut=None, tip: str | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.actions[key] = action
        return action

    def _create_actions(self) -> None:
        SK = QKeySequence.StandardKey
        SP = QStyle.StandardPixmap
        self._action("new", self.tr("&New…"), self.new_map, SK.New,
                     self.tr("Start a new map from a stage model or a sample"), SP.SP_FileIcon)
        self._action("open", self.tr("&Open…"), self.open_map, SK.Open,
                     self.tr("Open a journey map file"), SP.SP_DialogOpenButton)
        self._action("save", self.tr("&Save"), self.save, SK.Save,
                     self.tr("Save the map"), SP.SP_DialogSaveButton)
        self._action("save_as", self.tr("Save &As…"), self.save_as, SK.SaveAs,
                     self.tr("Save the map under a new name"))
        self._action("export_pdf", self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E",
                     self.tr("Write the map as a PDF for leadership"))
        self._action("export_image", self.tr("Export &Image…"), self.export_image, None,
                     self.tr("Write the whole map as a PNG picture or an SVG drawing"))
        self._action("recover", self.tr("Reco&ver Unsaved Maps…"), self.recover_maps, None,
                     self.tr("Reopen maps autosaved before a crash"))
        self._action("close", self.tr("&Close Window"), self.close, SK.Close)
        self._action("quit", self.tr("&Quit"), self.quit_all, SK.Quit,
                     self.tr("Close every window and quit"))
        self.actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(SK.Undo))
        undo.setIcon(self.style().standardIcon(SP.SP_ArrowBack))
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(SK.Redo))
        redo.setIcon(self.style().standardIcon(SP.SP_ArrowForward))
        self.actions["undo"], self.actions["redo"] = undo, redo

        full = self._action("full_screen", self.tr("F&ull Screen"), self.set_full_screen,
                            SK.FullScreen, self.tr("Use the whole screen (for the projector)"))
        full.setCheckable(True)
        if full.shortcut().isEmpty():
            full.setShortcut(QKeySequence("F11"))

        map_only = self._action("map_only", self.tr("&Map Only"), self.set_map_only,
                                "Ctrl+Shift+M", self.tr("Hide every panel: the whole window "
                                                        "for the map"))
        map_only.setCheckable(True)
        self._panels_before_map_only: list[QDockWidget] = []
        self._switching_map_only = False

        presenting = self._action(
            "presentation", self.tr("&Presentation"), lambda _on: self.presentation.toggle(),
            "F5", self.tr("The map for a room: full screen, one micro-journey at a time, "
                          "Page Down for the next step, Esc to leave"))
        presenting.setCheckable(True)
        self._action("next_panel", self.tr("Ne&xt Panel"), self.focus_next_panel, "F6",
                     self.tr("Move the keyboard focus between the map and the open panels"))

        self._create_workshop_actions()
        self._action("shortcuts", self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                     SK.HelpContents)
        about = self._action("about", self.tr("&About JourneyMapper"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

        for key in EDITOR_ACTIONS:
            action = self.editor.actions.get(key)
            if action is None:
                continue
            if action.shortcut().isEmpty():
                if key in _STANDARD_KEYS:
                    action.setShortcuts(QKeySequence.keyBindings(_STANDARD_KEYS[key]))
                elif key in _PLAIN_KEYS:
                    action.setShortcut(QKeySequence(_PLAIN_KEYS[key]))
            if key == "zoom_in" and QKeySequence("Ctrl+=") not in action.shortcuts():
                # Ctrl++ needs Shift on most keyboards; Ctrl+= is what people press
                action.setShortcuts([*action.shortcuts(), QKeySequence("Ctrl+=")])
            self.actions[key] = action

    def _create_workshop_actions(self) -> None:
        """Find, the timer and the counts on the map (app/find_bar, workshop_timer, map_counts)."""
        SK = QKeySequence.StandardKey
        self._action("find", self.tr("&Find…"), self.find_bar.open, SK.Find,
                     self.tr("Find a step by its name, question, description or owner"))
        self._action("find_next", self.tr("Find &Next"), lambda: self.find_bar.step(1),
                     SK.FindNext)
        self._action("find_previous", self.tr("Find Pre&vious"), lambda: self.find_bar.step(-1),
                     SK.FindPrevious)
        for minutes in PRESETS:
            self._action(f"timer_{minutes}", self.tr("{0} Minutes").format(minutes),
                         lambda _=False, m=minutes: self.timer.start(m * 60),
                         tip=self.tr("Count down {0} minutes, large on the map").format(minutes))
        self._action("timer_start", self.tr("&Other Length…"),
                     lambda: ask_and_start(self.timer, self), None,
                     self.tr("Count down a length you type, such as 7 or 7:30"))
        self._action("timer_toggle", self.tr("Start, &Pause or Resume the Timer"),
                     self.toggle_timer, "Ctrl+T")
        self._action("timer_reset", self.tr("&Reset the Timer"), self.timer.reset,
                     "Ctrl+Shift+T", self.tr("Back to the whole length, not running"))
        self._action("timer_stop", self.tr("Put the Timer &Away"), self.timer.stop)
        counts = self._action("map_counts", self.tr("&Counts on the Map"), self.counts.set_shown,
                              None, self.tr("Open friction points in a corner of the map"))
        counts.setCheckable(True)
        counts.setChecked(True)

    def toggle_timer(self) -> None:
        """Ctrl+T: pause a running timer, resume a paused one; with no timer, ask a length."""
        if self.timer.state == "idle":
            ask_and_start(self.timer, self)
        else:
            self.timer.toggle()

    def _add(self, menu: QMenu, *keys: str) -> None:
        for key in keys:
            if key == "-":
                menu.addSeparator()
            elif key in self.actions:
                menu.addAction(self.actions[key])

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, "new", "open")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self._add(file_menu, "-", "save", "save_as", "-", "export_pdf", "export_image", "-",
                  "recover", "-", "close", "quit")

        edit = bar.addMenu(self.tr("&Edit"))
        self._add(edit, "undo", "redo", "-", "cut", "copy", "paste", "duplicate", "delete", "-",
                  "select_all", "-", "find", "find_next", "find_previous")

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._add(self.view_menu, "zoom_in", "zoom_out", "fit_map", "-", "large_print",
                  "full_screen", "map_only", "presentation", "-", "next_panel", "-")
        timer_menu = self.view_menu.addMenu(self.tr("Tim&er"))
        self._add(timer_menu, *(f"timer_{m}" for m in PRESETS), "timer_start", "-",
                  "timer_toggle", "timer_reset", "timer_stop")
        self._add(self.view_menu, "map_counts", "-")
        self._create_language_menu()
        self.panels_section = self.view_menu.addSection(self.tr("Panels"))
        self.panels_section.setVisible(False)

        insert = bar.addMenu(self.tr("&Insert"))
        self._add(insert, *ADD_STEP_ACTIONS)

        self.map_menu = bar.addMenu(self.tr("&Map"))
        self._add(self.map_menu, "add_stage", "add_lane", "-", "auto_layout")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, "shortcuts", "-", "about")

    def _create_language_menu(self) -> None:
        """View › Language: the desktop's language or one of the shipped ones, each named
        in its own words; choosing one re-makes every window in it, around the same map."""
        self.language_menu = self.view_menu.addMenu(self.tr("Lan&guage"))
        group = QActionGroup(self.language_menu)
        chosen = language_choice(self.settings)
        entries = [(SYSTEM_LANGUAGE, self.tr("System Language"))] + list(LANGUAGES)
        self.language_actions: dict[str, QAction] = {}
        for code, name in entries:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            # after the menu has closed: the window that holds the menu is replaced
            action.triggered.connect(
                lambda _on=False, c=code: self._choose_language(c))
            self.language_actions[code] = action
            if code == SYSTEM_LANGUAGE:
                self.language_menu.addSeparator()

    def _choose_language(self, code: str) -> None:
        """Speak ``code`` in every window, after the menu has closed (the window holding the
        menu is replaced) — unless a voting round is open: the phones talk to a server
        this window holds, and a window made anew would drop the room's votes."""
        if any(w.voting.is_open for w in windows.open_windows()):
            self.language_actions[language_choice(self.settings)].setChecked(True)
            QMessageBox.information(
                self, self.tr("Language"),
                self.tr("Close the voting round first (Map › Close Voting Round): the "
                        "language is changed by making the window anew, and the phones' "
                        "votes belong to this one."))
            return
        QTimer.singleShot(0, lambda: windows.change_language(code))

    _TEXT_BUTTONS = (*ADD_STEP_ACTIONS, "add_stage", "add_lane", "auto_layout")

    def _create_toolbar(self) -> None:
        """One row: file and undo as icons, the map's building blocks named, view as icons."""
        short = {spec.action_key: QCoreApplication.translate(KINDS_CONTEXT, spec.name)
                 for spec in KINDS}
        short.update({"add_stage": self.tr("Stage"), "add_lane": self.tr("Micro-journey")})
        for key, text in short.items():
            if key in self.actions:
                self.actions[key].setIconText(text)
        for key in ("zoom_in", "zoom_out", "fit_map", "large_print", "full_screen", "map_only",
                    "auto_layout"):
            action = self.actions.get(key)
            if action is not None and action.icon().isNull():
                action.setIcon(view_icon(key))
        self.toolbar = QToolBar(self.tr("Main Toolbar"), self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setIconSize(QSize(24, 24))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setMovable(False)
        self._add(self.toolbar, "new", "open", "save", "-", "undo", "redo", "-",
                  *ADD_STEP_ACTIONS, "-", "add_stage", "add_lane", "-", "auto_layout", "-",
                  "zoom_out", "zoom_in", "fit_map", "large_print", "map_only", "full_screen")
        for key, action in self.actions.items():
            button = self.toolbar.widgetForAction(action)
            if button is None:
                continue
            if key in self._TEXT_BUTTONS:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and key not in ("undo", "redo"):  # their text changes with the stack
                button.setToolTip(f"{action.toolTip()} ({keys})")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        toggle = self.toolbar.toggleViewAction()
        toggle.setText(self.tr("&Toolbar"))
        self.view_menu.insertAction(self.panels_section, toggle)

    # --- docks ---------------------------------------------------------------------

    def add_dock(self, dock: QDockWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Add a panel beside the canvas, listed in the View menu, its place remembered.

        The dock needs a stable ``objectName`` (it keys the saved layout); the
        window title is used when it has none.
        """
        if not dock.objectName():
            dock.setObjectName((dock.windowTitle() or f"dock{len(self._docks)}") + "Dock")
        if not self.restoreDockWidget(dock):  # the user's last placement wins
            self.addDockWidget(area, dock)
        self._docks.append(dock)
        dock.visibilityChanged.connect(self._on_dock_visibility)
        self.panels_section.setVisible(True)
        self.view_menu.addAction(dock.toggleViewAction())
        self.dockAdded.emit(dock)
        return dock

    def set_map_only(self, on: bool) -> None:
        """Hide every panel (for the projector), or bring back the ones that were open."""
        action = self.actions["map_only"]
        action.blockSignals(True)
        action.setChecked(bool(on))
        action.blockSignals(False)
        self._switching_map_only = True
        try:
            if on and not self._panels_before_map_only:
                # open panels, also those behind another panel's tab
                self._panels_before_map_only = [d for d in self._docks if not d.isHidden()]
                for dock in self._panels_before_map_only:
                    dock.hide()
            elif not on:
                before, self._panels_before_map_only = self._panels_before_map_only, []
                for dock in before:
                    dock.show()
        finally:
            self._switching_map_only = False

    def _on_dock_visibility(self, visible: bool) -> None:
        action = self.actions["map_only"]
        if visible and action.isChecked() and not self._switching_map_only:
            action.blockSignals(True)  # a panel was opened by hand: no longer map only
            action.setChecked(False)
            action.blockSignals(False)
            self._panels_before_map_only = []

    def show_panel(self, object_name: str) -> QDockWidget | None:
        """Open and bring to the front the panel called ``object_name``, if there is one."""
        for dock in self._docks:
            if dock.objectName() == object_name:
                if self.actions["map_only"].isChecked():
                    self.set_map_only(False)
                dock.show()
                dock.raise_()
                return dock
        return None

    def edit_map_info(self) -> None:
        """The map's own fields (title, description, journey owner) in the inspector."""
        self.session.selection.clear()
        dock = self.show_panel("InspectorDock")
        title = dock.findChild(QWidget, "title") if dock is not None else None
        if title is not None:
            title.setFocus()
            if hasattr(title, "selectAll"):
                title.selectAll()

    def _add_panel_entries(self) -> None:
        """Map-menu ways into the panels that answer the facilitator's usual questions."""
        names = {d.objectName() for d in self._docks}
        entries = (("map_info", "InspectorDock", self.tr("Map &Title and Owner…"),
                    self.edit_map_info,
                    self.tr("Name the map, describe it and say who owns the whole journey")),
                   ("check_map", "InsightsDock", self.tr("&Check the Map"),
                    lambda: self.show_panel("InsightsDock"),
                    self.tr("Weakest links, paths to churn, unowned steps, hand-offs")))
        added = False
        for key, name, text, slot, tip in entries:
            if name in names:
                if not added:
                    self.map_menu.addSeparator()
                    added = True
                self.map_menu.addAction(self._action(key, text, slot, tip=tip))
        if "MyItemsDock" in names:  # an owner's desk: their items, edited by keyboard
            action = self._action("my_items", self.tr("M&y Items…"), self.show_my_items,
                                  "Ctrl+Shift+O", self.tr("Everything one owner holds, "
                                                          "edited in one table"))
            self.map_menu.addAction(action)
            self.addAction(action)  # also while full screen hides the menus

    def show_my_items(self) -> None:
        """Open My items with the keyboard on its owner chooser."""
        dock = self.show_panel("MyItemsDock")
        if dock is not None:
            dock.choose_owner()

    def docks(self) -> list[QDockWidget]:
        return list(self._docks)

    def _install_panels(self) -> None:
        """Ask the panels package for its docks, when it offers ``create_docks``."""
        try:
            from .. import panels
        except ImportError:
            return
        create = getattr(panels, "create_docks", None)
        if create is None:
            return
        try:
            entries = list(create(self.session, self) or ())
        except Exception:  # a broken panel must not keep the room from drawing
            traceback.print_exc()
            self.statusBar().showMessage(self.tr("The side panels could not be opened."), 10_000)
            return
        for entry in entries:
            if isinstance(entry, tuple):
                self.add_dock(*entry)
            else:
                self.add_dock(entry)

    def _restore_geometry(self) -> None:
        geometry = _decode(self.settings.get("window_geometry"))
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(min(1400, int(area.width() * 0.9)), min(900, int(area.height() * 0.9)))
            else:
                self.resize(1400, 900)

    def _restore_state(self) -> None:
        state = _decode(self.settings.get("window_state"))
        if state is None or not self.restoreState(state):
            self._default_dock_layout()

    def _default_dock_layout(self) -> None:
        """First run: the map gets the room. Side panels share the right column as tabs."""
        side = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        right = [d for d in self._docks if self.dockWidgetArea(d) in side and not d.isFloating()]
        bottom = [d for d in self._docks if d not in right and not d.isFloating()]
        for group, area, size, orientation in (
                (right, Qt.DockWidgetArea.RightDockWidgetArea,
                 min(max(340, 100 * len(right)), int(self.width() * 0.3)),
                 Qt.Orientation.Horizontal),
                (bottom, Qt.DockWidgetArea.BottomDockWidgetArea, 220, Qt.Orientation.Vertical)):
            if not group:
                continue
            for dock in group:
                if self.dockWidgetArea(dock) != area:
                    self.addDockWidget(area, dock)
            for other in group[1:]:
                self.tabifyDockWidget(group[0], other)
            group[0].raise_()
            self.resizeDocks([group[0]], [size], orientation)

    def save_layout(self) -> None:
        """Remember where the window and its docks are, for the next window and run."""
        if self.actions["map_only"].isChecked():
            self.set_map_only(False)  # remember the panels, not the projector moment
        if self.presentation.active:  # nor the toolbar and panels presentation mode hid
            self.presentation.leave()
        if not self.isFullScreen():  # the next start should not take over the screen
            self.settings.set("window_geometry", _encode(self.saveGeometry()))
        self.settings.set("window_state", _encode(self.saveState()))

    # --- title and state -------------------------------------------------------------

    def display_name(self) -> str:
        if self.session.path is not None:
            return self.session.path.name
        return self.session.document.info.title or self.tr("Untitled")

    def is_modified(self) -> bool:
        return not self.session.undo_stack.isClean()

    def is_replaceable(self) -> bool:
        """An untouched empty map: opening another one may take its place."""
        return not self.is_modified() and self.session.document.node_count() == 0

    def _update_title(self, *_args) -> None:
        if self.read_only:
            title = self.tr("{0} (read-only)[*] — JourneyMapper")
        else:
            title = self.tr("{0}[*] — JourneyMapper")
        self.setWindowTitle(title.format(self.display_name()))
        self.setWindowModified(self.is_modified())
        if self.session.path is not None:
            self.setWindowFilePath(str(self.session.path))

    def _on_document_changed(self, batch) -> None:
        if batch.touches(Target.INFO):
            self._update_title()

    def _on_autosaved(self) -> None:
        from datetime import datetime

        self.statusBar().showMessage(
            self.tr("Unsaved changes kept safe at {0}").format(
                datetime.now().strftime("%H:%M:%S")), 5000)

    @staticmethod
    def _dropped_maps(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX)]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_maps(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = self._dropped_maps(event)
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        origin = self
        for path in files:
            opened = windows.open_file(path, origin=origin)
            if opened is not None and origin._closed:
                origin = opened  # this window gave its place to the first map

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("Zoom {0} %").format(round(factor * 100)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self, self.show_start_of_map)

    def show_start_of_map(self) -> None:
        """The whole map if its step names are readable so (:data:`READABLE_NAME_PX`),
        else its top-left: the first stage, with the stage and lane names."""
        view = self.editor.view
        self.editor.setFocus()  # keys go to the map at once: Tab adds the next step
        # when the steps alone do not fit readably, all the map draws does not either:
        # fitting would measure every arrow (~0.1 s at 10,000 steps) for a zoom not used
        least = view.zoom_for_names(READABLE_NAME_PX)
        readable = view.fitted_zoom(self.editor.scene.steps_rect()) >= least
        if readable:
            view.fit_map()
        if not readable or view.zoom() < least:
            view.set_zoom(least)
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
            view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        self._show_zoom(view.zoom())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.autosave()
        elif event.type() == event.Type.ActivationChange and hasattr(self, "file_watch"):
            self.file_watch.check_soon()  # watchers miss changes on some network drives
        elif event.type() == event.Type.WindowStateChange and "full_screen" in self.actions:
            action = self.actions["full_screen"]  # the desktop may leave full screen itself
            action.blockSignals(True)
            action.setChecked(self.isFullScreen())
            action.blockSignals(False)

    # --- file actions -------------------------------------------------------------------

    def _start_folder(self) -> str:
        if self.session.path is not None:
            return str(self.session.path.parent)
        folder = self.settings.get("last_folder")
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())

    def new_map(self) -> MainWindow | None:
        dialog = TemplateChooserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        template = dialog.chosen()
        if template is None:
            return None
        return windows.new_from_template(template.name, origin=self)

    def open_map(self) -> MainWindow | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Journey Map"), self._start_folder(),
            self.tr("Journey maps (*{0});;All files (*)").format(FILE_SUFFIX))
        if not path:
            return None
        return windows.open_file(path, origin=self)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(self.tr("{0}  —  {1}").format(label, path.parent))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=str(path): windows.open_file(p, self))
        if not paths:
            empty = menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.recent.clear)

    # --- the claim on the file (another copy of the program) ------------------------------

    def set_lock(self, lock: MapLock | None, read_only: bool = False, holder: str = "") -> None:
        """Hold ``lock`` on the map's file; or, ``read_only``, know ``holder`` edits it."""
        if self.map_lock is not None and self.map_lock is not lock:
            self.map_lock.release()
        self.map_lock = lock
        if lock is not None:
            lock.belongs_to(self)
        self.read_only, self._holder = read_only, holder
        if read_only and self.session.path is not None:
            self.read_only_bar.show_read_only(self.session.path.name, holder)
        else:
            self.read_only_bar.hide()
        self._update_title()

    def take_lock_from(self, other: MainWindow) -> None:
        """This window shows ``other``'s file in its place: the claim comes along."""
        lock, other.map_lock = other.map_lock, None
        self.set_lock(lock, other.read_only, other._holder)

    def edit_here(self) -> bool:
        """Leave read-only mode when the other copy has let the file go."""
        if self.session.path is None:
            return False
        lock = MapLock(self.session.path)
        if lock.acquire() is False:
            QMessageBox.information(
                self, self.tr("Map Still Open Elsewhere"),
                self.tr("“{0}” is still open for editing in another copy of JourneyMapper "
                        "({1}). Close it there first, or save the map here under another "
                        "name.").format(self.session.path.name, describe_holder(lock)))
            return False
        self.set_lock(lock)
        self.statusBar().showMessage(self.tr("You can now edit and save “{0}” here.")
                                     .format(self.session.path.name), 8000)
        return True

    def _claim(self, path: Path) -> tuple[bool, MapLock | None]:
        """May this window write ``path``: (True, the lock to hold) or (False, None) after
        saying that another copy of the program is editing it."""
        mine = self.map_lock
        if mine is not None and mine.held() and mine.path == path.resolve():
            return True, mine
        lock = MapLock(path)
        got = lock.acquire()
        if got is False:
            QMessageBox.warning(
                self, self.tr("Map Open Elsewhere"),
                self.tr("“{0}” is open for editing in another copy of JourneyMapper ({1}). "
                        "Saving over it would lose the work done there; save the map under "
                        "another name.").format(path.name, describe_holder(lock)))
            return False, None
        return True, (lock if got else None)

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session.path is None or self.read_only:
            return self.save_as()
        decision = self.file_watch.confirm_overwrite()  # someone else changed the file?
        if decision == "save_as":
            return self.save_as()
        if decision != "overwrite":
            return False
        return self._write(self.session.path)

    def save_as(self) -> bool:
        if self.session.path is not None:
            suggestion = str(self.session.path)
        else:
            suggestion = str(Path(self._start_folder()) / (self._file_stem("journey-map")
                                                           + FILE_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Journey Map As"), suggestion,
            self.tr("Journey maps (*{0})").format(FILE_SUFFIX))
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
            if target.exists():
                answer = QMessageBox.question(
                    self, self.tr("Replace File?"),
                    self.tr("“{0}” already exists. Replace it?").format(target.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return False
        return self._write(target)

    def _write(self, path: Path) -> bool:
        allowed, lock = self._claim(path)
        if not allowed:
            return False
        try:
            save(self.session.document, path)
        except ReadOnlyFileError:
            if lock is not None and lock is not self.map_lock:
                lock.release()
            answer = ask(
                self, QMessageBox.Icon.Warning, self.tr("Read-Only Map"),
                self.tr("“{0}” is read-only, so it was not changed. Your changes are still "
                        "open here.\n\nSave the map under another name?").format(path.name),
                [(self.tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole, "save_as"),
                 (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel")],
                default="save_as", escape="cancel")
            return self.save_as() if answer == "save_as" else False
        except OSError as exc:
            if lock is not None and lock is not self.map_lock:
                lock.release()
            QMessageBox.critical(
                self, self.tr("Cannot Save Map"),
                self.tr("The map could not be saved to “{0}”: {1}. Your changes are still "
                        "open here; try another folder.").format(path, exc.strerror or exc))
            return False
        self.session.set_path(path)
        self.set_lock(lock)  # the file saved to is ours now; read-only mode ends
        self.session.undo_stack.setClean()
        self.file_watch.saved()  # what is on disk now is ours, not someone else's change
        self.autosaver.discard()
        self.recent.add(path)
        self.settings.set("last_folder", str(path.parent))
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved to {0}").format(path), 5000)
        return True

    def _file_stem(self, fallback: str) -> str:
        """The map's file name, or its title without the characters Windows refuses."""
        if self.session.path is not None:
            return self.session.path.stem
        stem = "".join(c for c in self.display_name() if c not in '<>:"/\\|?*').strip()
        return stem or fallback

    def export_pdf(self) -> bool:
        stem = self._file_stem("map")
        target = export_interactively(self, self.session.document, self.settings,
                                      Path(self._start_folder()) / (stem + ".pdf"),
                                      source=self.session.path)
        if target is None:
            return False
        self.statusBar().showMessage(self.tr("PDF written to {0}").format(target), 8000)
        return True

    def export_image(self) -> bool:
        stem = self._file_stem("map")
        target = export_image_interactively(
            self, self.editor.scene, self.settings, Path(self._start_folder()) / (stem + ".png"),
            self.session.document.info.title or self.display_name(), source=self.session.path)
        if target is None:
            return False
        self.statusBar().showMessage(self.tr("Image written to {0}").format(target), 8000)
        return True

    def recover_maps(self) -> list:
        found = windows.offer_recovery(self)
        if found is None:
            QMessageBox.information(self, self.tr("Recover Unsaved Maps"),
                                    self.tr("There are no autosaved maps to recover."))
        return found or []

    def quit_all(self) -> None:
        for window in list(windows.open_windows()):
            if not window.close():
                return

    # --- view and help -------------------------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        """The whole screen for the map: the menu bar and the toolbar go too (their
        shortcuts still work), and come back on leaving."""
        if on:
            self._was_maximized = self.isMaximized()
            self._bars_before = (self.menuBar().isVisible(), self.toolbar.isVisible())
            self.menuBar().hide()
            self.toolbar.hide()
            self.showFullScreen()
            return
        menu, toolbar = getattr(self, "_bars_before", (True, True))
        self.menuBar().setVisible(menu)
        self.toolbar.setVisible(toolbar)
        if getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()

    def focus_next_panel(self) -> QWidget | None:
        """F6: the keyboard focus from the map to the first open panel, on to the next,
        and back to the map; the widget that has it now."""
        places: list[QWidget] = [self.editor.view]
        places += [d for d in self._docks if d.isVisible() and d.widget() is not None]
        focus = QApplication.focusWidget()
        here = 0
        for i, place in enumerate(places):
            if focus is not None and (focus is place or place.isAncestorOf(focus)):
                here = i
        for place in places[here + 1:] + places[:here + 1]:
            target = self._focusable_in(place)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return target
        return None

    @staticmethod
    def _focusable_in(place: QWidget) -> QWidget | None:
        if place.focusPolicy() & Qt.FocusPolicy.TabFocus and place.isVisible():
            return place
        for child in place.findChildren(QWidget):
            if (child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisible()
                    and child.isEnabled()):
                return child
        return None

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys): the canvas's keyboard flow first, then every menu shortcut.

        A row with no keys is a heading.
        """
        rows = [
            (self.tr("Capturing a journey on the map"), ""),
            (self.tr("Add the next step after the selected one, ready to type"), self.tr("Tab")),
            (self.tr("Fork: a crossroads after the step, or another branch from a "
                     "crossroads"), self.tr("Shift+Tab")),
            (self.tr("Edit the selected step's text, or rename the selected stage or "
                     "micro-journey"), self.tr("Enter or F2")),
            (self.tr("Stop editing without keeping the change"), self.tr("Esc")),
            (self.tr("Move to the neighbouring step"), self.tr("Arrow keys")),
            (self.tr("Move the steps to the next stage or lane (also while typing)"),
             self.tr("Alt+arrow keys")),
            (self.tr("Better or worse: a touchpoint's rating, a crossroads' severity"),
             self.tr("+ and −")),
            (self.tr("Pan the map"), self.tr("Space+drag or middle button")),
            (self.tr("Zoom"), self.tr("Ctrl+mouse wheel")),
            (self.tr("Presenting"), ""),
            (self.tr("The next or the previous step along the flow"),
             self.tr("Page Down, Page Up or arrow keys")),
            (self.tr("Leave presentation"), self.tr("Esc")),
            (self.tr("My items and the friction register"), ""),
            (self.tr("Edit the field in the table, or keep the change"), self.tr("Enter")),
            (self.tr("Keep the change and edit the next field an owner keeps"),
             self.tr("Tab or Shift+Tab")),
            (self.tr("In the find bar (Ctrl+F)"), ""),
            (self.tr("The next or the previous match"), self.tr("Enter or Shift+Enter")),
            (self.tr("Close the find bar, back to the map"), self.tr("Esc")),
            (self.tr("Menu commands"), ""),
        ]
        for action in self.actions.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((action.text().replace("&&", "\0").replace("&", "")
                             .replace("\0", "&"), keys))
        return rows

    def show_shortcuts(self) -> None:
        from html import escape

        body = []
        for what, keys in self.shortcut_rows():
            if keys:
                body.append(f"<tr><td>{escape(what)}</td>"
                            f"<td>&nbsp;&nbsp;<b>{escape(keys)}</b></td></tr>")
            else:
                body.append(f"<tr><td colspan='2'><br><b>{escape(what)}</b></td></tr>")
        QMessageBox.information(self, self.tr("Keyboard Shortcuts"),
                                "<table>" + "".join(body) + "</table>")

    def show_about(self) -> None:
        from html import escape

        from .. import __version__
        from .about import third_party

        rows = "".join(f"<tr><td>{escape(name)}&nbsp;&nbsp;</td><td>{escape(version)}&nbsp;&nbsp;"
                       f"</td><td>{escape(licence)}</td></tr>"
                       for name, version, licence in third_party())
        QMessageBox.about(self, self.tr("About JourneyMapper"), self.tr(
            "<h3>JourneyMapper {0}</h3><p>Design customer-journey maps: micro-journeys, "
            "crossroads, owners, and a PDF for leadership.</p><p>Free software under the "
            "GNU GPL, version 3 or later.</p>").format(escape(__version__))
            + "<p><b>" + self.tr("Built with") + "</b></p><table>" + rows + "</table>")

    # --- closing -------------------------------------------------------------------------

    def _ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.warning(
            self, self.tr("Unsaved Changes"),
            self.tr("“{0}” has changes that are not saved.\n\nSave them before closing?")
            .format(self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def maybe_keep_changes(self) -> bool:
        """Ask about unsaved changes; True when the window may close."""
        if not self.is_modified():
            return True
        answer = self._ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def retire(self) -> None:
        """Close without a question, leaving the map to the window that took this one's
        place (:func:`windows.replace_for_language`): the session, its autosave and the
        claim on the file live on there."""
        self._closed = True
        self.file_watch.stop()
        windows.unregister(self)
        self.editor.dispose()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        self.voting.end_for_close()  # an open round's votes are kept in the map first
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self._closed = True
        self.save_layout()
        self.autosaver.stop()
        self.file_watch.stop()
        self.autosaver.discard()  # a clean close: saved, unchanged or discarded
        windows.unregister(self)
        self.editor.dispose()
        self.session.close()
        self.set_lock(None)  # another copy may edit the file now
        event.accept()
