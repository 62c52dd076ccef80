"""Find (model/find.py): what it searches, in which order, and how case and accents count.

Qt-free: the find bar only types and shows; the rule is here.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.io.templates import list_templates
from journeymapper.model.find import Query, find_order, find_steps
from journeymapper.model.flow import flow_order

from test_analysis_builder import MapBuilder


def lost_luggage():
    """Two lanes; the second lane's steps added first, so the order is not the order of adding."""
    m = MapBuilder(journeys=("flight", "luggage"),
                   owners=("ground",))
    m.doc.update_owner("ground", name="Bakketjenester Øst")
    m.tp("desk", journey="luggage", label="Report the missing bag at the desk",
         owner_id="ground")
    m.cr("home", journey="luggage", label="Is the bag home within 24 hours?")
    m.chain("desk", "home")
    m.tp("claim", stage="S2", journey="flight", label="Baggage claim")
    m.cr("arrive", stage="S3", journey="flight", label="Did the bag arrive?",
         description="Bags on the belt within 20 minutes")
    m.tp("board", stage="S1", journey="flight", label="Boarding på gaten",
         description="Køen flytter seg sakte")
    m.chain("board", "claim", "arrive")
    m.note("sticky", stage="S1", journey="flight", label="Bagasjebånd\nstopper ofte")
    return m.doc


def test_it_looks_in_labels_questions_descriptions_owners_and_notes():
    doc = lost_luggage()
    assert find_steps(doc, "baggage claim") == ["claim"]           # a touchpoint's label
    assert find_steps(doc, "within 24") == ["home"]                # a crossroads' question
    assert find_steps(doc, "20 minutes") == ["arrive"]              # a description
    assert find_steps(doc, "bakketjenester") == ["desk"]           # the owner's name
    assert find_steps(doc, "stopper") == ["sticky"]                # a sticky note
    assert find_steps(doc, "båND STOPPER") == ["sticky"]           # a line break is a space


def test_matches_come_lane_by_lane_in_flow_order_with_the_notes_after_their_lane():
    doc = lost_luggage()
    assert find_order(doc) == [*flow_order(doc, "flight"), "sticky", *flow_order(doc, "luggage")]
    assert find_order(doc) == ["board", "claim", "arrive", "sticky", "desk", "home"]
    assert find_steps(doc, "bag") == ["claim", "arrive", "sticky", "desk", "home"]


def test_case_never_counts():
    doc = lost_luggage()
    assert find_steps(doc, "BAGGAGE") == find_steps(doc, "baggage") == ["claim"]
    assert find_steps(doc, "BAKKETJENESTER ØST") == ["desk"]


def test_a_plain_letter_finds_its_accented_forms_an_accented_one_only_itself():
    q = Query
    assert q("o").matches("bør") and q("o").matches("Köln") and q("o").matches("bor")
    assert q("ø").matches("BØR") and not q("ø").matches("bor") and not q("ø").matches("Köln")
    assert q("bør").matches("Du bør") and not q("bør").matches("Han bor")
    assert q("bor").matches("Han bor") and q("bor").matches("Du bør")
    assert q("pa").matches("Boarding på gaten") and q("cafe").matches("CAFÉ")
    assert not q("é").matches("cafe") and q("é").matches("Café")
    # a letter a keyboard lacks, spelled with two: ae finds æ, æ finds only æ
    assert q("ae").matches("Kvælende kø") and not q("æ").matches("kvaele")
    assert q("æ").matches("KVÆLE") and q("ss").matches("Straße")
    # mixed: the accented letter must meet itself, the plain ones anything
    assert q("bør pa").matches("Du bør på nett") and not q("bør pa").matches("Du bor pa nett")
    # decomposed text (o + combining diaeresis) is the same text
    assert q("ö").matches("Ko\u0308ln") and q("o").matches("Ko\u0308ln")


def test_blank_finds_nothing_and_unknown_finds_nothing():
    doc = lost_luggage()
    assert find_steps(doc, "") == find_steps(doc, "   ") == []
    assert find_steps(doc, "zeppelin") == []


def test_the_norwegian_sample_finds_with_and_without_its_letters():
    (template,) = [t for t in list_templates() if t.name == "sample-plumber-no"]
    doc = template.open()
    with_letters = [n for n in doc.nodes() if any(c in n.label.lower() for c in "æøå")]
    assert with_letters, "the Norwegian sample has æ, ø or å in its labels"
    node = with_letters[0]
    word = next(w for w in node.label.split() if any(c in w.lower() for c in "æøå"))
    plain = word.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    assert node.id in find_steps(doc, word)
    assert node.id in find_steps(doc, plain)


letters = st.sampled_from(list("aeoøåæäöbdrs ÆØÅ"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(letters, max_size=12), query=st.text(letters, min_size=1, max_size=4),
       more=st.text(letters, min_size=1, max_size=2))
def test_every_letter_typed_narrows_the_matches_never_widens_them(text, query, more):
    """Typing on in the find bar can only take matches away (the bar narrows in place)."""
    if Query(query + more).matches(text):
        assert Query(query).matches(text) or not Query(query)


@settings(max_examples=300, deadline=None)
@given(text=st.text(letters, max_size=12))
def test_a_text_always_finds_itself_and_its_plain_spelling(text):
    if not text.strip():
        return
    assert Query(text).matches(text)
    assert Query(text.upper()).matches(text.lower())
    plain = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a") \
        .replace("ä", "a").replace("ö", "o")
    assert Query(plain).matches(text)
