"""Steps sized by their words, without Qt: the rules the canvas and the PDF share.

A facilitator types a long label into a card and projects the map in large print: the
card grows to show it whole, up to a sane maximum (then "…", the tooltip has the rest);
a crossroads' question is shown whole inside its diamond; the owner's name on a card is
never cut in large print; and the grown step pushes its neighbours aside instead of
covering them. No template comes near the maximum.
"""

from itertools import combinations

import pytest

from journeymapper.io.templates import list_templates
from journeymapper.look.layout import DrawnLayout
from journeymapper.look.measure import (
    ASCENT_EM,
    CAP_EM,
    line_height,
    text_width,
    type_px,
    wrap,
)
from journeymapper.look.sizing import (
    GROWTH,
    card_content,
    diamond_content,
    pill_content,
    step_content,
    step_size,
)
from journeymapper.look.steps import crossroads_border, step_look
from journeymapper.model import (
    Crossroads,
    JourneyDocument,
    MicroJourney,
    NodeKind,
    Outcome,
    Stage,
    Touchpoint,
)
from journeymapper.model.geometry import NODE_SIZE

CARD_W, CARD_H = NODE_SIZE[NodeKind.TOUCHPOINT]
WORDS = ("Kunden ringer kundesenteret og får ikke svar før etter tjue minutter i kø, "
         "og da er det feil avdeling som tar telefonen og sender hen videre til økonomi "
         "som ber om fakturanummeret på nytt").split()
TEMPLATES = [t for t in list_templates()]


def _owners(document) -> dict:
    return {o.id: o for o in document.owners}


def _text(content) -> str:
    return " ".join(row.text for row in content.label)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_a_longer_label_makes_a_wider_then_taller_card_up_to_its_maximum(large):
    s = 1.5 if large else 1.0
    widest = GROWTH["card"][0] * CARD_W * s
    sizes = []
    for n in range(1, len(WORDS) + 1):
        label = " ".join(WORDS[:n])
        content = card_content(label, "Telefon · Kundeservice", True, large)
        sizes.append(content.size)
        assert CARD_W * s <= content.width <= widest + 1e-6
        assert len(content.label) <= GROWTH["card"][2]
        if not content.cut:
            assert _text(content).split() == label.split()  # whole, in whole words
            assert all(text_width(r.text, content.label_px) <= r.w for r in content.label)
        else:  # only at the maximum, and what shows is the label's beginning
            assert content.width == pytest.approx(widest)
            assert _text(content).endswith("…")
            assert label.startswith(_text(content)[:-1].rstrip())
    widths = [w for w, _ in sizes]
    assert widths == sorted(widths)  # more words never make a card narrower
    assert widths[0] == CARD_W * s  # a short label keeps the normal card
    assert any(w > CARD_W * s for w in widths)  # a longer one widens it …
    assert max(h for _, h in sizes) > CARD_H * s  # … then gives it a fourth line
    assert card_content(" ".join(WORDS), "", False, large).cut  # past the maximum: "…"


def test_the_label_grows_before_it_shrinks_the_type():
    # the label's type is the mode's label size, whatever the length
    short = card_content("Ringer", "", False, False)
    long = card_content(" ".join(WORDS[:14]), "", False, False)
    assert short.label_px == long.label_px == type_px(9.0)
    assert not long.cut and long.width > short.width


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_a_cards_foot_line_shows_the_owner_whole(large):
    # in large print the owner used to be "In person…": said by the stripe's colour alone
    foot = "In person · Ground operations and baggage"
    content = card_content("Bag drop", foot, True, large)
    assert content.foot.text == foot and not content.foot_cut
    assert text_width(foot, type_px(7.5, large)) <= content.foot.w
    # the face keeps clear of it
    face = 20.0 * (1.5 ** 0.5 if large else 1.0)
    assert content.foot.x + content.foot.w <= content.width - face - 4


def _inside_diamond(content, w: float, h: float) -> bool:
    """Every line's ink (capital tops to baseline) lies inside the diamond."""
    px = content.label_px
    half_h = h / 2
    for row in content.label:
        half = text_width(row.text, px) / 2
        top = row.y + (row.h - line_height(px)) / 2
        for y in (top + (ASCENT_EM - CAP_EM) * px, top + ASCENT_EM * px):
            room = w * (1 - abs(y - half_h) / half_h)
            if half > room / 2:
                return False
    return True


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("question", [
    "Pris klar?",
    "Does onboarding know what sales promised?",
    "Får kunden vite når rørleggeren kommer, og hva hele jobben vil koste?",
])
def test_a_diamond_holds_its_whole_question(question, large):
    content = diamond_content(question, crossroads_border(3, large), large)
    assert not content.cut and not content.broken
    assert _text(content).split() == question.split()
    assert _inside_diamond(content, content.width, content.height)
    w0, h0 = NODE_SIZE[NodeKind.CROSSROADS]
    s = 1.5 if large else 1.0
    # grown in its own proportions (still a crossroads at a glance), no more than needed
    assert content.width / content.height == pytest.approx(w0 / h0, rel=0.02)
    smaller = diamond_content(question.split()[0], crossroads_border(3, large), large)
    assert smaller.size == (w0 * s, h0 * s)


def test_a_question_too_long_for_the_largest_diamond_ends_in_an_ellipsis():
    question = " ".join(WORDS) + "?"
    content = diamond_content(question, crossroads_border(5, False), False)
    w0, _h0 = NODE_SIZE[NodeKind.CROSSROADS]
    assert content.cut and _text(content).endswith("…")
    assert content.width == pytest.approx(GROWTH["diamond"][0] * w0)
    assert _inside_diamond(content, content.width, content.height)


def test_an_outcome_grows_for_its_label_and_keeps_its_share():
    short = pill_content("Klager", "12 %", False)
    long = pill_content("Kjøper igjen og anbefaler oss til naboene sine", "12 %", False)
    assert short.size == NODE_SIZE[NodeKind.OUTCOME]
    assert long.width > short.width and not long.cut
    assert _text(long).split() == "Kjøper igjen og anbefaler oss til naboene sine".split()
    assert long.foot.text == "12 %" and long.foot.y >= long.label[-1].y + long.label[-1].h - 0.01


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.name)
def test_no_template_label_is_cut_or_near_the_maximum(template, large):
    document = template.open()
    owners = _owners(document)
    for node in document.nodes():
        content = step_content(node, owners.get(getattr(node, "owner_id", None)), large)
        where = f"{node.kind.value} {node.label!r}"
        assert not content.cut and not content.broken, where
        assert not content.foot_cut, where
        w0, h0 = NODE_SIZE[node.kind]
        s = 1.5 if large else 1.0
        assert content.width < GROWTH[step_look(node).shape][0] * w0 * s, where
        if content.label:  # its words, all of them, in order
            assert _text(content).split() == (node.label or "").split() or not node.label


def test_large_print_scales_the_shapes_with_the_type():
    for node in (Touchpoint(id="t", label="Ringer", stage_id="s", journey_id="j"),
                 Crossroads(id="c", label="Svar?", stage_id="s", journey_id="j"),
                 Outcome(id="o", label="Klager", stage_id="s", journey_id="j")):
        w, h = step_size(node)
        lw, lh = step_size(node, large_print=True)
        assert (lw, lh) == (w * 1.5, h * 1.5)
    assert type_px(9.0, True) == type_px(9.0) * 1.5


def test_a_line_break_the_user_typed_is_kept_and_a_giant_word_is_split():
    laid = wrap("Første linje\nAndre", 12, (200.0, 200.0, 200.0))
    assert laid.lines == ("Første linje", "Andre") and not laid.cut
    giant = "Kundeserviceavdelingsbestillingsbekreftelsesrutinene"
    laid = wrap(giant, 12, (100.0,) * 6)
    assert "".join(laid.lines) == giant and laid.broken >= 1 and not laid.cut


# --- the drawn layout --------------------------------------------------------------

def _row_of_cards(labels, width=600.0):
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Kjøp", width=width))
    document.add_stage(Stage(id="t", name="Etter", width=240))
    document.add_journey(MicroJourney(id="j", name="Reisen", height=300))
    for i, label in enumerate(labels):
        document.add_node(Touchpoint(id=f"n{i}", label=label, stage_id="s", journey_id="j",
                                     x=16 + 200 * i, y=16))
    document.add_node(Touchpoint(id="below", label="Under", stage_id="s", journey_id="j",
                                 x=216, y=120))
    document.add_node(Touchpoint(id="next", label="Neste", stage_id="t", journey_id="j",
                                 x=16, y=16))
    return document


def _size_of(node):
    return step_size(node)


def test_a_grown_step_moves_its_neighbours_and_its_column_instead_of_covering_them():
    plain = _row_of_cards(["Ringer", "Venter", "Svar"])
    long = _row_of_cards([" ".join(WORDS[:16]), "Venter", "Svar"])
    before = DrawnLayout.of(plain, _size_of)
    after = DrawnLayout.of(long, _size_of)
    grown = after.node_rect(long.node("n0")).w - before.node_rect(plain.node("n0")).w
    assert grown > 0
    # the cards right of it move over by as much, the gap between them stays
    for node_id in ("n1", "n2", "below"):
        assert after.node_rect(long.node(node_id)).x == pytest.approx(
            before.node_rect(plain.node(node_id)).x + grown)
    # its column got wider, so the next stage's card moved too and is still in its own
    assert after.column("s").w > before.column("s").w
    nxt = after.node_rect(long.node("next"))
    assert nxt.x >= after.column("t").x
    rects = [after.node_rect(n) for n in long.nodes()]
    for a, b in combinations(rects, 2):
        assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    for rect in rects:  # every step inside its column, above its lane's emotion band
        stage_id, _lane = after.cell_at(rect.x + 1, rect.y + 1)
        column = after.column(stage_id)
        assert column.x <= rect.x and rect.right <= column.right
        assert rect.bottom <= after.emotion_band("j").y


def test_an_edit_lays_out_its_cell_and_says_which_column_grew():
    document = _row_of_cards(["Ringer", "Venter", "Svar"])
    layout = DrawnLayout.of(document, _size_of)
    width = layout.column("s").w
    document.update_node("n1", label=" ".join(WORDS[:16]))
    cell = [n for n in document.nodes() if n.stage_id == "s"]
    moved, stages, lanes = layout.update_cells({("s", "j"): cell})
    assert {"n1", "n2"} <= moved and "n0" not in moved  # only it and what is right of it
    assert stages == {"s"} and layout.column("s").w > width
    assert layout.node_rect(document.node("next")).x == pytest.approx(layout.column("t").x + 16)
    fresh = DrawnLayout.of(document, _size_of)  # the same as laying the map out anew
    for node in document.nodes():
        assert layout.node_rect(node) == fresh.node_rect(node)
    assert layout.column("t") == fresh.column("t") and layout.lane("j") == fresh.lane("j")


def test_a_place_drawn_in_a_spread_cell_is_stored_where_it_was():
    document = _row_of_cards([" ".join(WORDS[:16]), "Venter", "Svar"])
    layout = DrawnLayout.of(document, _size_of)
    for node in document.nodes():
        x, y, _w, _h = layout.placement(node)
        assert layout.stored_offset(node.stage_id, node.journey_id, x, y) == (node.x, node.y)
        assert layout.drawn_offset(node.stage_id, node.journey_id, node.x, node.y) == (x, y)


def test_a_map_whose_steps_keep_their_normal_size_is_drawn_as_stored():
    # (even a step the document places over its cell's edge: nothing grew to move it)
    document = _row_of_cards(["Ringer", "Venter", "Svar"], width=500)
    layout = DrawnLayout.of(document, _size_of)
    stored = DrawnLayout.of(document, lambda node: NODE_SIZE[node.kind])
    assert layout.width == stored.width and layout.height == stored.height
    for node in document.nodes():
        rect = layout.node_rect(node)
        assert (rect.x - layout.cell(node.stage_id, node.journey_id).x, rect.w) == (
            node.x, NODE_SIZE[node.kind][0])
    assert layout.column("s").w == 500  # the third card reaches over its edge, as before


@pytest.mark.parametrize("large", [False, True, "paper"], ids=["normal", "large-print", "paper"])
def test_a_steps_size_is_its_contents_size_whether_or_not_its_words_are_laid_out(large):
    # opening a map sizes every step without wrapping the words that surely fit; the
    # size must be the one their lines give (or a grown step would overlap a neighbour)
    import random

    rng = random.Random(16)
    vocabulary = WORDS + ["Ja", "x", "Rørleggeravdelingens", "follow-up", "…", "12 %"]
    documents = [t.open() for t in TEMPLATES]
    nodes = [(n, _owners(d).get(getattr(n, "owner_id", None))) for d in documents
             for n in d.nodes()]
    for i in range(400):
        label = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 24)))
        node, owner = rng.choice(nodes)
        nodes.append((node.with_changes(label=label) if hasattr(node, "with_changes")
                      else node.model_copy(update={"label": label}), owner))
    paper = large == "paper"
    large = large is True
    for node, owner in nodes:
        assert step_size(node, owner, large, paper=paper) == step_content(
            node, owner, large, paper=paper).size, (node.kind.value, node.label)


def test_on_paper_a_step_grows_by_the_same_rules_at_the_papers_type():
    # the PDF's label is 9 pt in map units (the screen's 12 px): a label that widens a
    # card on the screen may fit the normal card on paper, and one that needs more
    # grows there too, by the same steps and up to the same maximum
    short = Touchpoint(id="t", label="Bag drop and security queue", stage_id="s",
                       journey_id="j")
    long = short.model_copy(update={"label": " ".join(WORDS[:20])})
    assert step_size(short, paper=True) == (CARD_W, CARD_H)
    assert step_size(long, paper=True)[0] > CARD_W
    assert step_size(long, paper=True)[0] < step_size(long)[0]
    assert step_size(long, paper=True)[0] <= GROWTH["card"][0] * CARD_W
    content = step_content(long, paper=True)
    assert content.label_px == 9.0 and not content.cut
    assert _text(content).split() == long.label.split()
