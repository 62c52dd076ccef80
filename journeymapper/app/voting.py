"""Dot voting for one window: open a round, take the room's votes live, store the result.

Map → Start Dot Voting… asks what to vote on and where the phones connect
(:mod:`.voting_dialog`). While the round is open:

* the votes live in a :class:`~journeymapper.model.voting.Tally` (thread-safe, no Qt),
  not in the map; the voting server (:mod:`journeymapper.voting.server`) casts the
  phones' votes into it from its own threads, and after each change the tally calls
  :meth:`VotingRoom._tally_changed`, which only emits a signal: Qt queues it to the
  window's thread, where the dots (:class:`~journeymapper.canvas.vote_marks.VoteMarks`)
  and the running tally (:class:`~.vote_overlay.VoteOverlay`) are redrawn. The map is
  never touched from another thread;
* + and − on a selected step of the round enter a vote on the laptop (the laptop's own
  pool: a show of hands, sticky dots on the wall, or no network at all); on other
  steps they still change ratings and severities.

Map → Close Voting Round (or the window closing) ends the round: the server stops,
the phones' tokens are forgotten, and the result is stored in the map as one undo step
("Store Voting Round"). Nothing is stored when nobody voted.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from ..canvas.vote_marks import VoteMarks
from ..commands import EditCommand, push
from ..look.kinds import CONTEXT as KINDS_CONTEXT, kind_spec
from ..model import CrossroadsStatus, NodeKind, VoteRound
from ..model.flow import flow_order
from ..model.voting import (DESK, MAX_ROUND_ITEMS, RoundItem, RoundRules, Tally,
                            VoteRefused)
from ..voting.addresses import local_addresses
from ..voting.server import VotingServer
from .vote_overlay import VoteOverlay
from .voting_dialog import NO_NETWORK, RoundChoice, VoteRoundDialog

SHORTCUT = "Ctrl+Shift+V"  # starts a round, and closes the open one (even while presenting)
MAX_NAME = 200             # a step's name as a phone lists it


class VotingRoom(QObject):
    """The open round of one window (at most one), and the menu entries for it."""

    tallyChanged = Signal()        # emitted from any thread; handled in the window's
    roundStarted = Signal()
    roundClosed = Signal(object)   # the stored VoteRound, or None when nothing was stored

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.tally: Tally | None = None
        self.server: VotingServer | None = None
        self.marks: VoteMarks | None = None
        self.overlay = VoteOverlay(window.editor.view)
        self._pending = threading.Event()  # a change is on its way to the window's thread
        self.tallyChanged.connect(self._show_tally, Qt.ConnectionType.QueuedConnection)
        self.start_action = QAction(self.tr("Start &Dot Voting…"), window)
        self.start_action.setShortcut(QKeySequence(SHORTCUT))
        self.start_action.setStatusTip(self.tr(
            "Let the room vote on the crossroads from their phones (or enter votes here)"))
        self.start_action.triggered.connect(self.start_round)
        self.close_action = QAction(self.tr("Close Voting &Round"), window)
        self.close_action.setShortcut(QKeySequence(SHORTCUT))
        self.close_action.setStatusTip(self.tr("End the vote and keep the result in the map"))
        self.close_action.triggered.connect(self.close_round)
        window.actions["start_voting"] = self.start_action
        window.actions["close_voting"] = self.close_action
        window.map_menu.addSeparator()
        window.map_menu.addAction(self.start_action)
        window.map_menu.addAction(self.close_action)
        window.addActions([self.start_action, self.close_action])  # also while presenting
        self._quit_hook = QCoreApplication.instance()
        if self._quit_hook is not None:
            self._quit_hook.aboutToQuit.connect(self.stop_server)
        self._update_actions()

    # --- state -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.tally is not None

    @property
    def session(self):
        return self.window.session

    @property
    def document(self):
        return self.window.session.document

    def _update_actions(self) -> None:
        self.start_action.setEnabled(not self.is_open)
        self.close_action.setEnabled(self.is_open)

    # --- opening -----------------------------------------------------------------------
    def candidates(self) -> tuple[list[str], list[str]]:
        """(the unresolved crossroads, the selected steps), each in the room's order."""
        doc = self.document
        crossroads = [n.id for n in doc.nodes(NodeKind.CROSSROADS)
                      if n.status != CrossroadsStatus.RESOLVED]
        selected = [i for i in self.session.selection.ids()
                    if doc.has_node(i) and doc.node(i).is_step]
        return self._in_order(crossroads), self._in_order(selected)

    def _in_order(self, ids: list[str]) -> list[str]:
        """Lane by lane along the flow, as presentation mode walks the map."""
        doc = self.document
        place: dict[str, int] = {}
        for journey in doc.journeys:
            for node_id in flow_order(doc, journey.id):
                place.setdefault(node_id, len(place))
        stages = {s.id: i for i, s in enumerate(doc.stages)}

        def key(node_id: str):
            node = doc.node(node_id)
            return (place.get(node_id, len(place)), stages.get(node.stage_id, 0), node.x,
                    node.y, node_id)

        return sorted(ids, key=key)

    def item_name(self, node_id: str) -> str:
        node = self.document.node(node_id)
        name = " ".join(node.label.split())
        if not name:
            name = QCoreApplication.translate(KINDS_CONTEXT, kind_spec(node.kind).untitled_label)
        return name[:MAX_NAME]

    def start_round(self) -> bool:
        """Ask for the round's settings and open it; False when cancelled or impossible."""
        if self.is_open:
            return False
        crossroads, selected = self.candidates()
        if not crossroads and not selected:
            QMessageBox.information(
                self.window, self.tr("Start Dot Voting"),
                self.tr("There is nothing to vote on yet: add crossroads to the map, or "
                        "select the steps the room should vote on."))
            return False
        dialog = VoteRoundDialog(len(crossroads), len(selected), local_addresses(),
                                 self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.open_round(dialog.choice())

    def open_round(self, choice: RoundChoice) -> bool:
        """Open a round as chosen (the dialog's answer; tests give it directly)."""
        if self.is_open:
            return False
        crossroads, selected = self.candidates()
        ids = selected if choice.selected_steps else crossroads
        if not ids:
            return False
        if len(ids) > MAX_ROUND_ITEMS:
            QMessageBox.information(
                self.window, self.tr("Start Dot Voting"),
                self.tr("A round can put at most {0} steps to the vote ({1} were chosen): "
                        "select the steps the room should vote on.")
                .format(MAX_ROUND_ITEMS, len(ids)))
            return False
        title = choice.title or self.tr("Dot voting")
        tally = Tally([RoundItem(i, self.item_name(i)) for i in ids],
                      RoundRules(title, choice.votes_per_person, choice.stacking))
        server = None
        if choice.address != NO_NETWORK:
            server = VotingServer(tally, choice.address)
            try:
                server.start()
            except OSError as exc:
                QMessageBox.warning(
                    self.window, self.tr("Cannot Start Dot Voting"),
                    self.tr("The voting page could not be offered on {0}: {1}. Choose "
                            "another network, or enter the votes on this computer.")
                    .format(choice.address, exc.strerror or exc))
                return False
        self.tally, self.server = tally, server
        tally.subscribe(self._tally_changed)
        self.marks = VoteMarks(self.window.editor.scene, self.document, self)
        self.overlay.start(title, server.url if server else "",
                           server.short_address if server else "")
        self.window.editor.view.installEventFilter(self)
        self._update_actions()
        self._show_tally()
        where = server.short_address if server else self.tr("this computer")
        self.window.statusBar().showMessage(
            self.tr("Dot voting is open on {0}.").format(where), 8000)
        self.roundStarted.emit()
        return True

    # --- while open ---------------------------------------------------------------------
    def _tally_changed(self) -> None:
        """Called by the tally in whatever thread changed it: only posts to the window."""
        if not self._pending.is_set():
            self._pending.set()
            self.tallyChanged.emit()

    def _show_tally(self) -> None:
        self._pending.clear()  # changes from now on post again
        tally = self.tally
        if tally is None:
            return
        view = tally.view()
        if self.marks is not None:
            self.marks.show(view.counts)
        self.overlay.set_tally(view.total, view.voters)

    def enter_vote(self, node_id: str, take_back: bool = False) -> bool:
        """A vote entered on this computer (its own pool, no limit); False when refused."""
        if self.tally is None or not self.tally.is_item(node_id):
            return False
        try:
            if take_back:
                self.tally.unvote(DESK, node_id)
            else:
                self.tally.vote(DESK, node_id)
        except VoteRefused:
            return False
        return True

    def eventFilter(self, watched, event) -> bool:
        if (event.type() != QEvent.Type.KeyPress or self.tally is None
                or watched is not self.window.editor.view):
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) \
                or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier):
            return False
        if self.window.editor.scene.editing.is_editing():
            return False  # typing: the keys belong to the text
        ids = [i for i in self.session.selection.ids() if self.tally.is_item(i)]
        if not ids:
            return False  # not in the round: + and − change ratings as always
        for node_id in ids:
            self.enter_vote(node_id, take_back=key == Qt.Key.Key_Minus)
        return True

    # --- closing -------------------------------------------------------------------------
    def close_round(self) -> VoteRound | None:
        """End the round; the result stored in the map as one undo step (None: no votes)."""
        tally = self.tally
        if tally is None:
            return None
        result = tally.close()
        self._tear_down()
        if result.total == 0:
            self.window.statusBar().showMessage(
                self.tr("The voting round closed without votes; nothing was stored."), 8000)
            self.roundClosed.emit(None)
            return None
        command = EditCommand(self.document,
                              self.tr("Store Voting Round “{0}”").format(result.title),
                              lambda document: document.add_round(result))
        error = push(self.session.undo_stack, command)
        if error:  # cannot happen with a fresh round; said all the same
            self.window.statusBar().showMessage(error, 10_000)
            self.roundClosed.emit(None)
            return None
        self.window.statusBar().showMessage(
            self.tr("Voting round stored: {0} votes from {1} people.").format(
                result.total, result.voters), 8000)
        self.roundClosed.emit(result)
        return result

    def _tear_down(self) -> None:
        self.stop_server()
        self.window.editor.view.removeEventFilter(self)
        if self.marks is not None:
            self.marks.close()
            self.marks.deleteLater()
            self.marks = None
        self.overlay.stop()
        self.tally = None
        self._update_actions()

    def stop_server(self) -> None:
        """No page is served from here on (the round's end, the window's, the program's)."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()

    def end_for_close(self) -> None:
        """The window is closing: an open round's votes go into the map first, so the
        question about unsaved changes covers them."""
        if self.is_open:
            self.close_round()
        self.stop_server()
        app, self._quit_hook = self._quit_hook, None
        if app is not None:
            try:
                app.aboutToQuit.disconnect(self.stop_server)
            except (RuntimeError, TypeError):
                pass
