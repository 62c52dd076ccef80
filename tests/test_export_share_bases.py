"""The leadership PDF says what its shares are of: the register gives the share of all who
enter beside the local one, the sections set an outcome's own share against the branch
arithmetic and report ties, and the legend explains the map's percents."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale

from journeymapper.app import launch
from journeymapper.export.pdf import build_pdf
from journeymapper.io.templates import find_template

TODAY = dt.date(2026, 12, 1)


def pages(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_the_airline_pdf_gives_every_share_its_base(qapp):
    text = pages(build_pdf(find_template("sample-airline").open(), "A4", "portrait",
                           today=TODAY).data)
    register = next(p for p in text if p.startswith("Friction register"))
    # lost luggage: 35 % of those at the crossroads, 0.25 % of all flyers
    assert "35 %; 0.25 % of all entering ‘The flight’" in register
    assert "1 %; 0.71 % of all entering ‘The flight’" in register
    assert "Bad branch: the share of the customers who reach the crossroads" in register
    sections = " ".join(p for p in text if "Micro-journeys" in p or "Lost luggage" in p)
    assert ("complain; stated on the map: 12 % of the customers entering this "
            "micro-journey; by the branch shares: 29 % of those entering ‘The flight’"
            in sections)
    assert ("recommend; stated on the map: 40 % of the customers entering this "
            "micro-journey; by the branch shares: 65 % of those entering ‘Lost luggage’; "
            "0.46 % of all entering ‘The flight’" in sections)
    # Switches airline states 35 %, which the branches confirm: no second number
    assert "churn; stated on the map: 35 % of the customers entering this" in sections
    assert ("churn; stated on the map: 35 % of the customers entering this micro-journey; "
            "by the branch" not in sections)
    assert "1 % of those who reach this step" in sections
    assert ("Weakest link, a tie of 2 steps: Waiting at the gate without information — "
            "lowest customer rating (−2); Did the bag arrive? — highest severity (5, open)."
            in sections)
    assert any("% on an arrow: of those at its start · on an outcome: stated" in page
               for page in text)  # the legend of the map pages


def test_in_bokmaal_the_register_gives_the_share_of_all_in_norwegian(qapp):
    loaded = launch.install_translations(qapp, QLocale("nb_NO"))
    try:
        assert "journeymapper" in loaded
        data = build_pdf(find_template("sample-airline").open(), "A4", "portrait",
                         today=TODAY, translate=QCoreApplication.translate).data
    finally:
        launch.remove_translations(qapp)
    register = next(p for p in pages(data) if p.startswith("Friksjonsregister"))
    assert "35 %; 0,25 % av alle som går inn i ‘The flight’" in register
