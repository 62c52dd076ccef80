"""Every word a user reads is translated in every language the program ships, and the
catalogues say what the code says: a string added to the code without its Bokmål, Danish
and Swedish fails here, not in front of a Danish workshop."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from journeymapper.io.resources import resources_dir
from journeymapper.words import LANGUAGE_CODES

I18N = resources_dir() / "i18n"
ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [code for code in LANGUAGE_CODES if code != "en"]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|%\([a-z_]+\)[sr]|%[sr]")
_MNEMONIC = re.compile(r"&(?![A-Za-z]+;)(?=[^\s&])")  # "&Open", not "&nbsp;" or "&&"


def _i18n_script():
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path):
    """(context, source, comment, numerus, translation element) of every message."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (name, message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes", message.find("translation"))


def catalogues() -> list[Path]:
    return [I18N / f"{name}_{code}.ts" for code in TRANSLATED
            for name in ("journeymapper", "qtdialogs")]


def test_every_shipped_language_has_its_catalogues():
    for path in catalogues():
        assert path.is_file(), f"{path.name} is missing"
        assert path.with_suffix(".qm").is_file(), f"{path.name} is not compiled"


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: p.name)
def test_every_message_is_translated_and_keeps_its_placeholders(path):
    """No unfinished message, no empty plural form; each translation keeps the source's
    {fields}, %n and %1 and one & mnemonic where the source has one."""
    problems = []
    count = 0
    for context, source, _comment, numerus, translation in messages(path):
        count += 1
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.findall("numerusform")] if numerus \
            else [translation.text or ""]
        if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"untranslated: [{context}] {source!r}")
            continue
        for text in forms:
            if sorted(set(_PLACEHOLDER.findall(text))) != sorted(set(_PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: [{context}] {source!r} → {text!r}")
            if len(_MNEMONIC.findall(text.replace("&&", ""))) \
                    != len(_MNEMONIC.findall(source.replace("&&", ""))):
                problems.append(f"mnemonic lost or added: [{context}] {source!r} → {text!r}")
    assert count > 0
    assert problems == [], "\n".join(problems)


def test_the_catalogues_hold_the_same_messages_in_every_language():
    keys = {code: {(c, s, d, n) for c, s, d, n, _t in
                   messages(I18N / f"journeymapper_{code}.ts")} for code in TRANSLATED}
    first = keys[TRANSLATED[0]]
    for code in TRANSLATED[1:]:
        assert keys[code] == first, f"journeymapper_{code}.ts differs from the others"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_catalogue_answers_as_its_source_says(code):
    """A .qm not compiled again after its .ts changed would show the old words."""
    for name in ("journeymapper", "qtdialogs"):
        translator = QTranslator()
        assert translator.load(f"{name}_{code}", str(I18N))
        for context, source, comment, numerus, translation in messages(
                I18N / f"{name}_{code}.ts"):
            if numerus:
                forms = [f.text for f in translation.findall("numerusform")]
                assert translator.translate(context, source, comment or None, 1) == forms[0], \
                    (name, code, source)
            else:
                assert translator.translate(context, source, comment or None) \
                    == translation.text, (name, code, context, source)


def test_the_catalogues_are_in_step_with_the_code(tmp_path):
    """``lupdate`` run over the code again finds no string the catalogue lacks and keeps
    none the code no longer has (``packaging/i18n.py update`` was run after the change)."""
    i18n = _i18n_script()
    if shutil.which(i18n.tool("pyside6-lupdate")) is None \
            and not Path(i18n.tool("pyside6-lupdate")).exists():
        pytest.skip("pyside6-lupdate is not installed")
    shipped = I18N / "journeymapper_nb.ts"
    copy = tmp_path / shipped.name
    shutil.copy(shipped, copy)
    try:
        i18n.lupdate([copy])
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"pyside6-lupdate could not run: {exc}")
    before = {(c, s, n) for c, s, _d, n, _t in messages(shipped)}
    after = {(c, s, n) for c, s, _d, n, _t in messages(copy)}
    new = sorted(after - before)
    gone = sorted(before - after)
    assert not new, "strings in the code but not in the catalogues (run " \
        "`.venv/bin/python packaging/i18n.py update` and translate them): " \
        + "; ".join(f"[{c}] {s!r}" for c, s, _n in new[:20])
    assert not gone, "strings in the catalogues that the code no longer has: " \
        + "; ".join(f"[{c}] {s!r}" for c, s, _n in gone[:20])
