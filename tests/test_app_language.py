"""View › Language: a facilitator switches the program to Danish or Swedish in the middle
of a workshop; every window speaks it at once, and the map is untouched."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel

from journeymapper.app import launch, windows
from journeymapper.config.settings import SYSTEM_LANGUAGE, Settings, language_choice
from journeymapper.io import JourneyFileError, load

from test_app_support import close_all, edit
from test_translations_complete import I18N, messages

MENUS = {
    "da": ["&Filer", "&Redigér", "&Vis", "&Tilføj", "&Kort", "&Hjælp"],
    "sv": ["&Arkiv", "&Redigera", "&Visa", "&Infoga", "&Karta", "&Hjälp"],
    "nb": ["&Fil", "R&ediger", "&Vis", "Sett &inn", "&Kart", "&Hjelp"],
    "en": ["&File", "&Edit", "&View", "&Insert", "&Map", "&Help"],
}
INSPECTOR = {"da": "Inspektør", "sv": "Inspektör", "nb": "Inspektør", "en": "Inspector"}


@pytest.fixture
def english(qapp):
    """The program as it starts on an English desktop, its language chosen from the menu."""
    launch.install_translations(qapp, language="en")
    yield
    launch.remove_translations(qapp)
    close_all()


def choose(qtbot, window, code: str):
    """View › Language › (the language), as the user picks it; the window that replaces
    ``window`` once the switch is done."""
    assert window.language_menu.menuAction() in window.view_menu.actions()
    window.language_actions[code].trigger()
    qtbot.waitUntil(lambda: window not in windows.open_windows(), timeout=5000)
    [new] = [w for w in windows.open_windows() if w.session is window.session]
    return new


def english_sources(code: str) -> set[str]:
    """The English words the catalogue of ``code`` says otherwise (a word spelled the same
    in both, "Status", cannot betray an untranslated text)."""
    found = set()
    for _context, source, _comment, numerus, translation in messages(
            I18N / f"journeymapper_{code}.ts"):
        if not numerus and translation.text and translation.text != source and len(source) > 3:
            found.add(source)
    return found


def window_texts(window) -> list[str]:
    """Every word of the window's chrome: menus (all levels), toolbar, panels' titles,
    labels and buttons, status bar."""
    texts = []

    def walk(actions):
        for action in actions:
            if action.isSeparator():
                continue
            texts.extend(t for t in (action.text(), action.toolTip(), action.statusTip()) if t)
            if action.menu() is not None:
                walk(action.menu().actions())

    walk(window.menuBar().actions())
    walk(window.toolbar.actions())
    for dock in window.findChildren(QDockWidget):
        texts.append(dock.windowTitle())
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            texts.append(widget.text())
    return texts


@pytest.mark.parametrize("code", ["da", "sv"])
def test_choosing_a_language_relabels_every_window_and_leaves_the_map_alone(qtbot, english,
                                                                          code):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._first_show)  # the map's start is in view
    qtbot.wait(20)
    session = window.session
    node_id = edit(window, "Søg fly på nettet – æøå")  # an unsaved change is in hand
    session.undo_stack.setClean()  # … and saved: the switch must not mark it modified
    session.selection.set([node_id])
    window.editor.view.set_zoom(1.5)
    steps_before = session.undo_stack.count()
    labels_before = {n.id: n.label for n in session.document.nodes()}
    assert [a.text() for a in window.menuBar().actions()] == MENUS["en"]

    new = choose(qtbot, window, code)

    assert [a.text() for a in new.menuBar().actions()] == MENUS[code]
    titles = {d.objectName(): d.windowTitle() for d in new.docks()}
    assert titles.get("InspectorDock", INSPECTOR[code]) == INSPECTOR[code]
    assert new.session is session  # the same map, undo history and selection
    assert session.undo_stack.isClean() and not new.isWindowModified()
    assert session.undo_stack.count() == steps_before
    assert {n.id: n.label for n in session.document.nodes()} == labels_before
    assert session.selection.ids() == (node_id,)
    assert new.editor.view.zoom() == pytest.approx(1.5)
    assert new.language_actions[code].isChecked()
    assert language_choice(Settings()) == code  # remembered for the next start
    leftovers = sorted(set(window_texts(new)) & english_sources(code))
    assert leftovers == [], f"English left in the {code} window: {leftovers}"


def test_every_window_switches_and_a_file_error_speaks_the_new_language(qtbot, english,
                                                                      tmp_path):
    first = windows.new_from_template("sample-airline")
    second = windows.new_from_template("sample-plumber")
    qtbot.waitExposed(second)
    order = [w.session for w in windows.open_windows()]
    choose(qtbot, first, "sv")
    assert [w.session for w in windows.open_windows()] == order
    for window in windows.open_windows():
        assert [a.text() for a in window.menuBar().actions()] == MENUS["sv"]
    with pytest.raises(JourneyFileError) as refused:
        load(tmp_path / "saknas.jmap")
    assert "Kan inte öppna" in str(refused.value) and "filen finns inte" in str(refused.value)


def test_back_to_the_systems_language(qtbot, english, monkeypatch):
    monkeypatch.setattr("journeymapper.app.translation.system_language", lambda: "nb")
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    danish = choose(qtbot, window, "da")
    assert [a.text() for a in danish.menuBar().actions()] == MENUS["da"]
    system = choose(qtbot, danish, SYSTEM_LANGUAGE)
    assert [a.text() for a in system.menuBar().actions()] == MENUS["nb"]
    assert system.language_actions[SYSTEM_LANGUAGE].isChecked()
    assert language_choice(Settings()) == SYSTEM_LANGUAGE


def test_an_unsaved_map_keeps_its_autosave_across_the_switch(qtbot, english):
    """The autosave of the unsaved work is the same file after the switch: a crash then
    still offers the work back, and no second copy is left behind."""
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    edit(window)
    assert window.autosaver.autosave()
    file = window.autosaver.file
    new = choose(qtbot, window, "da")
    assert new.autosaver.file == file and file.exists()
    edit(new, "Endnu en ændring")
    assert new.autosaver.autosave()
    assert file.exists()
    assert QApplication.instance() is not None


def test_the_workshop_timer_goes_on_counting_in_the_new_language(qtbot, english):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    now = [0]
    window.timer.set_clock(lambda: now[0])
    window.timer.start(600)
    now[0] = 61_000  # a minute into the round
    window.timer.tick()
    new = choose(qtbot, window, "da")
    assert new.timer.isVisible() and new.timer.state == "running"
    now[0] = 121_000
    new.timer.tick()
    assert new.timer.remaining_text() == "7:59"


def test_the_language_waits_while_the_room_is_voting(qtbot, english, monkeypatch):
    from journeymapper.app import main_window as main_window_module
    from journeymapper.app.voting import RoundChoice

    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    told = []
    monkeypatch.setattr(main_window_module.QMessageBox, "information",
                        lambda *args: told.append(args[2]))
    assert window.voting.open_round(RoundChoice(
        title="Hva haster mest?", selected_steps=False, votes_per_person=3, stacking=False,
        address="127.0.0.1"))
    try:
        window.language_actions["da"].trigger()
        qtbot.wait(50)
        assert window in windows.open_windows() and window.voting.is_open  # nothing remade
        assert told and "voting round" in told[0]
        assert window.language_actions[language_choice(Settings())].isChecked()
    finally:
        window.voting.close_round()
        window.voting.stop_server()
