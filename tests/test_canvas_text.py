"""Canvas text reads whole: lines break between words, what does not fit ends in "…".

A facilitator projecting the map in large print must not see a lane name broken inside
a word, nor a question cut off mid-line. The tests read the lines the items actually
draw (a recording painter stands in for the screen's), in normal and large print, in
English and in Norwegian.
"""

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from journeymapper.canvas import CanvasEditor
from journeymapper.io.templates import find_template
from journeymapper.model import NodeKind
from journeymapper.look import palette as pal
from journeymapper.state import MapSession

ELLIPSIS = "…"
LONG_LANE = "Booking confirmation and follow-up of customer enquiries online"
LONG_LANE_NO = "Bekreftelse og oppfølging av henvendelser på nettsiden før og etter besøket"
# (a diamond grows for its question, up to 1.75 times its size: these need more)
LONG_QUESTION = ("Does the customer understand when the plumber arrives and what the whole "
                 "job will cost before any work starts in the bathroom, and who to call "
                 "when the plumber is late or the job takes longer than the day?")
LONG_QUESTION_NO = ("Får kunden vite når rørleggeren kommer, og hva hele jobben vil koste før "
                    "arbeidet på badet påbegynnes, og hvem hen skal ringe når rørleggeren er "
                    "forsinket eller jobben tar lengre tid enn dagen?")


class Drawn:
    """Stands in for a QPainter: keeps each piece of text drawn, with its font and box."""

    def __init__(self) -> None:
        self.font = None
        self.texts: list[tuple[str, QRectF, object]] = []

    def setFont(self, font) -> None:
        self.font = font

    def drawText(self, rect, flags, text) -> None:
        self.texts.append((text, QRectF(rect), self.font))

    def __getattr__(self, name):  # pens, brushes, shapes: not what this is about
        return lambda *args, **kwargs: None


def _editor(qtbot, template, large, journey_name=None, question=None, label=None):
    doc = find_template(template).open()
    journey = doc.journeys[0]
    if journey_name is not None:
        doc.update_journey(journey.id, name=journey_name)
    crossroads = next(iter(doc.nodes(NodeKind.CROSSROADS)))
    if question is not None:
        doc.update_node(crossroads.id, label=question)
    touchpoint = next(iter(doc.nodes(NodeKind.TOUCHPOINT)))
    if label is not None:
        doc.update_node(touchpoint.id, label=label)
    editor = CanvasEditor(MapSession(doc))
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.scene.set_large_print(large)
    return editor, journey.id, crossroads.id, touchpoint.id


def _lane_lines(editor, journey_id):
    header = editor.scene.lane_header(journey_id)
    painter = Drawn()
    header.paint_header(painter)
    room = header.text_rect()
    # the name's lines are what is drawn inside the name's room (not the band's scale)
    return [(t, r, f) for t, r, f in painter.texts if room.contains(r.center())], room


def _words(lines) -> list[str]:
    return " ".join(lines).split()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("template,name", [("sample-plumber", LONG_LANE),
                                           ("sample-plumber-no", LONG_LANE_NO)],
                         ids=["english", "norwegian"])
def test_a_long_lane_name_breaks_only_between_words(qtbot, template, name, large):
    editor, journey_id, _c, _t = _editor(qtbot, template, large, journey_name=name)
    drawn, room = _lane_lines(editor, journey_id)
    lines = [text for text, _r, _f in drawn]
    assert len(lines) > 1
    # every line ends at a word boundary: together they are the name's words, whole, in
    # order (æ ø å included), nothing cut off, no word split across two lines
    assert _words(lines) == name.split()
    assert not any(ELLIPSIS in line for line in lines)
    for text, rect, font in drawn:
        fm = QFontMetricsF(font)
        assert fm.horizontalAdvance(text) <= room.width() + 0.5, text
        assert room.top() - 0.5 <= rect.top() and rect.bottom() <= room.bottom() + 0.5, text
    # in large print the name is still bigger than a card's label
    assert drawn[0][2].pixelSize() >= editor.scene.style.label_font.pixelSize()
    assert editor.scene.lane_header(journey_id).toolTip() == name


def test_large_print_lane_name_used_to_break_inside_a_word_and_no_longer_does(qtbot):
    # "confirmation" is wider than the lane header at the large header size: the name's
    # type steps down rather than splitting it into "confirmati" + "on"
    editor, journey_id, _c, _t = _editor(qtbot, "sample-plumber", True, journey_name=LONG_LANE)
    lines = [text for text, _r, _f in _lane_lines(editor, journey_id)[0]]
    assert "confirmation" in _words(lines)
    assert all(word in LONG_LANE.split() for word in _words(lines))


def test_a_word_wider_than_the_header_is_the_only_one_split(qtbot):
    giant = "Kundeserviceavdelingsbestillingsbekreftelsesrutinene"
    name = f"Før {giant} og etter"
    editor, journey_id, _c, _t = _editor(qtbot, "sample-plumber-no", True, journey_name=name)
    drawn, room = _lane_lines(editor, journey_id)
    lines = [text for text, _r, _f in drawn]
    assert lines[0] == "Før" and lines[-1].endswith("og etter")
    middle = lines[1:-1] + [lines[-1][:-len("og etter")].strip()]
    assert "".join(middle) == giant  # split without a hyphen, nothing lost
    for text, _rect, font in drawn:
        assert QFontMetricsF(font).horizontalAdvance(text) <= room.width() + 0.5


def _diamond_lines(item):
    painter = Drawn()
    item.paint_diamond_text(painter)
    status = painter.texts[-1]  # the status pill, drawn last
    return painter.texts[:-1], status


def _inside_diamond(item, text, rect, font) -> bool:
    """The line's ink (capital tops to baseline) lies within the diamond's outline."""
    fm = QFontMetricsF(font)
    w, h = item.width, item.height
    half = fm.horizontalAdvance(text) / 2
    top = rect.top() + (rect.height() - fm.height()) / 2
    for y in (top + fm.ascent() - fm.capHeight(), top + fm.ascent()):
        room = w * (1 - abs(y - h / 2) / (h / 2))
        if half > room / 2:
            return False
    return True


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
@pytest.mark.parametrize("template,question", [("sample-plumber", LONG_QUESTION),
                                               ("sample-plumber-no", LONG_QUESTION_NO)],
                         ids=["english", "norwegian"])
def test_an_over_long_question_ends_in_an_ellipsis_inside_the_diamond(qtbot, template,
                                                                      question, large):
    editor, _j, crossroads_id, _t = _editor(qtbot, template, large, question=question)
    item = editor.scene.node_item(crossroads_id)
    drawn, _status = _diamond_lines(item)
    lines = [text for text, _r, _f in drawn]
    assert lines and lines[-1].endswith(ELLIPSIS)
    # what is shown is the question's beginning in whole words (the last one may be
    # shortened before the "…"), with its letters intact
    shown = _words(lines)
    shown[-1] = shown[-1].rstrip(ELLIPSIS)
    words = question.split()
    assert shown[:-1] == words[:len(shown) - 1]
    assert words[len(shown) - 1].startswith(shown[-1].rstrip(",")) and shown[-1]
    assert all(_inside_diamond(item, text, rect, font) for text, rect, font in drawn), lines
    # never below the small size
    assert all(font.pixelSize() >= editor.scene.style.small_font.pixelSize()
               for _t, _r, font in drawn)
    # the full question is in the tooltip, where the pointer rests
    view = editor.view
    view.centerOn(item)
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))  # (a move to where the pointer is: none)
    qtbot.mouseMove(view.viewport(), view.mapFromScene(item.mapToScene(
        QPointF(item.width / 2, item.height / 2))))
    qtbot.waitUntil(lambda: question in item.toolTip(), timeout=2000)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_a_short_question_is_shown_whole_at_a_readable_size(qtbot, large):
    question = "Is the price clear?"
    editor, _j, crossroads_id, _t = _editor(qtbot, "sample-plumber", large, question=question)
    item = editor.scene.node_item(crossroads_id)
    drawn, _status = _diamond_lines(item)
    assert _words([text for text, _r, _f in drawn]) == question.split()
    assert all(_inside_diamond(item, text, rect, font) for text, rect, font in drawn)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_a_card_label_breaks_between_words_or_ends_in_an_ellipsis(qtbot, large):
    label = "Customer receives an extraordinarily comprehensive confirmation email"
    editor, _j, _c, touchpoint_id = _editor(qtbot, "sample-plumber", large, label=label)
    item = editor.scene.node_item(touchpoint_id)
    painter = Drawn()
    item.paint_shape(painter)
    font = item.layout()[4]
    lines = [text for text, _r, f in painter.texts if f is font]
    assert lines
    if lines[-1].endswith(ELLIPSIS):  # cut: whole words up to the last one shown
        shown = _words(lines)
        assert shown[:-1] == label.split()[:len(shown) - 1]
        assert label.split()[len(shown) - 1].startswith(shown[-1].rstrip(ELLIPSIS))
    else:
        assert _words(lines) == label.split()
    fm = QFontMetricsF(font)
    assert all(fm.horizontalAdvance(text) <= item.width for text in lines)
    if not large:  # at normal size the card holds it all, in whole words
        assert _words(lines) == label.split()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_norwegian_card_and_note_text_survive_whole(qtbot, large):
    label = "Rørleggeren bekrefter tiden på SMS"
    editor, _j, _c, touchpoint_id = _editor(qtbot, "sample-plumber-no", large, label=label)
    item = editor.scene.node_item(touchpoint_id)
    painter = Drawn()
    item.paint_shape(painter)
    font = item.layout()[4]
    lines = [text for text, _r, f in painter.texts if f is font]
    assert _words(lines) == label.split()
    notes = [i for i in editor.scene.node_items() if i.node.kind == NodeKind.NOTE]
    for note in notes:
        painter = Drawn()
        note.paint_shape(painter)
        texts = [t for t, _r, _f in painter.texts if not t.startswith("◆")]
        shown = _words(texts)
        if texts and texts[-1].endswith(ELLIPSIS):
            shown[-1] = shown[-1].rstrip(ELLIPSIS)
            assert note.node.label.split()[len(shown) - 1].startswith(shown[-1])
            shown = shown[:-1]
        assert shown == note.node.label.split()[:len(shown)]


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-print"])
def test_a_notes_activity_mark_sits_below_its_text(qtbot, large):
    editor, *_ = _editor(qtbot, "sample-b2b-software", large)
    notes = [i for i in editor.scene.node_items()
             if i.node.kind == NodeKind.NOTE and i.node.company_activity]
    assert notes
    for note in notes:
        painter = Drawn()
        note.paint_shape(painter)
        mark = next(r for t, r, _f in painter.texts if t.startswith("◆"))
        text = [(t, r) for t, r, _f in painter.texts if not t.startswith("◆")]
        assert text and all(r.bottom() <= mark.top() + 0.5 for _t, r in text), text
        assert mark.bottom() <= note.height


def test_a_card_never_shows_an_owner_by_a_letter_or_two(qtbot):
    # "Sales rep · S…" says nothing about the owner: the row ends after a whole word
    editor, _j, _c, touchpoint_id = _editor(qtbot, "sample-airline", True,
                                            label="Check-in")
    doc = editor.session.document
    item = editor.scene.node_item(touchpoint_id)
    owner = doc.owner(item.node.owner_id)
    # (a card grows for its foot line, up to 1.75 times its width: this needs more)
    doc.update_owner(owner.id, name="Sales operations and customer care for the Nordic "
                                    "and Baltic regions, evenings")
    qtbot.waitUntil(lambda: item.owner is not None and item.owner.name.startswith("Sales o"))
    foot_row = item.layout()[2]
    assert foot_row is not None
    shown, room = foot_row[4], foot_row[2]
    assert shown.endswith(ELLIPSIS)
    assert QFontMetricsF(editor.scene.style.small_font).horizontalAdvance(shown) <= room + 0.5
    words = shown[:-1].replace("·", " ").split()
    source = f"{pal.CHANNEL_WORD[item.node.channel.value]} {owner.name}".split()
    assert words[-1] in source or len(words[-1]) >= 4, shown
    assert len(words) >= 2  # the owner's first word is there
