"""The look's spec, without Qt: one rule per kind of step and arrow."""

from __future__ import annotations

import subprocess
import sys

from journeymapper.look import arrow_look, initials, step_look
from journeymapper.look import palette as pal
from journeymapper.look.steps import crossroads_fill, lightness
from journeymapper.model import (
    Crossroads,
    EdgeKind,
    Note,
    Outcome,
    OutcomeKind,
    Owner,
    Sentiment,
    Touchpoint,
)

WHERE = {"stage_id": "s", "journey_id": "j"}
DARK = Owner(id="o", name="Baggage services", colour="#0072B2")
LIGHT = Owner(id="p", name="Kundeservice", colour="#F0E442")


def test_a_crossroads_is_tinted_in_five_strengths_and_bordered_heavier_for_worse():
    looks = [step_look(Crossroads(severity=s, **WHERE)) for s in range(1, 6)]
    fills = [look.fill for look in looks]
    assert len(set(fills)) == 5
    assert [lightness(f) for f in fills] == sorted((lightness(f) for f in fills), reverse=True)
    widths = [look.border.width for look in looks]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    assert [look.badge("severity").text for look in looks] == ["1", "2", "3", "4", "5"]
    assert crossroads_fill(5) != pal.SEVERITY_FILL[4]  # tinted, so the question reads


def test_a_crossroads_names_its_owner_in_initials_readable_on_their_colour():
    dark = step_look(Crossroads(**WHERE), DARK).owner_marker
    light = step_look(Crossroads(**WHERE), LIGHT).owner_marker
    nobody = step_look(Crossroads(**WHERE), None).owner_marker
    assert (dark.kind, dark.text, dark.text_colour) == ("tag", "BS", pal.PAPER)
    assert (light.text, light.text_colour) == ("Ku", pal.INK)
    assert nobody.colour is None and nobody.text == "" and nobody.hatch


def test_initials_of_names_with_letters_beyond_ascii():
    assert initials("Økonomi og åpningstider") == "ØOÅ"
    assert initials("ærlig") == "Ær"
    assert initials("  -  ") == "?"


def test_a_touchpoint_has_an_owner_stripe_that_widens_in_large_print():
    node = Touchpoint(rating=-1, **WHERE)
    normal, large = step_look(node, DARK), step_look(node, DARK, large_print=True)
    assert normal.owner_marker.kind == "stripe" and normal.owner_marker.colour == DARK.colour
    assert large.owner_marker.rect[2] > normal.owner_marker.rect[2]
    assert large.border.width == normal.border.width * pal.LARGE_PRINT
    assert large.label.size > normal.label.size
    assert normal.badge("rating").text == "bad"


def test_outcomes_tell_their_kind_by_border_not_colour_alone():
    border = {k: step_look(Outcome(outcome=k, **WHERE)).border for k in OutcomeKind}
    assert border[OutcomeKind.LOYAL].double and not border[OutcomeKind.LOYAL].dash
    assert border[OutcomeKind.COMPLAIN].dash
    churn = border[OutcomeKind.CHURN]
    assert churn.width > border[OutcomeKind.LOYAL].width and churn.inset > 0


def test_a_note_has_a_folded_corner_and_speaks_in_the_small_type():
    look = step_look(Note(**WHERE))
    assert look.shape == "note" and look.fold > 0
    assert look.label.size == pal.SMALL_PT and look.label.max_lines == 5


def test_branches_differ_by_line_and_mark_as_well_as_colour():
    good, bad, neutral = (arrow_look(EdgeKind.BRANCH, s) for s in
                          (Sentiment.GOOD, Sentiment.BAD, Sentiment.NEUTRAL))
    flow = arrow_look(EdgeKind.FLOW, Sentiment.BAD)
    assert (good.dash, good.mark) == ((), "✓")
    assert bad.dash and bad.mark == "✗" and bad.label_ink != pal.INK
    assert neutral.dash and neutral.dash != bad.dash
    assert (flow.colour, flow.dash, flow.mark) == (pal.INK, (), "")
    # no thin greys on a projector; the dots still say it
    assert arrow_look(EdgeKind.BRANCH, Sentiment.NEUTRAL, True).colour == pal.INK


def test_the_look_runs_without_qt():
    code = ("import sys; import journeymapper.look, journeymapper.look.arrows; "
            "assert not any(m.startswith('PySide6') for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
