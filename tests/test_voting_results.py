"""What a stored round says afterwards: the ranking, the Insights findings, the PDF's
"room's priorities" (no Qt)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from journeymapper.analysis import analyse
from journeymapper.analysis.findings import Group, Level
from journeymapper.analysis.priorities import priority_findings, room_priorities
from journeymapper.export.pdf import build_pdf
from journeymapper.io.templates import find_template
from journeymapper.model import NodeKind, VoteCount, VoteRound


def _voted():
    document = find_template("sample-airline").open()
    crossroads = sorted(document.nodes(NodeKind.CROSSROADS), key=lambda n: n.label)
    morning = VoteRound(id="r1", title="Morgenrunden", held=dt.date(2026, 3, 5), voters=3,
                        counts=(VoteCount(item_id=crossroads[0].id, label="x", votes=2),))
    counts = tuple(VoteCount(item_id=n.id, label=n.label, votes=v)
                   for n, v in zip(crossroads, (9, 12, 0, 9)))
    counts += (VoteCount(item_id="gone", label="Kofferten – ødelagt", votes=3),)
    latest = VoteRound(id="r2", title="Hva haster mest?", held=dt.date(2026, 3, 6),
                       voters=11, counts=counts)
    document.add_round(morning)
    document.add_round(latest)
    return document, crossroads


def test_the_latest_round_is_ranked_first_with_equal_votes_sharing_a_rank():
    document, crossroads = _voted()
    latest, earlier = room_priorities(document)
    assert latest.round.title == "Hva haster mest?" and earlier.round.title == "Morgenrunden"
    assert [(r.rank, r.votes) for r in latest.rows] == [(1, 12), (2, 9), (2, 9), (4, 3),
                                                        (5, 0)]
    assert latest.rows[0].item_id == crossroads[1].id and latest.rows[0].on_map
    gone = latest.rows[3]
    assert not gone.on_map and gone.label == "Kofferten – ødelagt"
    assert abs(sum(r.share for r in latest.rows) - 100) < 1e-9


def test_insights_say_what_the_room_voted_and_point_at_the_steps():
    document, crossroads = _voted()
    found = priority_findings(document)
    assert found[0].kind == "vote-round"
    assert found[0].sentence == ("‘Hva haster mest?’ (2026-03-06): 33 votes from 11 people "
                                 "on 5 steps.")
    top = found[1]
    assert top.level == Level.WARNING and top.node_ids == (crossroads[1].id,)
    assert top.sentence == f"1. ‘{crossroads[1].label}’: 12 votes (36.4 % of the votes)."
    removed = next(f for f in found if "Kofferten" in f.sentence)
    assert removed.node_ids == () and "no longer on the map" in removed.sentence
    assert len(found) == 1 + 4  # the step with no votes is not a priority
    groups = [g for g, _ in analyse(document).by_group()]
    assert Group.PRIORITIES in groups
    assert groups.index(Group.PRIORITIES) == groups.index(Group.WEAKEST_LINKS) + 1
    assert Group.PRIORITIES not in [g for g, _ in analyse(
        find_template("sample-airline").open()).by_group()]


def test_the_pdf_has_the_rooms_priorities_only_when_the_room_voted():
    document, crossroads = _voted()
    reader = PdfReader(io.BytesIO(build_pdf(document, today=dt.date(2026, 3, 7)).data))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "The room's priorities" in titles
    page = next(p.extract_text() for p in reader.pages
                if "The room's priorities" in p.extract_text()
                and "Morgenrunden" in p.extract_text())
    flat = " ".join(page.split())
    assert "Hva haster mest? · 2026-03-06 · 33 votes from 11 people" in flat
    assert f"1 {crossroads[1].label}" in flat and "12 ●●●●●●●●●●" in flat
    assert "Kofferten – ødelagt no longer on the map 3 ●●●" in flat
    assert flat.index("Hva haster mest?") < flat.index("Morgenrunden")  # latest first
    plain = PdfReader(io.BytesIO(build_pdf(find_template("sample-airline").open(),
                                           today=dt.date(2026, 3, 7)).data))
    assert all("The room's priorities" not in p.extract_text() for p in plain.pages)
