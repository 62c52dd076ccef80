"""The phone page: its words in every language it speaks, and nothing but itself."""

from __future__ import annotations

import re

import pytest

from journeymapper.voting import page as page_module
from journeymapper.voting.page import CONTENT_SECURITY_POLICY, WORDS, page, pick_language

FIELD = re.compile(r"\{[^{}]*\}")


def test_every_language_has_every_word_with_the_same_fields():
    english = WORDS["en"]
    assert set(WORDS) >= {"en", "nb", "da", "sv"}
    for language, words in WORDS.items():
        assert set(words) == set(english), language
        for key, text in words.items():
            assert text.strip(), (language, key)
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(english[key])), \
                (language, key)
    # the Nordic letters are there, not escaped away
    assert "ø" in WORDS["nb"]["no-votes-left"] or "ø" in "".join(WORDS["nb"].values())
    assert "ä" in "".join(WORDS["sv"].values()) and "æ" in "".join(WORDS["da"].values())


@pytest.mark.parametrize("header, language", [
    (None, "en"), ("", "en"), ("nb-NO,nb;q=0.9,en;q=0.8", "nb"), ("no", "nb"),
    ("nn-NO", "nb"), ("sv-SE", "sv"), ("da-DK,da;q=0.9", "da"), ("de-DE,fr;q=0.7", "en"),
    ("de;q=1, sv;q=0.4, da;q=0.6", "da"), ("en-GB;q=0.3, nb;q=0.8", "nb"),
    ("sv;q=0, nb;q=0.1", "nb"), ("*", "en"), ("x" * 10_000, "en"), ("nb;q=abc", "en"),
])
def test_the_page_speaks_the_phones_first_language_it_knows(header, language):
    assert pick_language(header) == language


def test_the_page_runs_only_its_own_script_and_style():
    html = page("nb").decode("utf-8")
    assert '<html lang="nb">' in html
    assert "src=" not in html and "href=" not in html and "http" not in html.lower() \
        .replace("http-equiv", "")
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert scripts == [page_module._SCRIPT]
    assert page_module._hash(page_module._SCRIPT) in CONTENT_SECURITY_POLICY
    assert page_module._hash(page_module._STYLE) in CONTENT_SECURITY_POLICY
    assert "innerHTML" not in page_module._SCRIPT  # the map's words are text, never markup


def test_a_word_cannot_end_the_words_block():
    words = dict(WORDS["en"], heading="</script><script>alert(1)</script>")
    original = WORDS["en"]
    try:
        WORDS["en"] = words
        html = page("en").decode("utf-8")
    finally:
        WORDS["en"] = original
    block = html.split('<script type="application/json" id="words">', 1)[1]
    assert block.index("</script>") > block.index("\\u003c/script>")
    assert "<h1>&lt;/script&gt;" in html
