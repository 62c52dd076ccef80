"""The leadership PDF speaks the window's language (Norwegian Bokmål is shipped); the
command line and a PDF built without a translator stay English."""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QFileDialog
from pypdf import PdfReader

from journeymapper.app import launch, windows
from journeymapper.io.resources import resources_dir
from journeymapper.export.pdf import build_pdf
from journeymapper.io.templates import find_template, list_templates

from test_app_support import Prompts

TODAY = dt.date(2026, 11, 26)
CATALOGUE = resources_dir() / "i18n" / "journeymapper_nb.ts"
TRANSLATED_CONTEXTS = ("export", "analysis", "canvas")
NORWEGIAN_SECTIONS = ["Historien på én side", "Sammendrag for ledelsen", "Kart",
                      "Friksjonsregister", "Eierskapsmatrise", "Mikroreiser"]
ENGLISH_SECTIONS = ["The story on one page", "Executive summary", "Map", "Friction register",
                    "Ownership matrix", "Micro-journeys"]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def top_bookmarks(reader) -> list[tuple[str, int]]:
    return [(item.title, reader.get_destination_page_number(item))
            for item in reader.outline if not isinstance(item, list)]


def catalogue() -> dict[tuple[str, str], str | None]:
    """(context, source) → finished translation, or None while it is unfinished."""
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source"))] = (
                translation.text if finished and translation.text else None)
    return found


def export_from_the_window(monkeypatch, tmp_path, template: str) -> tuple:
    """File → Export PDF… in a window, as a user does it; (document, PdfReader)."""
    from journeymapper.app.export_dialog import ExportPdfDialog

    def landscape(dialog):  # the language is tested here, on the pages it was written for
        dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPdfDialog, "exec", landscape)
    target = tmp_path / f"{template}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template(template)
    window.actions["export_pdf"].trigger()
    assert prompts.asked == []
    return window.session.document, PdfReader(target)


def test_a_pdf_exported_from_a_norwegian_window_is_norwegian(qtbot, monkeypatch, tmp_path,
                                                              norwegian):
    document, reader = export_from_the_window(monkeypatch, tmp_path, "sample-plumber-no")
    marks = top_bookmarks(reader)
    assert [title for title, _ in marks] == NORWEGIAN_SECTIONS
    pages = dict(marks)
    map_text = flat("".join(reader.pages[i].extract_text()
                            for i in range(pages["Kart"], pages["Friksjonsregister"])))
    for node in document.nodes():  # the user's own words are never translated away
        assert flat(node.label) in map_text, f"{node.label!r} is missing from the map"
    assert flat("Møtepunkt, stripe = eier") in map_text  # the legend
    assert flat("Eier av kundereisen:") in map_text  # the title band
    story = reader.pages[0].extract_text()
    for heading in ("Hvor kundene går tapt", "De 2 friksjonspunktene som ikke er løst ennå",
                    "Svakeste ledd", "Stegene i hver mikroreise"):
        assert flat(heading) in flat(story), heading
    summary = reader.pages[pages["Sammendrag for ledelsen"]].extract_text()
    assert flat("Overleveringer mellom eiere") in flat(summary)
    for english in ("Executive summary", "Where customers are lost", "friction points",
                    "Weakest link", "stages", "touchpoints"):
        assert english not in story + summary
    # the analysis' reasons come translated too (context "analysis")
    assert re.search(r"laveste kundevurdering|høyeste alvorlighet", story)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert flat(f"side {number} av {total}") in flat(page.extract_text())
    register = reader.pages[pages["Friksjonsregister"]].extract_text()
    assert "Alv." in register and "Belegg" in register and "Sev." not in register


def test_the_default_export_stays_english_even_in_a_norwegian_window(qtbot, norwegian):
    assert QCoreApplication.translate("export", "Executive summary") != "Executive summary"
    document = find_template("sample-plumber-no").open()
    reader = PdfReader(io.BytesIO(build_pdf(document, today=TODAY).data))
    assert [title for title, _ in top_bookmarks(reader)] == ENGLISH_SECTIONS
    assert flat(f"page 1 of {len(reader.pages)}") in flat(reader.pages[0].extract_text())
    assert flat("Where customers are lost") in flat(reader.pages[0].extract_text())


@pytest.mark.parametrize("name", [t.name for t in list_templates()
                                  if t.name in ("sample-airline", "sample-plumber-no",
                                                "empty-three-stages", "sample-b2b-software")])
def test_every_word_the_pdf_asks_for_is_translated_in_the_catalogue(name):
    asked: set[tuple[str, str]] = set()

    def record(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    build_pdf(find_template(name).open(), today=TODAY, translate=record)
    assert ("export", "Executive summary") in asked
    known = catalogue()
    missing = sorted(key for key in asked if not known.get(key))
    assert missing == [], "words the PDF prints but Bokmål lacks"


def test_no_unfinished_translation_in_the_pdf_analysis_and_canvas_contexts():
    unfinished = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name")
        if name not in TRANSLATED_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                unfinished.append((name, message.findtext("source")))
    assert unfinished == []
    contexts = {c.findtext("name") for c in ET.parse(CATALOGUE).getroot().iter("context")}
    assert set(TRANSLATED_CONTEXTS) <= contexts


def test_translations_keep_every_placeholder_of_the_pdf_and_the_analysis():
    for (context, source), text in catalogue().items():
        if context in ("export", "analysis") and text:
            assert sorted(re.findall(r"\{\w*\}", text)) == \
                sorted(re.findall(r"\{\w*\}", source)), (source, text)


def test_a_broken_translator_never_breaks_the_export():
    def broken(context: str, text: str) -> str:
        if "{" in text:
            return "{nonsense} " + text
        raise RuntimeError("no catalogue")

    document = find_template("sample-airline").open()
    reader = PdfReader(io.BytesIO(build_pdf(document, today=TODAY, translate=broken).data))
    assert [title for title, _ in top_bookmarks(reader)] == ENGLISH_SECTIONS


def test_the_weakest_links_reason_and_status_on_a_bokmal_first_page(norwegian):
    document = find_template("sample-plumber-no").open()
    reader = PdfReader(io.BytesIO(build_pdf(document, today=TODAY,
                                            translate=QCoreApplication.translate).data))
    pages = dict(top_bookmarks(reader))
    summary = reader.pages[0].extract_text()  # page 1: the weakest link of each journey
    for norsk in ("Svakeste ledd: Usikker, ringer kontoret — laveste kundevurdering (−1); "
                  "eier Kontoret.",
                  "Svakeste ledd: Tydelig faktura — høyeste alvorlighet (4, forbedres); "
                  "eier Kontoret."):
        assert flat(norsk) in flat(summary), norsk
    assert re.search(r"\bforbedres\b", summary) and re.search(r"\båpen\b", summary)
    journeys = reader.pages[pages["Mikroreiser"]].extract_text()
    assert flat("Svakeste ledd: Usikker, ringer kontoret — laveste kundevurdering (−1).") \
        in flat(journeys)
    for text in (summary, journeys):
        for english in ("lowest customer rating", "highest severity", "customer rating",
                        "severity"):
            assert flat(english) not in flat(text), english
        for word in ("open", "investigating", "improving", "resolved"):
            assert not re.search(rf"\b{word}\b", text), word


def test_the_weakest_links_reason_and_status_stay_english_without_a_translator():
    document = find_template("sample-plumber-no").open()
    reader = PdfReader(io.BytesIO(build_pdf(document, today=TODAY).data))
    story = reader.pages[0].extract_text()
    assert flat("Weakest link: Tydelig faktura — highest severity (4, improving);") \
        in flat(story)
    assert flat("Weakest link: Usikker, ringer kontoret — lowest customer rating (−1);") \
        in flat(story)


def test_shares_print_with_the_readers_decimal_mark(qapp):
    """An arrow's 12.5 % prints as "12,5 %" in the Bokmål PDF (map and tables alike)."""

    def printed(translate=None) -> str:
        document = find_template("sample-plumber-no").open()
        edge = next(e for e in document.edges() if e.share is not None)
        document.update_edge(edge.id, share=12.5)
        data = build_pdf(document, today=TODAY, translate=translate).data
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

    english = printed()
    assert "12.5 %" in english and "12,5 %" not in english
    loaded = launch.install_translations(qapp, QLocale("nb_NO"))
    try:
        assert "journeymapper" in loaded
        norsk = printed(QCoreApplication.translate)
    finally:
        launch.remove_translations(qapp)
    assert norsk.count("12,5 %") >= 2  # on the map and in the micro-journey's table
    assert not re.search(r"\d\.\d %", norsk)
