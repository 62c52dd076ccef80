"""Dot voting through the real window: the dialog, phones voting over HTTP, the dots on
the cards, the laptop's + and −, presentation mode, and the result stored as one undo
step and shown in the friction register."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journeymapper.app import windows
from journeymapper.app.voting_dialog import NO_NETWORK, RoundChoice, VoteRoundDialog
from journeymapper.model import CrossroadsStatus, NodeKind
from journeymapper.voting.addresses import Address

from test_app_support import close_all

pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture
def window(qtbot):
    window = windows.new_from_template("sample-airline")
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    yield window
    if window.voting.is_open:  # a failed test: no question about the round's votes
        window.voting.close_round()
    window.voting.stop_server()


def post(room, what, item, token="a" * 32):
    request = urllib.request.Request(
        room.server.url + what, data=json.dumps({"token": token, "item": item}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def open_on_crossroads(window, address="127.0.0.1", **choice) -> list[str]:
    settings = dict(title="Hva haster mest?", selected_steps=False, votes_per_person=3,
                    stacking=False, address=address)
    settings.update(choice)
    assert window.voting.open_round(RoundChoice(**settings))
    return [item.id for item in window.voting.tally.items]


def test_the_dialog_proposes_three_votes_and_the_first_address_phones_can_reach(qtbot):
    addresses = [Address("10.1.2.3", "wlan0"), Address("172.17.0.1", "docker0"),
                 Address("127.0.0.1", "lo")]
    dialog = VoteRoundDialog(crossroads=4, selected=0, addresses=addresses)
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice.votes_per_person == 3 and not choice.stacking
    assert choice.address == "10.1.2.3" and not choice.selected_steps
    listed = [dialog.network.itemData(i) for i in range(dialog.network.count())]
    assert listed == ["10.1.2.3", "172.17.0.1", "127.0.0.1", NO_NETWORK]
    assert "this computer only" in dialog.network.itemText(2)
    assert not dialog.on_selected.isEnabled()
    # two selected steps: the round is on them unless the facilitator says otherwise
    dialog = VoteRoundDialog(crossroads=4, selected=2, addresses=[])
    qtbot.addWidget(dialog)
    assert dialog.choice().selected_steps and dialog.choice().address == NO_NETWORK


def test_start_dot_voting_from_the_menu_opens_a_round_on_the_unresolved_crossroads(
        window, qtbot):
    doc = window.session.document
    unresolved = {n.id for n in doc.nodes(NodeKind.CROSSROADS)
                  if n.status != CrossroadsStatus.RESOLVED}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VoteRoundDialog)
        dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
        dialog.votes.setValue(2)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    window.actions["start_voting"].trigger()
    room = window.voting
    assert room.is_open and room.server is not None and room.server.host == "127.0.0.1"
    assert {i.id for i in room.tally.items} == unresolved
    assert room.tally.rules.votes_per_person == 2
    assert not window.actions["start_voting"].isEnabled()
    assert window.actions["close_voting"].isEnabled()
    # the page is served under the code shown on the map
    assert room.overlay.isVisible() and room.overlay.address.text() == room.server.short_address
    assert room.overlay.qr.modules and room.overlay.qr.text == room.server.url
    with urllib.request.urlopen(room.server.url, timeout=10) as response:
        assert response.status == 200


def test_phones_votes_appear_live_on_the_cards_with_a_running_tally(window, qtbot):
    ids = open_on_crossroads(window)
    room, scene = window.voting, window.editor.scene
    for item in ids:  # in the round, no vote yet: an empty mark
        assert room.marks.mark(item).votes == 0
    post(room, "vote", ids[0])
    post(room, "vote", ids[1])
    post(room, "vote", ids[0], token="b" * 32)
    qtbot.waitUntil(lambda: room.marks.mark(ids[0]).votes == 2)
    assert room.marks.mark(ids[1]).votes == 1
    assert room.overlay.tally.text() == "3 votes from 2 people"
    mark = room.marks.mark(ids[0])
    assert mark.parentItem() is scene.node_item(ids[0])  # it moves with its card
    card = scene.node_item(ids[0]).scene_rect()
    pill = mark.pill_rect()
    assert card.top() - 10 < pill.bottom() <= card.top()  # just above the card
    assert abs(pill.center().x() - card.center().x()) < 1
    # taken back on the phone, gone from the card
    post(room, "unvote", ids[0], token="b" * 32)
    qtbot.waitUntil(lambda: room.marks.mark(ids[0]).votes == 1)
    assert room.overlay.tally.text() == "2 votes from 1 person"
    # the map itself is untouched until the round closes
    assert window.session.document.rounds == () and window.session.undo_stack.count() == 0


def test_plus_and_minus_on_a_selected_step_enter_votes_on_the_laptop(window, qtbot):
    ids = open_on_crossroads(window, address=NO_NETWORK)
    room, scene, view = window.voting, window.editor.scene, window.editor.view
    assert room.server is None and not room.overlay.qr.isVisible()
    assert room.overlay.isVisible()
    doc = window.session.document
    severity = doc.node(ids[0]).severity
    scene.select_ids([ids[0]])
    view.setFocus()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: room.marks.mark(ids[0]).votes == 3)
    assert doc.node(ids[0]).severity == severity, "in the round, + is a vote"
    # a step not in the round: + still rates it
    touchpoint = next(n for n in doc.nodes(NodeKind.TOUCHPOINT) if n.rating in (-2, -1, 0, 1))
    scene.select_ids([touchpoint.id])
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert doc.node(touchpoint.id).rating == touchpoint.rating + 1
    assert room.tally.view().total == 3


def test_closing_the_round_stores_the_result_as_one_undo_step_and_stops_the_page(
        window, qtbot):
    ids = open_on_crossroads(window)
    room, stack, doc = window.voting, window.session.undo_stack, window.session.document
    host, port = room.server.host, room.server.port
    post(room, "vote", ids[1])
    post(room, "vote", ids[1], token="c" * 32)
    post(room, "vote", ids[2], token="c" * 32)
    room.enter_vote(ids[2])
    before = stack.count()
    window.actions["close_voting"].trigger()
    assert not room.is_open and room.server is None and room.marks is None
    assert not room.overlay.isVisible()
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=2).close()
    assert stack.count() == before + 1 and stack.undoText().startswith("Store Voting Round")
    (stored,) = doc.rounds
    assert stored.title == "Hva haster mest?" and stored.voters == 3 and stored.total == 4
    assert {c.item_id: c.votes for c in stored.counts} == {
        i: {ids[1]: 2, ids[2]: 2}.get(i, 0) for i in ids}
    # the friction register shows the votes
    from journeymapper.panels.friction_model import ID_ROLE, VOTES
    dock = window.show_panel("FrictionRegisterDock")
    proxy = dock.proxy
    shown = {proxy.index(r, 0).data(ID_ROLE): proxy.index(r, VOTES).data()
             for r in range(proxy.rowCount())}
    assert shown[ids[1]] == 2 and shown[ids[2]] == 2 and shown[ids[0]] == 0
    # one undo takes the whole result back, redo puts it back
    stack.undo()
    assert doc.rounds == ()
    assert proxy.index(0, VOTES).data() == ""
    stack.redo()
    assert doc.rounds == (stored,)
    stack.setClean()


def test_a_round_without_votes_stores_nothing(window, qtbot):
    open_on_crossroads(window)
    assert window.voting.close_round() is None
    assert window.session.document.rounds == () and window.session.undo_stack.count() == 0


def test_the_code_and_the_dots_stay_in_presentation_mode(window, qtbot):
    ids = open_on_crossroads(window)
    room = window.voting
    post(room, "vote", ids[0])
    window.actions["presentation"].trigger()  # F5
    qtbot.wait(50)
    assert window.presentation.active
    overlay = room.overlay
    qtbot.waitUntil(lambda: room.marks.mark(ids[0]).votes == 1)
    assert overlay.isVisible() and overlay.qr.isVisible() and overlay.address.isVisible()
    viewport = window.editor.view.viewport()
    code = overlay.code_rect()
    assert code.width() >= 200 and viewport.rect().toRectF().contains(code)
    window.timer.start(300)  # the room also has a round's time running
    qtbot.wait(20)
    for other in (window.counts, window.timer):
        assert other.isVisible() and not overlay.geometry().intersects(other.geometry())
    assert window.editor.view.hasFocus() or QApplication.focusWidget() is not overlay.fold
    # the room is in: fold the code away, the tally stays
    overlay.fold.click()
    assert not overlay.qr.isVisible() and overlay.tally.isVisible()
    # the shortcut closes the round while presenting
    window.editor.view.setFocus()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not room.is_open and len(window.session.document.rounds) == 1
    window.presentation.leave()
    window.session.undo_stack.setClean()


def test_closing_the_window_keeps_an_open_rounds_votes_and_stops_the_page(qtbot, monkeypatch):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    ids = open_on_crossroads(window)
    room = window.voting
    server = room.server
    post(room, "vote", ids[0])
    stored = []
    room.roundClosed.connect(stored.append)
    asked = []
    monkeypatch.setattr(window, "_ask_to_save",
                        lambda: asked.append(True) or __import__(
                            "PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard)
    window.close()
    assert asked, "the round's votes made the map unsaved: the user is asked"
    assert stored and stored[0].total == 1
    assert not server.running
    close_all()


def test_a_vote_on_a_step_removed_during_the_round_is_kept_with_its_name(window, qtbot):
    ids = open_on_crossroads(window)
    room, doc = window.voting, window.session.document
    label = doc.node(ids[0]).label
    post(room, "vote", ids[0])
    window.editor.scene.select_ids([ids[0]])
    window.editor.actions["delete"].trigger()
    assert not doc.has_node(ids[0])
    qtbot.wait(20)
    assert room.marks.mark(ids[0]) is None
    window.session.undo_stack.undo()  # the step comes back, and its dot with it
    qtbot.waitUntil(lambda: room.marks.mark(ids[0]) is not None)
    assert room.marks.mark(ids[0]).votes == 1
    window.session.undo_stack.redo()
    result = room.close_round()
    assert result.votes_for(ids[0]) == 1
    assert next(c for c in result.counts if c.item_id == ids[0]).label == label
    window.session.undo_stack.setClean()


def test_a_busy_address_is_said_in_words_and_nothing_opens(window, qtbot, monkeypatch):
    from journeymapper.app import voting as voting_module

    said = []
    monkeypatch.setattr(voting_module.QMessageBox, "warning",
                        lambda parent, title, text: said.append(text))
    assert not window.voting.open_round(RoundChoice("x", False, 3, False, "192.0.2.77"))
    assert said and "192.0.2.77" in said[0] and not window.voting.is_open
