"""The ownership panel: owners registry, journey owner, matrix, unowned steps, hand-offs."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from test_panels_sample import (  # noqa: F401  (fixture)
    HANDOFF_EDGES,
    MATRIX,
    UNOWNED,
    sample_session,
)

from journeymapper.commands import UpdateNodeCommand
from journeymapper.io import dumps
from journeymapper.panels.owner_colour_dialog import OwnerColourDialog
from journeymapper.panels.ownership_dock import OwnershipDock
from journeymapper.state import OWNER_MIME_TYPE


def make(qtbot, session) -> OwnershipDock:
    dock = OwnershipDock(session)
    qtbot.addWidget(dock)
    return dock


class Asked:
    """A stand-in for QInputDialog.getItem that records the question and picks an answer."""

    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.calls: list[tuple[str, list[str]]] = []

    def __call__(self, parent, title, label, items, current=0, editable=False, *args):
        self.calls.append((label, list(items)))
        return (self.answer, True) if self.answer is not None else ("", False)


def owned(doc, owner_id):
    return {n.id for n in doc.owned_by(owner_id)}


def test_the_matrix_counts_touchpoints_and_open_crossroads_per_owner_and_stage(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    rows = [o.id for o in doc.owners] + [None]
    stages = [s.id for s in doc.stages]
    for r, owner_id in enumerate(rows):
        for c, stage_id in enumerate(stages):
            touchpoints, crossroads = MATRIX.get((owner_id, stage_id), (set(), set()))
            assert set(dock.cell_ids(r, c)) == touchpoints | crossroads, (owner_id, stage_id)
            text = dock.matrix.item(r, c).text()
            if crossroads:
                assert f"◆{len(crossroads)}" in text
            if touchpoints:
                assert text.startswith(str(len(touchpoints)))
            if not touchpoints and not crossroads:
                assert text == ""
    # the resolved crossroads c3 (Salg, after) is not an open one
    assert dock.cell_ids(rows.index("sales"), stages.index("after")) == []
    assert dock.matrix.verticalHeaderItem(len(rows) - 1).text() == "Nobody"


def test_clicking_a_matrix_cell_selects_its_items(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    row = [o.id for o in sample_session.document.owners].index("service")
    dock.matrix.cellClicked.emit(row, 1)  # Kundeservice × Under kjøpet
    assert set(sample_session.selection.ids()) == {"c1"}
    dock.matrix.cellClicked.emit(row, 3)  # the row total
    assert set(sample_session.selection.ids()) == {"t4", "c1", "t5"}


def test_unowned_and_handoffs_are_listed_and_follow_edits(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    assert set(dock.unowned_ids()) == UNOWNED
    assert set(dock.handoff_ids()) == set(HANDOFF_EDGES)
    assert dock.tabs.tabText(1) == "Unowned (2)"
    groups = dict(dock.handoff_groups())
    assert groups["Salg → IT (1)"] == ["e_t1_t2"]
    assert groups["IT → Kundeservice (1)"] == ["e_t2_c1"]
    assert groups["Salg → Kundeservice (1)"] == ["e_c3_t5"]
    heads = [dock.handoff_list.topLevelItem(i) for i in range(3)]
    sales_it = next(h for h in heads if h.text(0) == "Salg → IT (1)")
    assert sales_it.child(0).text(0) == "‘Søk på nett’ → ‘Betaling’"

    # an edit made as the canvas would: giving t3 to IT ends a gap and adds a hand-off
    # (Kundeservice's crossroads c1 leads to IT's t3)
    sample_session.undo_stack.push(UpdateNodeCommand(sample_session.document, "t3",
                                                     owner_id="it"))
    qtbot.waitUntil(lambda: set(dock.unowned_ids()) == {"c2"})
    assert set(dock.handoff_ids()) == set(HANDOFF_EDGES) | {"e_c1_t3"}
    sample_session.undo_stack.undo()
    qtbot.waitUntil(lambda: set(dock.unowned_ids()) == UNOWNED)
    assert set(dock.handoff_ids()) == set(HANDOFF_EDGES)


def test_clicking_an_unowned_step_selects_and_focuses_it(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    dock.tabs.setCurrentIndex(1)  # the Unowned tab
    with qtbot.waitSignal(sample_session.selection.focusRequested) as focused:
        dock.unowned_list.itemClicked.emit(dock.unowned_list.item(0))
    assert focused.args == [dock.unowned_ids()[0]]
    assert sample_session.selection.ids() == (dock.unowned_ids()[0],)


def test_merging_two_owners_reassigns_everything_in_one_undo_step(
        qtbot, sample_session, monkeypatch):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    doc.set_info(journey_owner_id="sales")
    before = dumps(doc)
    expected = owned(doc, "sales") | owned(doc, "service")
    asked = Asked("Kundeservice")
    monkeypatch.setattr(QInputDialog, "getItem", asked)
    assert dock.merge_owner("sales")
    assert asked.calls and "Kundeservice" in asked.calls[0][1]
    assert not doc.has_owner("sales")
    assert owned(doc, "service") == expected
    assert doc.info.journey_owner_id == "service"
    assert [dock.owners.topLevelItem(i).text(0)
            for i in range(dock.owners.topLevelItemCount())] == ["Kundeservice", "IT"]
    assert sample_session.undo_stack.count() == 1
    sample_session.undo_stack.undo()
    assert dumps(doc) == before


def test_removing_an_owner_in_use_asks_who_takes_over(qtbot, sample_session, monkeypatch):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    had = owned(doc, "service")
    asked = Asked("IT")
    monkeypatch.setattr(QInputDialog, "getItem", asked)
    assert dock.remove_owner("service")
    label, choices = asked.calls[0]
    assert "Kundeservice" in label and "3" in label  # who, and how much they own
    assert choices[0].startswith("Nobody") and "IT" in choices
    assert not doc.has_owner("service")
    assert had <= owned(doc, "it")
    sample_session.undo_stack.undo()
    assert owned(doc, "service") == had


def test_removing_an_owner_can_leave_their_items_unowned_or_be_cancelled(
        qtbot, sample_session, monkeypatch):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    monkeypatch.setattr(QInputDialog, "getItem", Asked(None))
    assert not dock.remove_owner("it")  # cancelled: nothing happens
    assert doc.has_owner("it") and sample_session.undo_stack.count() == 0
    monkeypatch.setattr(QInputDialog, "getItem", Asked("Nobody (leave them unowned)"))
    assert dock.remove_owner("it")
    assert doc.node("t2").owner_id is None
    qtbot.waitUntil(lambda: "t2" in dock.unowned_ids())


def test_an_owner_nobody_uses_is_removed_without_a_question(qtbot, sample_session,
                                                             monkeypatch):
    dock = make(qtbot, sample_session)
    asked = Asked("IT")
    monkeypatch.setattr(QInputDialog, "getItem", asked)
    new_id = dock.add_owner("Økonomi")
    assert sample_session.document.owner(new_id).name == "Økonomi"
    assert dock.remove_owner(new_id)
    assert asked.calls == []
    assert not sample_session.document.has_owner(new_id)


def test_add_rename_and_recolour_owners(qtbot, sample_session, monkeypatch):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    new_id = dock.add_owner()
    owner = doc.owner(new_id)
    assert owner.colour not in {"#E69F00", "#56B4E9", "#009E73"}  # a free palette colour
    item = dock.owners.currentItem()
    item.setText(0, "Kundesenter Å")  # as typed in place
    assert doc.owner(new_id).name == "Kundesenter Å"
    monkeypatch.setattr(OwnerColourDialog, "get_colour",
                        classmethod(lambda cls, current, parent=None: "#CC79A7"))
    assert dock.recolour_owner(new_id)
    assert doc.owner(new_id).colour == "#CC79A7"
    assert sample_session.undo_stack.count() == 3
    sample_session.undo_stack.undo()
    assert doc.owner(new_id).colour == owner.colour


def test_the_colour_dialog_offers_the_okabe_ito_palette(qtbot):
    dialog = OwnerColourDialog("#0072B2")
    qtbot.addWidget(dialog)
    assert len(dialog.buttons) == 16 and dialog.buttons["#0072B2"].isChecked()
    dialog.buttons["#D55E00"].click()
    assert dialog.colour == "#D55E00" and dialog.result() == dialog.DialogCode.Accepted


def test_picking_an_owner_for_the_selected_cards_is_one_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    dock.select_owner("it")
    sample_session.selection.set(["t1", "t3", "c2", "out1"])  # an outcome has no owner
    assert dock.assign_button.isEnabled()
    dock.assign_button.click()
    assert [doc.node(i).owner_id for i in ("t1", "t3", "c2")] == ["it"] * 3
    assert sample_session.undo_stack.count() == 1
    sample_session.undo_stack.undo()
    assert [doc.node(i).owner_id for i in ("t1", "t3", "c2")] == ["sales", None, None]


def test_an_owner_dragged_from_the_panel_carries_its_id(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    item = dock.owners.topLevelItem(1)
    data = dock.owners.mimeData([item])
    assert bytes(data.data(OWNER_MIME_TYPE)).decode() == "service"


def test_journey_owner_and_view_options(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    options = sample_session.view_options
    dock.journey_owner.pick("it")
    assert doc.info.journey_owner_id == "it"
    sample_session.undo_stack.undo()
    assert dock.journey_owner.value() is None
    dock.colour_by_owner.click()
    assert options.colour_by_owner
    dock.focus_owner.pick("sales")
    assert options.focus_owner_id == "sales"
    assert options.is_dimmed(doc.node("t2")) and not options.is_dimmed(doc.node("t1"))
    doc.remove_owner("sales")  # the focused owner goes away: everyone is shown again
    assert options.focus_owner_id is None


def test_hand_offs_are_grouped_by_owner_pair_largest_first(qtbot, sample_session):
    from journeymapper.commands import ConnectCommand

    dock = make(qtbot, sample_session)
    doc = sample_session.document
    # c3 (Salg) → t2 (IT): a second Salg → IT arrow
    sample_session.undo_stack.push(ConnectCommand(doc, "c3", "t2"))
    qtbot.waitUntil(lambda: len(dock.handoff_ids()) == 4)
    heading, ids = dock.handoff_groups()[0]
    assert heading == "Salg → IT (2)"
    assert set(ids) == {"e_t1_t2", doc.edge_between("c3", "t2").id}
    dock.handoff_list.itemClicked.emit(dock.handoff_list.topLevelItem(0), 0)
    assert set(sample_session.selection.ids()) == set(ids)  # the whole pair, to look at


def test_hovering_a_matrix_cell_names_its_steps(qtbot, sample_session, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from journeymapper.panels.words import node_name

    dock = make(qtbot, sample_session)
    dock.show()
    qtbot.waitExposed(dock)
    doc = sample_session.document
    row = [o.id for o in doc.owners].index("service")
    dock.cell_ids(row, 1)  # filled
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))

    def hover(column):
        rect = dock.matrix.visualItemRect(dock.matrix.item(row, column))
        viewport = dock.matrix.viewport()
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                    viewport.mapToGlobal(rect.center())))

    hover(1)  # Kundeservice × Under kjøpet: the crossroads c1
    assert shown == [node_name(doc.node("c1"))]
    hover(dock.matrix.columnCount() - 1)  # the row's total: its number says it
    assert len(shown) == 1
    # the names follow a rename without the matrix being filled again
    doc.update_node("c1", label="Ny etikett æøå")
    hover(1)
    assert shown[-1] == node_name(doc.node("c1")) and "Ny etikett æøå" in shown[-1]
