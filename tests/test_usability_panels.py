"""The panels as a facilitator meets them on a map started empty (found in the real window)."""

from __future__ import annotations

from journeymapper.commands import AddNodeCommand
from journeymapper.io.templates import find_template
from journeymapper.model import Crossroads, CrossroadsStatus, Owner
from journeymapper.panels.friction_model import JOURNEY, OWNER, STAGE, STATUS
from journeymapper.panels.friction_register_dock import FrictionRegisterDock
from journeymapper.state import MapSession



def _shown_register(qtbot, template: str, width: int = 1200):
    """The friction register of a template's map, shown (its session, the dock)."""
    session = MapSession(find_template(template).open())
    dock = FrictionRegisterDock(session)
    qtbot.addWidget(dock)
    dock.resize(width, 300)
    dock.show()
    qtbot.waitExposed(dock)
    return session, dock

def test_register_columns_fit_the_first_crossroads_of_an_empty_map(qtbot):
    """The register opened empty (its columns as wide as their headings); the first
    crossroads drawn then showed "Investig…", "Kun…", "Befor…" in it."""
    session = MapSession(find_template("empty-three-stages").open())
    doc = session.document
    dock = FrictionRegisterDock(session)
    qtbot.addWidget(dock)
    dock.resize(1200, 300)
    dock.show()
    qtbot.waitExposed(dock)
    doc.update_journey(doc.journeys[0].id, name="Bestilling på nett æøå")
    owner = Owner(name="Kundeservice Ørsta og Ålesund")
    doc.add_owner(owner)
    session.undo_stack.push(AddNodeCommand(doc, Crossroads(
        label="Er frakten gratis?", stage_id=doc.stages[0].id, journey_id=doc.journeys[0].id,
        status=CrossroadsStatus.INVESTIGATING, owner_id=owner.id)))
    table, header = dock.table, dock.table.horizontalHeader()
    for column in (STATUS, OWNER, STAGE, JOURNEY):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column



def test_the_owners_list_headings_differ_in_bokmal(qtbot, norwegian):
    """The owners list was headed "Eier | Eier" in Bokmål ("Owner | Owns"): which column
    is the owner and which the count of what they hold?"""
    from journeymapper.panels.ownership_dock import OwnershipDock

    dock = OwnershipDock(MapSession(find_template("sample-plumber-no").open()))
    qtbot.addWidget(dock)
    header = dock.owners.headerItem()
    first, second = header.text(0), header.text(1)
    assert first == "Eier"
    assert second and second != first



def _open_calendar(qtbot, field):
    """Click the date's calendar button, as a user opens the calendar."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QToolButton

    [button] = [b for b in field.findChildren(QToolButton)
                if field.calendar_action in b.actions() or b.defaultAction()
                is field.calendar_action]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2,
                                                                   button.height() // 2))
    calendar = field.calendar()
    assert calendar.isVisible()
    return calendar


def test_a_due_date_calendar_opens_on_this_month(qtbot):
    """Setting a first due date: the calendar opened on January 2000 (the "no date"
    value), 26 years of clicking from today, in the inspector and in the register."""
    import datetime as dt

    from journeymapper.panels.fields import DateField
    from journeymapper.panels.friction_model import DUE

    today = dt.date.today()
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(None)
    field.show()
    qtbot.waitExposed(field)
    calendar = _open_calendar(qtbot, field)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert field.date() is None  # only the page moved: still no date until one is picked
    calendar.window().hide()
    field.set_value(dt.date(2027, 3, 15))  # a date set: the calendar shows its month
    calendar = _open_calendar(qtbot, field)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    calendar.window().hide()

    session, dock = _shown_register(qtbot, "sample-plumber-no")
    row = next(r for r in range(dock.proxy.rowCount())
               if not dock.proxy.index(r, DUE).data())
    dock.table.edit(dock.proxy.index(row, DUE))
    [edit] = dock.table.findChildren(DateField)
    calendar = _open_calendar(qtbot, edit)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()


def _click_heading(qtbot, table, column):
    from PySide6.QtCore import QPoint, Qt

    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_clicking_severity_lists_the_worst_first_and_due_the_soonest(qtbot):
    """The register opens worst first; after sorting by another column, a click on
    "Severity" listed the mildest crossroads first. Due lists the soonest first."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from journeymapper.panels.friction_model import DUE, QUESTION, SEVERITY

    session, dock = _shown_register(qtbot, "sample-airline")
    assert dock.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    _click_heading(qtbot, dock.table, DUE)
    doc = session.document
    dues = [doc.node(i).due for i in dock.shown_ids()]
    dated = [d for d in dues if d is not None]
    assert dated and dues[:len(dated)] == sorted(dated)  # soonest first, no date last
    _click_heading(qtbot, dock.table, SEVERITY)  # back to worst first
    severities = [doc.node(i).severity for i in dock.shown_ids()]
    assert severities == sorted(severities, reverse=True)
    _click_heading(qtbot, dock.table, QUESTION)  # words: A to Z
    questions = [doc.node(i).label.casefold() for i in dock.shown_ids()]
    assert questions == sorted(questions)
    assert isinstance(dated[0], dt.date)


def _text_fits(combo) -> bool:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def test_the_register_filters_show_their_whole_words_in_bokmal(qtbot, norwegian):
    """The severity filter read "Alle alvorlighetsgra" in Bokmål, with room to spare."""
    session, dock = _shown_register(qtbot, "sample-plumber-no", width=1400)
    assert dock.severity_filter.currentText() == "Alle alvorlighetsgrader"
    for combo in (dock.status_filter, dock.severity_filter):
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            assert _text_fits(combo), combo.currentText()


def test_the_ownership_panel_keeps_its_buttons_off_the_window_edge(qtbot):
    """In the window the owners' Add … Remove… buttons and the journey owner box ran to the
    panel's very edge (the window's edge on the right), unlike the other panels."""
    from PySide6.QtCore import QPoint

    from journeymapper.panels.ownership_dock import OwnershipDock

    dock = OwnershipDock(MapSession(find_template("sample-airline").open()))
    qtbot.addWidget(dock)
    dock.resize(420, 800)
    dock.show()
    qtbot.waitExposed(dock)
    for widget in (dock.remove_button, dock.add_button, dock.journey_owner, dock.tabs):
        left = widget.mapTo(dock, QPoint(0, 0)).x()
        right = widget.mapTo(dock, QPoint(widget.width(), 0)).x()
        assert left >= 4 and right <= dock.width() - 4, (widget, left, right, dock.width())


def test_an_owner_is_a_department_or_a_person_not_both(qtbot):
    """The owner's menu showed "Department" and "Person" as two tick boxes, as if an owner
    could be both (or neither); they are one choice."""
    from journeymapper.model import OwnerKind
    from journeymapper.panels.ownership_dock import OwnershipDock

    session = MapSession(find_template("sample-airline").open())
    dock = OwnershipDock(session)
    qtbot.addWidget(dock)
    item = dock.owners.topLevelItem(0)
    name = item.text(0)
    menu = dock.owner_menu(item)
    kinds = [a for a in menu.actions() if a.text() in ("Department", "Person")]
    assert len(kinds) == 2
    group = kinds[0].actionGroup()
    assert group is not None and group.isExclusive() and kinds[1].actionGroup() is group
    assert [a.text() for a in kinds if a.isChecked()] == ["Department"]
    person = next(a for a in kinds if a.text() == "Person")
    person.trigger()
    owners = {o.name: o for o in session.document.owners}
    assert owners[name].kind == OwnerKind.PERSON
