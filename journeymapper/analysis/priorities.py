"""The room's priorities: what the dot-voting rounds stored in the map say.

One ranking per round (most votes first, equal votes sharing a rank), for the Insights
panel's findings and the PDF's table; the latest round first, because it is what the
room said last. A step removed since the vote keeps its place under the name it had.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import VoteRound
from .findings import QT_TRANSLATE_NOOP, Finding, Group, Level, Percent, finding, phrase
from ..look.kinds import CONTEXT as KINDS_CONTEXT, kind_spec
from .graph import name

PRIORITIES_SHOWN = 10  # steps listed as findings for the latest round

ROUND = QT_TRANSLATE_NOOP("analysis", "{title} ({day}): {votes} from {people} on {steps}.")
ROUND_NO_DAY = QT_TRANSLATE_NOOP("analysis", "{title}: {votes} from {people} on {steps}.")
PRIORITY = QT_TRANSLATE_NOOP("analysis", "{rank}. {step}: {votes} ({share} of the votes).")
UNTITLED_ROUND = QT_TRANSLATE_NOOP("analysis", "Dot voting")
ONE_VOTE = QT_TRANSLATE_NOOP("analysis", "one vote")
VOTES = QT_TRANSLATE_NOOP("analysis", "{count} votes")
ONE_PERSON = QT_TRANSLATE_NOOP("analysis", "one person")
PEOPLE = QT_TRANSLATE_NOOP("analysis", "{count} people")
ONE_STEP = QT_TRANSLATE_NOOP("analysis", "one step")
STEPS = QT_TRANSLATE_NOOP("analysis", "{count} steps")
REMOVED_STEP = QT_TRANSLATE_NOOP("analysis", "‘{label}’ (no longer on the map)")
UNNAMED_STEP = QT_TRANSLATE_NOOP("analysis", "an untitled step")


@dataclass(frozen=True)
class PriorityRow:
    rank: int                 # 1 for the most votes; equal votes share a rank
    item_id: str
    label: str                # the step's name now, or as the room saw it if it is gone
    votes: int
    share: float              # percent of the round's votes
    on_map: bool


@dataclass(frozen=True)
class RoomPriorities:
    round: VoteRound
    rows: tuple[PriorityRow, ...]


def _ranked(document, round_: VoteRound) -> tuple[PriorityRow, ...]:
    total = round_.total
    rows: list[PriorityRow] = []
    rank, previous = 0, None
    for position, count in enumerate(round_.ranked(), start=1):
        if count.votes != previous:
            rank, previous = position, count.votes
        on_map = document.has_node(count.item_id)
        label = document.node(count.item_id).label if on_map else count.label
        rows.append(PriorityRow(rank, count.item_id, " ".join(label.split()), count.votes,
                                100.0 * count.votes / total if total else 0.0, on_map))
    return tuple(rows)


def room_priorities(document) -> tuple[RoomPriorities, ...]:
    """Every round's ranking, the latest round first."""
    return tuple(RoomPriorities(r, _ranked(document, r)) for r in reversed(document.rounds))


def _counted(n: int, one: str, many: str):
    return phrase(one) if n == 1 else phrase(many, count=n)


def _step(document, row: PriorityRow):
    if row.on_map:
        node = document.node(row.item_id)
        return name(node) if row.label else phrase(kind_spec(node.kind).untitled, KINDS_CONTEXT)
    return phrase(REMOVED_STEP, label=row.label) if row.label else phrase(UNNAMED_STEP)


def priority_findings(document) -> list[Finding]:
    """The latest round in a sentence, then its steps with votes, most first."""
    rankings = room_priorities(document)
    if not rankings:
        return []
    latest = rankings[0]
    round_ = latest.round
    voted = [row for row in latest.rows if row.votes > 0]
    title = f"‘{' '.join(round_.title.split())}’" if round_.title.strip() \
        else phrase(UNTITLED_ROUND)
    counts = dict(votes=_counted(round_.total, ONE_VOTE, VOTES),
                  people=_counted(round_.voters, ONE_PERSON, PEOPLE),
                  steps=_counted(len(round_.counts), ONE_STEP, STEPS))
    on_map = [c.item_id for c in round_.counts if document.has_node(c.item_id)]
    if round_.held is not None:
        found = [finding(Group.PRIORITIES, "vote-round", Level.INFO, ROUND, nodes=on_map,
                         title=title, day=round_.held.isoformat(), **counts)]
    else:
        found = [finding(Group.PRIORITIES, "vote-round", Level.INFO, ROUND_NO_DAY,
                         nodes=on_map, title=title, **counts)]
    for row in voted[:PRIORITIES_SHOWN]:
        found.append(finding(
            Group.PRIORITIES, "room-priority", Level.WARNING if row.rank == 1 else Level.INFO,
            PRIORITY, nodes=[row.item_id] if row.on_map else [], rank=row.rank,
            step=_step(document, row), votes=_counted(row.votes, ONE_VOTE, VOTES),
            share=Percent(row.share)))
    return found
