"""Every sentence of the analysis, and every word it puts inside one, comes from the
translatable wording module, and the shipped Bokmål catalogue translates all of it."""

import ast
import datetime as dt
import inspect
import re
import xml.etree.ElementTree as ET

import pytest

import journeymapper.analysis.friction as friction
import journeymapper.analysis.summary as summary
import journeymapper.analysis.wording as wording
from journeymapper.analysis import analyse
from journeymapper.analysis.findings import Group, Joined, Phrase, phrase
from journeymapper.io.resources import resources_dir
from journeymapper.io.templates import find_template

CATALOGUE = resources_dir() / "i18n" / "journeymapper_nb.ts"
TODAY = dt.date(2026, 11, 26)
SAMPLES = ["sample-airline", "sample-dentist", "sample-plumber", "sample-plumber-no",
           "sample-b2b-software"]
# what the analysis used to leave in English inside a Norwegian sentence
ENGLISH = ["lowest customer rating", "highest severity", "lowest rating", "worst severity",
           "of the customers", "take the bad branch", "hand-off", "steps", "untitled",
           "unnamed", "nobody", "unknown (a share", "stop at a dead end", "go round a loop",
           "unaccounted", "no outcome reached", " and ", "too many", "(effort"]
ENGLISH_WORDS = ["open", "investigating", "improving", "complain", "churn", "touchpoint",
                 "crossroads", "step"]


def test_findings_use_only_the_translatable_sentences_and_all_of_them():
    used = set()
    for module in (summary, friction):
        tree = ast.parse(inspect.getsource(module))
        literal_templates = [
            call.args[idx].value for call in ast.walk(tree)
            if isinstance(call, ast.Call) for name, idx in (("finding", 3), ("phrase", 0))
            if getattr(call.func, "id", None) == name
            and len(call.args) > idx and isinstance(call.args[idx], ast.Constant)]
        assert literal_templates == []  # an untranslatable sentence would slip through here
        used |= {node.attr for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "W"}
    defined = {name for name, value in vars(wording).items()
               if name.isupper() and isinstance(value, (str, dict))}
    assert used == defined


def bokmal() -> dict[tuple[str, str], str]:
    """(context, English) → the shipped, finished Norwegian translation."""
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    return found


def variants(name: str):
    """The sample as shipped, and with untitled steps, lane, stage and owner, no shares."""
    yield find_template(name).open()
    doc = find_template(name).open()
    for i, node in enumerate(list(doc.nodes())):
        if i % 3 == 0:
            doc.update_node(node.id, label="")
        elif node.kind.value in ("touchpoint", "crossroads") and i % 3 == 1:
            doc.update_node(node.id, owner_id=None)
    doc.update_journey(doc.journeys[0].id, name="")
    doc.update_stage(doc.stages[-1].id, name="")
    doc.update_owner(doc.owners[0].id, name="")
    for edge in list(doc.edges())[::2]:
        doc.update_edge(edge.id, share=None)
    yield doc


@pytest.mark.parametrize("name", SAMPLES)
def test_in_bokmal_no_english_is_left_inside_a_finding(name):
    nb = bokmal()
    asked = set()

    def translate(context: str, text: str) -> str:
        asked.add((context, text))
        return nb.get((context, text), text)

    for doc in variants(name):
        for f in analyse(doc, TODAY).findings:
            english, norsk = f.sentence, f.text(translate)
            assert norsk != english, english
            users_words = " ".join(n.label for n in doc.nodes()) + " ".join(
                x.name for x in (*doc.stages, *doc.journeys, *doc.owners)) + " ".join(
                n.action for n in doc.nodes() if hasattr(n, "action"))
            for fragment in ENGLISH:
                if fragment in english and fragment not in users_words:
                    assert fragment not in norsk, (fragment, norsk)
            for word in ENGLISH_WORDS:
                if re.search(rf"\b{word}\b", users_words):
                    continue
                assert not re.search(rf"\b{word}\b", norsk), (word, norsk)
    assert not [key for key in asked if key not in nb], "asked for but not in Bokmål"


def test_the_weakest_link_reason_and_status_are_translated_words():
    doc = find_template("sample-plumber-no").open()
    links = {analyse(doc, TODAY).journey(j.id).weakest_link for j in doc.journeys}
    nb = bokmal()
    texts = {link.why.text(lambda c, t: nb.get((c, t), t)) for link in links}
    assert texts == {"laveste kundevurdering (−1)", "høyeste alvorlighet (4, forbedres)"}
    assert {link.reason for link in links} == {"lowest customer rating (−1)",
                                               "highest severity (4, improving)"}


def test_a_broken_translation_of_a_word_falls_back_to_english_not_to_nothing():
    inner = phrase(wording.WEAKEST_BY_SEVERITY, severity=5,
                   status=Phrase(wording.STATUS_WORDS["open"], context="canvas"))
    outer = Joined((inner, "‘Kø’"), "; ")

    def broken(context: str, text: str) -> str:
        if text == wording.WEAKEST_BY_SEVERITY:
            return "høyeste {nonsense}"  # lost its fields
        if context == "canvas":
            raise RuntimeError("no catalogue")
        return text

    assert outer.text(broken) == "highest severity (5, open); ‘Kø’"
    assert str(outer) == "highest severity (5, open); ‘Kø’"


def test_english_sentences_are_unchanged_by_the_translatable_words():
    doc = find_template("sample-plumber").open()
    weakest = [f.sentence for f in analyse(doc, TODAY).of_group(Group.WEAKEST_LINKS)]
    assert ("Friction at ‘Clear invoice’: severity 4, improving, 15 % of the customers who "
            "reach it take the bad branch (everyone entering ‘The job itself’, ‘Expectation’ "
            "reaches it)." in weakest)
    assert all(f.text(None) == f.sentence for f in analyse(doc, TODAY).findings)


def test_shares_in_a_finding_use_the_readers_decimal_mark():
    """"11.2 % of the customers" in English is "11,2 %" in Bokmål; whole shares keep no mark."""
    nb = bokmal()
    doc = find_template("sample-plumber-no").open()
    findings = analyse(doc, TODAY).findings
    english = [f.sentence for f in findings if re.search(r"\d\.\d %", f.sentence)]
    assert english, "the sample has a share with a fraction"
    for f in findings:
        norsk = f.text(lambda c, t: nb.get((c, t), t))
        assert not re.search(r"\d\.\d %", norsk), norsk
        assert re.findall(r"\d+(?:,\d)? %", norsk) == [
            share.replace(".", ",") for share in re.findall(r"\d+(?:\.\d)? %", f.sentence)]
    # a translation that makes no sense as a mark is not used
    from journeymapper.analysis.findings import Percent
    assert Percent(11.25).text(lambda c, t: "12") == "11.2 %"
    assert Percent(11.25).text(lambda c, t: ",") == "11,2 %"
    assert Percent(40.0).text(lambda c, t: ",") == "40 %"
