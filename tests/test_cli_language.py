"""The command line speaks the user's language: ``--language``, else the language chosen in
the window, else the locale; the PDF it writes is in that language, tagged with it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from journeymapper import languages
from journeymapper.config.settings import Settings, set_language_choice
from journeymapper.io.templates import find_template

SECTIONS = {
    "da": ["Historien på én side", "Resumé for ledelsen", "Kort", "Friktionsregister",
           "Ejerskabsmatrix", "Mikrorejser"],
    "sv": ["Historien på en sida", "Sammanfattning för ledningen", "Karta", "Friktionsregister",
           "Ägarskapsmatris", "Mikroresor"],
}
LANGUAGE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in LANGUAGE_ENV}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "journeymapper", *args], capture_output=True,
                          text=True, encoding="utf-8", env=environ, timeout=300)


@pytest.mark.parametrize("code", ["da", "sv"])
def test_the_pdf_is_written_in_the_language_asked_for(tmp_path, code):
    out = tmp_path / f"kort-{code}.pdf"
    done = run("export", str(find_template("sample-airline").path), "-o", str(out),
               "--language", code)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert bookmarks == SECTIONS[code]
    assert reader.trailer["/Root"]["/Lang"] == code  # screen readers and search read it so
    text = "\n".join(page.extract_text() for page in reader.pages)
    owner = {"da": "Ejer af kunderejsen", "sv": "Kundresans ägare"}[code]
    of = {"da": "side 1 af", "sv": "sida 1 av"}[code]
    assert owner in text and of in text
    assert "Executive summary" not in text and "Journey owner" not in text
    assert (("Skrev " if code == "da" else "Skrev ") + str(out)) in done.stdout


def test_without_language_the_locale_decides_and_messages_follow_it(tmp_path):
    missing = tmp_path / "mangler.jmap"
    danish = run("check", str(missing), env={"LANG": "da_DK.UTF-8"})
    assert danish.returncode == 1
    assert danish.stderr.strip() == f"Kan ikke åbne »{missing}«: filen findes ikke"
    swedish = run("check", str(missing), env={"LC_ALL": "sv_SE.UTF-8", "LANG": "da_DK.UTF-8"})
    assert swedish.stderr.strip() == f"Kan inte öppna ”{missing}”: filen finns inte"
    german = run("check", str(missing), env={"LANG": "de_DE.UTF-8"})
    assert german.stderr.strip() == f"Cannot open “{missing}”: the file does not exist"


def test_the_language_chosen_in_the_window_wins_over_the_locale(tmp_path):
    set_language_choice("sv", Settings())
    done = run("check", str(find_template("sample-plumber-no").path),
               env={"LANG": "da_DK.UTF-8"})
    assert done.returncode == 0
    assert "mikroresor:" in done.stdout and "kontaktpunkter:" in done.stdout
    assert run("check", str(tmp_path / "x.jmap"), "--language", "en",
               env={"LANG": "da_DK.UTF-8"}).stderr.startswith("Cannot open")


def test_a_broken_map_is_explained_with_plurals_right(tmp_path):
    """Two bad values: "and 1 more problem" in English, "og 1 problem mere" in Danish,
    never "1 problems"."""
    broken = tmp_path / "brudt.jmap"
    broken.write_text('{"format": "journeymapper", "version": 1, "stages": ['
                      '{"id": "s", "name": "Før købet", "width": 5, "farve": "rød"}]}',
                      encoding="utf-8")
    english = run("check", str(broken), "--language", "en").stderr
    danish = run("check", str(broken), "--language", "da").stderr
    swedish = run("check", str(broken), "--language", "sv").stderr
    assert "greater than or equal to 80" in english and "; and 1 more problem " in english
    assert "problems" not in english
    assert "Værdien skal være større end eller lig med 80" in danish
    assert "; og 1 problem mere" in danish and "(i fasen »Før købet«)" in danish
    assert "Värdet måste vara större än eller lika med 80" in swedish
    assert "; och 1 problem till" in swedish


def test_the_help_and_argparse_errors_speak_it_too():
    done = run("export", "--language", "da")
    assert done.returncode == 2
    assert "brug:" in done.stderr and "fejl: følgende argumenter mangler" in done.stderr
    helped = run("check", "--help", "--language", "sv")
    assert "validera" not in helped.stdout  # our words, not a guess at argparse's
    assert "skriv ut analysens fynd" in helped.stdout and "flaggor:" in helped.stdout


def test_the_locale_is_read_as_gettext_reads_it():
    assert languages.from_environment({"LANG": "da_DK.UTF-8"}) == "da"
    assert languages.from_environment({"LANGUAGE": "de:sv", "LANG": "da_DK"}) == "sv"
    assert languages.from_environment({"LC_ALL": "nn_NO.UTF-8"}) == "nb"
    assert languages.from_environment({"LANG": "C.UTF-8"}) == "en"
    assert languages.from_environment({"LANG": "fr_FR", "LC_MESSAGES": "sv_FI"}) == "sv"
    assert languages.from_environment({}) == "en"
