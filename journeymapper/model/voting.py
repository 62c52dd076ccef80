"""Dot voting: a room's votes on the map's friction points, and the rules of a round.

A facilitator opens a *round* on some steps (usually the crossroads); everybody in
the room gets a few votes (dots) to put on the points they find worst, from their
phones or on the laptop. While the round is open the votes live in a :class:`Tally`
(in memory, shared by the window and the voting server's threads); closing the round
writes one :class:`VoteRound` into the map, in one transaction (one undo step).

What the map keeps is the room's *result*, never who voted: the title, the rules, the
day, how many people took part and how many votes each step got (with the step's name
as the room saw it, so the record still reads after a rename or a removal). The phones'
tokens stay in the tally and are gone when the round closes.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from dataclasses import dataclass
from typing import Annotated, Iterable, Mapping, Sequence

from pydantic import Field, model_validator

from .elements import MAX_LABEL, Element, Id, Label, new_id

MAX_VOTES_PER_PERSON = 20
MAX_ROUND_ITEMS = 500          # what one round may put before a room (and a phone's screen)
MAX_VOTERS = 1_000             # phones in one round; more is not a room
MAX_COUNT = 1_000_000
DEFAULT_VOTES_PER_PERSON = 3

Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]


class VoteCount(Element):
    """How many votes one step got in a round; ``label`` is its name when the room voted."""

    item_id: Id
    label: Label = ""
    votes: Count = 0


class VoteRound(Element):
    """One closed round of dot voting: the room's priorities, without personal data."""

    id: Id = Field(default_factory=new_id)
    title: Label = ""
    held: _dt.date | None = None                       # the day the round closed
    votes_per_person: Annotated[int, Field(ge=1, le=MAX_VOTES_PER_PERSON)] = \
        DEFAULT_VOTES_PER_PERSON
    stacking: bool = False                             # may one person put several on one step
    voters: Annotated[int, Field(ge=0, le=MAX_COUNT)] = 0  # how many took part (not who)
    counts: Annotated[tuple[VoteCount, ...], Field(max_length=MAX_ROUND_ITEMS)] = ()

    @model_validator(mode="after")
    def _one_count_per_step(self) -> "VoteRound":
        seen: set[str] = set()
        for count in self.counts:
            if count.item_id in seen:
                raise ValueError(f"the round counts step {count.item_id} twice")
            seen.add(count.item_id)
        return self

    @property
    def total(self) -> int:
        return sum(c.votes for c in self.counts)

    def votes_for(self, item_id: str) -> int | None:
        """The step's votes in this round; None when the round was not about it."""
        for count in self.counts:
            if count.item_id == item_id:
                return count.votes
        return None

    def ranked(self) -> list[VoteCount]:
        """The counts, most votes first; ties keep the order the room saw them in."""
        return sorted(self.counts, key=lambda c: -c.votes)


def latest_votes(rounds: Sequence[VoteRound]) -> dict[str, tuple[VoteRound, int]]:
    """For each step voted on, the latest round about it and its votes there.

    A map may hold several rounds (the morning's, the afternoon's); what the room said
    last about a step is what the friction register shows.
    """
    found: dict[str, tuple[VoteRound, int]] = {}
    for round_ in rounds:  # in order: later rounds overwrite earlier ones
        for count in round_.counts:
            found[count.item_id] = (round_, count.votes)
    return found


# --- the open round ------------------------------------------------------------------

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
DESK = "desk"  # the laptop's own pool: votes entered by the facilitator, no limit


class VoteRefused(ValueError):
    """A vote the round's rules refuse; ``reason`` is a stable word for the phone page
    ("unknown-item", "no-votes-left", "no-stacking", "nothing-to-take-back", "closed",
    "room-full", "bad-token")."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class RoundItem:
    """A step put to the vote, as the phones list it."""

    id: str
    label: str


@dataclass(frozen=True)
class RoundRules:
    title: str
    votes_per_person: int = DEFAULT_VOTES_PER_PERSON
    stacking: bool = False


@dataclass(frozen=True)
class TallyView:
    """The tally at one moment: what the screen shows."""

    counts: Mapping[str, int]
    voters: int
    total: int
    version: int


class Tally:
    """The open round's votes, safe to use from any thread (no Qt).

    The voting server's threads cast and take back votes for the phones' tokens; the
    window's thread reads :meth:`view` to draw the dots and enters the laptop's votes
    (token :data:`DESK`, which has no limit). Each phone has ``votes_per_person``
    votes; with ``stacking`` off it may give a step at most one. A vote can be taken
    back until the round closes. Every rule is checked under one lock, so thirty
    phones voting at once give exact counts.
    """

    def __init__(self, items: Iterable[RoundItem], rules: RoundRules,
                 max_voters: int = MAX_VOTERS) -> None:
        self.items: tuple[RoundItem, ...] = tuple(items)
        if not self.items:
            raise ValueError("a round needs at least one step to vote on")
        if len(self.items) > MAX_ROUND_ITEMS:
            raise ValueError(f"a round can put at most {MAX_ROUND_ITEMS} steps to the vote")
        if len({i.id for i in self.items}) != len(self.items):
            raise ValueError("a step is listed twice in the round")
        if not 1 <= rules.votes_per_person <= MAX_VOTES_PER_PERSON:
            raise ValueError(f"votes per person must be 1 to {MAX_VOTES_PER_PERSON}")
        self.rules = rules
        self.max_voters = max_voters
        self._ids = frozenset(i.id for i in self.items)
        self._lock = threading.Lock()
        self._ballots: dict[str, dict[str, int]] = {}  # token -> item -> votes
        self._counts: dict[str, int] = {i.id: 0 for i in self.items}
        self._version = 0
        self._closed = False
        self._listeners: list = []

    # --- listening (any thread: a listener must only post on, never block) ----------
    def subscribe(self, listener) -> None:
        """``listener()`` is called after every change, in the thread that made it."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    # --- voting ------------------------------------------------------------------
    def is_item(self, item_id: str) -> bool:
        return item_id in self._ids

    def vote(self, token: str, item_id: str) -> dict[str, int]:
        """Give ``item_id`` one of ``token``'s votes; the token's ballot after it."""
        with self._lock:
            ballot = self._ballot_for(token, create=True, item_id=item_id)
            if token != DESK:
                if sum(ballot.values()) >= self.rules.votes_per_person:
                    raise VoteRefused("no-votes-left", "every vote is used; take one back "
                                                       "to vote for another step")
                if not self.rules.stacking and ballot.get(item_id, 0) >= 1:
                    raise VoteRefused("no-stacking", "one vote per step in this round")
            ballot[item_id] = ballot.get(item_id, 0) + 1
            self._counts[item_id] += 1
            self._version += 1
            mine = dict(ballot)
        self._changed()
        return mine

    def unvote(self, token: str, item_id: str) -> dict[str, int]:
        """Take back one of ``token``'s votes on ``item_id``."""
        with self._lock:
            ballot = self._ballot_for(token, create=False, item_id=item_id)
            if ballot.get(item_id, 0) < 1:
                raise VoteRefused("nothing-to-take-back", "there is no vote on this step "
                                                          "to take back")
            ballot[item_id] -= 1
            if not ballot[item_id]:
                del ballot[item_id]
            self._counts[item_id] -= 1
            self._version += 1
            mine = dict(ballot)
        self._changed()
        return mine

    def _ballot_for(self, token: str, create: bool, item_id: str) -> dict:
        """(Under the lock.) The token's ballot, after the checks every request passes."""
        if self._closed:
            raise VoteRefused("closed", "the round is closed")
        if token != DESK and not TOKEN.match(token or ""):
            raise VoteRefused("bad-token", "the phone's token is not valid")
        if item_id not in self._ids:
            raise VoteRefused("unknown-item", "that step is not in this round")
        ballot = self._ballots.get(token)
        if ballot is None:
            if not create:
                return {}
            if token != DESK and self._phones() >= self.max_voters:
                raise VoteRefused("room-full", "the round has as many phones as it takes")
            ballot = self._ballots[token] = {}
        return ballot

    def _phones(self) -> int:
        return sum(1 for t in self._ballots if t != DESK)

    # --- reading -------------------------------------------------------------------
    def ballot(self, token: str) -> dict[str, int]:
        with self._lock:
            return dict(self._ballots.get(token, {}))

    def votes_left(self, token: str) -> int:
        with self._lock:
            used = sum(self._ballots.get(token, {}).values())
        return max(0, self.rules.votes_per_person - used)

    def view(self) -> TallyView:
        with self._lock:
            counts = dict(self._counts)
            voters = sum(1 for b in self._ballots.values() if any(b.values()))
            return TallyView(counts, voters, sum(counts.values()), self._version)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, held: _dt.date | None = None) -> VoteRound:
        """End the round: no more votes; the result to store in the map (no tokens).

        ``voters`` counts the phones that still have a vote on a step, and the laptop as
        one more when votes were entered there.
        """
        with self._lock:
            self._closed = True
            counts = tuple(VoteCount(item_id=i.id, label=i.label[:MAX_LABEL],
                                     votes=self._counts[i.id]) for i in self.items)
            voters = sum(1 for b in self._ballots.values() if any(b.values()))
            self._ballots.clear()  # the tokens go with the round
        self._changed()
        return VoteRound(title=self.rules.title[:MAX_LABEL], held=held or _dt.date.today(),
                         votes_per_person=self.rules.votes_per_person,
                         stacking=self.rules.stacking, voters=voters, counts=counts)
