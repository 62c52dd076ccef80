"""The friction register's columns fit their words: on a narrow page no word or date is
split across two lines, in English and in Bokmål."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale

from journeymapper.app import launch
from journeymapper.export.fonts import BOLD, SANS, width
from journeymapper.export.pdf import build_pdf
from journeymapper.export.registers import fitted_widths
from journeymapper.io.templates import find_template

TODAY = dt.date(2026, 11, 27)


def _register_text(data: bytes, title: str) -> str:
    reader = PdfReader(io.BytesIO(data))
    page = next(p.extract_text() for p in reader.pages if p.extract_text().startswith(title))
    return page


def test_each_column_is_as_wide_as_its_longest_word_and_all_fill_the_page():
    columns = [[("Sev.", BOLD, 8), ("4", BOLD, 9)], [("Tydelig faktura", BOLD, 8)],
               [("improving", SANS, 8), ("Status", BOLD, 8)], [("2027-03-01", SANS, 8)],
               [("A long evidence text that may wrap over many lines", SANS, 8)]]
    fractions = (0.05, 0.3, 0.1, 0.05, 0.5)
    for page in (515.0, 380.0):
        widths = fitted_widths(page, fractions, columns)
        assert abs(sum(widths) - page) < 0.01
        for column, w in zip(columns, widths):
            longest = max(width(word, font, size) for text, font, size in column
                          for word in text.split())
            assert w >= longest + 6  # the cell's padding too
    # wide enough: the fractions as they are
    assert fitted_widths(2000.0, fractions, columns) == [2000.0 * f for f in fractions]


def _status_and_dates_whole(text: str) -> None:
    assert re.search(r"\b2027-03-01\b", text), text  # the due date on one line
    assert "2027-0\n" not in text and "improvi\n" not in text
    assert not re.search(r"\bSe\s*\nv\.", text)


def test_a_portrait_register_breaks_no_word(qapp):
    data = build_pdf(find_template("sample-plumber").open(), "A4", "portrait", today=TODAY).data
    text = _register_text(data, "Friction register")
    _status_and_dates_whole(text)
    assert "improving" in text.split()
    assert "branch" in text.split()


def test_a_portrait_register_in_bokmaal_breaks_no_word(qapp):
    loaded = launch.install_translations(qapp, QLocale("nb_NO"))
    try:
        assert "journeymapper" in loaded
        data = build_pdf(find_template("sample-plumber-no").open(), "A4", "portrait",
                         today=TODAY, translate=QCoreApplication.translate).data
    finally:
        launch.remove_translations(qapp)
    text = _register_text(data, "Friksjonsregister")
    _status_and_dates_whole(text)
    assert "Tydelig faktura" in text and "rørleggeren" in text


def test_a_portrait_ownership_matrix_keeps_stage_names_whole_in_even_groups(qapp):
    document = find_template("sample-b2b-software").open()
    data = build_pdf(document, "A4", "portrait", today=TODAY).data
    text = _register_text(data, "Ownership matrix")
    lines = [line.strip() for line in text.splitlines()]
    # each stage's number and name on one line of a header: no word broken
    names = [f"{i} {stage.name}" for i, stage in enumerate(document.stages, start=1)]
    assert all(name in lines for name in names), lines[:40]
    # seven stages that do not fit one table: two tables of four and three, not 6 + 1
    groups = []
    for k, line in enumerate(lines):
        if line == "Owner":
            groups.append(lines[k + 1:lines.index("Total", k)])
    assert sorted(len(g) for g in groups) == [3, 4]
