"""Find: which steps of a map mention a few typed words, in the order a room walks them.

The find bar (Ctrl+F) asks this module; it runs without Qt so the rule is tested
and kept in one place.

**What is searched.** A step's label (a touchpoint's name, a crossroads' question,
an outcome's name), its description, and the name of its owner; a sticky note's
text too (a room calls out "the note about parking" as readily as a step).

**In what order.** Micro-journey by micro-journey, top to bottom, each lane's steps
in flow order (:func:`.flow.lane_orders`, the order presentation mode walks), then
the lane's notes in reading order (stage, left to right, top to bottom). "3 of 7"
counts in this order, and Enter walks it.

**Case and accents.** Case never matters. Accents follow one rule, the one a
browser's find uses: *a plain letter finds its accented forms, an accented letter
finds only itself.* So "o" finds "o", "ø", "ö" and "ó"; "ø" finds only "ø" (and
"Ø"): a Norwegian who types "bør" does not get every "bor", and a visitor at a
keyboard without "å" still finds "på" by typing "pa". Letters spelled with two
plain letters when the key is missing count as those two: "ae" finds "æ", "oe"
finds "œ", "ss" finds "ß" (and "æ" typed finds only "æ"). Every letter typed
narrows the matches, never widens them. Line breaks in labels count as spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from .flow import lane_orders

# Letters that are not a base letter with a mark in Unicode (no decomposition), spelled
# the way a keyboard without them spells them.
_SPELLED = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ħ": "h",
    "ŧ": "t", "ı": "i", "\n": " ", "\r": " ", "\t": " ",
})
# The combining accents of the Latin, Greek and Cyrillic scripts (not the vowel signs of
# scripts such as Devanagari, which are letters of their own).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """``text`` without case or accents, every run of spaces and line breaks one space:
    what a plain letter is compared with.

    Cached: the texts of a map repeat from one typed letter to the next.
    """
    plain = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold().translate(_SPELLED)))
    return _SPACES.sub(" ", plain)


def _exact(char: str) -> str:
    return unicodedata.normalize("NFC", char.casefold())


class Query:
    """Typed words, ready to test texts with (:meth:`matches`)."""

    def __init__(self, text: str) -> None:
        self.text = " ".join(text.split())
        self.folded = fold(self.text)
        # (offset in ``folded``, the letter that must stand there exactly) for each accented
        # letter typed: it finds only itself
        self._exact: list[tuple[int, int, str]] = []
        offset = 0
        for char in unicodedata.normalize("NFC", self.text):
            plain = fold(char)
            if plain != _exact(char) and plain:
                self._exact.append((offset, len(plain), _exact(char)))
            offset += len(plain)

    def __bool__(self) -> bool:
        return bool(self.folded)

    def matches(self, text: str) -> bool:
        if not self.folded or not text:
            return False
        if self.folded not in fold(text):
            return False
        return not self._exact or self._matches_exactly(text)

    def _matches_exactly(self, text: str) -> bool:
        """The slow path, for a query with accented letters: each folded letter knows the
        letter of ``text`` it came from, and an accented letter of the query must meet
        itself there."""
        folded: list[str] = []
        source: list[str] = []
        for char in unicodedata.normalize("NFC", text):
            plain = fold(char)
            if plain == " " and folded and folded[-1].endswith(" "):
                continue  # one space for a run, as fold() has it
            if not plain:
                continue
            folded.append(plain)
            source.extend([_exact(char)] * len(plain))
        haystack = "".join(folded)
        start = haystack.find(self.folded)
        while start >= 0:
            if all(source[start + at + i] == letter
                   for at, width, letter in self._exact for i in range(width)):
                return True
            start = haystack.find(self.folded, start + 1)
        return False


def find_order(document) -> list[str]:
    """Every step and note of the map in the order find walks them (see the module)."""
    stage_pos = {s.id: i for i, s in enumerate(document.stages)}
    notes: dict[str, list] = {}
    for node in document.nodes():
        if not node.is_step:
            notes.setdefault(node.journey_id, []).append(node)
    order: list[str] = []
    steps = lane_orders(document)
    for journey in document.journeys:
        order.extend(steps.get(journey.id, ()))
        lane_notes = notes.get(journey.id, [])
        lane_notes.sort(key=lambda n: (stage_pos.get(n.stage_id, 0), n.x, n.y, n.id))
        order.extend(n.id for n in lane_notes)
    return order


def find_steps(document, text: str, order: list[str] | None = None) -> list[str]:
    """The ids of the steps (and notes) that mention ``text``, in :func:`find_order`.

    ``order`` is that order when the caller already has it (the find bar keeps it
    while the map does not change). An empty or blank ``text`` finds nothing.
    """
    query = Query(text)
    if not query:
        return []
    if order is None:
        order = find_order(document)
    owners = {owner.id: owner.name for owner in document.owners}
    found: list[str] = []
    for node_id in order:
        if not document.has_node(node_id):
            continue
        node = document.node(node_id)
        owner_id = getattr(node, "owner_id", None)
        if (query.matches(node.label) or query.matches(getattr(node, "description", ""))
                or (owner_id is not None and query.matches(owners.get(owner_id, "")))):
            found.append(node_id)
    return found
