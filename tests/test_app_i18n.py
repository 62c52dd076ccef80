"""The window speaks the user's language where a translation is shipped (Norwegian Bokmål)."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import launch, windows
from journeymapper.io.resources import resources_dir

from test_app_support import Prompts, close_all, edit


def test_the_norwegian_translation_is_shipped_compiled():
    assert (resources_dir() / "i18n" / "journeymapper_nb.qm").is_file()
    assert (resources_dir() / "i18n" / "journeymapper_nb.ts").is_file()


def test_menus_and_prompts_in_norwegian(qtbot, monkeypatch, norwegian):
    assert "journeymapper" in norwegian
    window = windows.new_from_template("sample-plumber-no")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fil", "R&ediger", "&Vis", "Sett &inn", "&Kart", "&Hjelp"]
    assert window.actions["open"].text() == "&Åpne…"
    assert window.actions["undo"].text().startswith("Angre")
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.Cancel)
    edit(window, "Tømme avløpet – én gang til")
    window.close()
    [(_, title, text)] = prompts.asked
    assert title == "Ulagrede endringer"
    assert "har endringer som ikke er lagret" in text and "Rørlegger" in text


def test_without_a_shipped_translation_the_window_stays_in_english(qtbot, qapp):
    loaded = launch.install_translations(qapp, QLocale("ja_JP"))
    try:
        assert "journeymapper" not in loaded
        window = windows.new_from_template("sample-airline")
        assert window.actions["open"].text() == "&Open…"
    finally:
        launch.remove_translations(qapp)
        close_all()


def test_qts_own_buttons_speak_bokmal_too(qtbot, norwegian):
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymapper.app.template_dialog import TemplateChooserDialog

    dialog = TemplateChooserDialog()
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Opprett"
    headings = [dialog.list.item(i).text() for i in range(dialog.list.count())
                if not dialog.list.item(i).flags()]
    assert headings == ["Tomme kart", "Eksempelkart"]


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def _clashes(menu_actions) -> list[str]:
    seen, clashes = {}, []
    for action in menu_actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = _mnemonic(action.text())
        if key is not None:
            if key in seen:
                clashes.append(f"{seen[key]!r} and {action.text()!r}")
            seen[key] = action.text()
        if action.menu() is not None:
            clashes += _clashes(action.menu().actions())
    return clashes


@pytest.mark.parametrize("locale", ["en_GB", "nb_NO", "da_DK", "sv_SE"])
def test_every_menu_can_be_walked_with_alt_and_one_letter(qtbot, qapp, locale):
    launch.install_translations(qapp, QLocale(locale))
    try:
        window = windows.new_from_template("sample-airline")
        assert _clashes(window.menuBar().actions()) == []
    finally:
        launch.remove_translations(qapp)
        close_all()


def test_every_shipped_translation_keeps_the_placeholders_of_its_source():
    import re
    import xml.etree.ElementTree as ET

    tree = ET.parse(resources_dir() / "i18n" / "journeymapper_nb.ts")
    checked = 0
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text]
        for text in forms:
            assert text, f"empty translation of {source!r}"
            assert sorted(re.findall(r"\{\d\}|%n", text)) == \
                sorted(re.findall(r"\{\d\}|%n", source)), (source, text)
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), \
                (source, text)
            checked += 1
    assert checked > 100


def test_the_panels_beside_the_map_speak_bokmal_too(qtbot, norwegian):
    window = windows.new_from_template("sample-plumber-no")
    titles = {d.objectName(): d.windowTitle() for d in window.docks()}
    if "InspectorDock" not in titles:
        pytest.skip("no inspector panel in this build")
    assert titles["InspectorDock"] == "Inspektør"


def _shares_shown(window, arrow_share: float, outcome_share: float):
    """Set a branch's and an outcome's share in ``window``'s map; the arrow's text and
    the outcome card's tooltip as the canvas shows them, and the document."""
    from journeymapper.model import EdgeKind

    scene = window.editor.scene
    doc = scene.document
    edge = next(e for e in doc.edges() if e.kind == EdgeKind.BRANCH)
    doc.update_edge(edge.id, share=arrow_share)
    outcome = next(n for n in doc.nodes() if n.kind.value == "outcome")
    doc.update_node(outcome.id, share=outcome_share)
    scene.flush()
    card = scene.node_item(outcome.id)
    card._update_tooltip()  # made when the pointer comes over the card
    return scene.edge_item(edge.id).text(), card.toolTip(), doc


def test_shares_on_the_map_are_written_as_the_language_writes_numbers(qtbot, qapp):
    """Beside Norwegian words a share reads "12,5 %", beside English ones "12.5 %"."""

    def shares(window):
        found = _shares_shown(window, 12.5, 7.5)[:2]
        window.close()
        return found

    english = shares(windows.new_from_template("sample-plumber"))
    assert "12.5 %" in english[0] and "7.5 %" in english[1]
    launch.install_translations(qapp, QLocale("nb_NO"))
    try:
        norwegian = shares(windows.new_from_template("sample-plumber-no"))
    finally:
        launch.remove_translations(qapp)
        close_all()
    assert "12,5 %" in norwegian[0] and "7,5 %" in norwegian[1]


def test_a_share_reads_the_same_on_the_map_and_on_paper(qtbot):
    """A share typed with more decimals than a map needs (33.333 %) reads "33.3 %" on the
    canvas, as the PDF prints it: a facilitator's screen and leadership's paper agree."""
    import io

    from pypdf import PdfReader

    from journeymapper.export.pdf import build_pdf

    window = windows.new_from_template("sample-plumber")
    arrow, card, doc = _shares_shown(window, 33.333, 12.75)
    on_screen = arrow + "\n" + card
    data = build_pdf(doc).data
    window.close()
    close_all()
    on_paper = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    for shown in ("33.3 %", "12.8 %"):
        assert shown in on_screen and shown in on_paper
    assert "33.333" not in on_screen and "12.75" not in on_screen
