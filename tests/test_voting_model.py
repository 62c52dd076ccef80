"""Dot voting's rules and record, without Qt: the open round's tally, the stored round,
the file format's upgrade to version 2."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest

from journeymapper import io
from journeymapper.io import jmap
from journeymapper.io.templates import find_template
from journeymapper.model import JourneyDocument, VoteCount, VoteRound
from journeymapper.model.voting import (
    DESK,
    RoundItem,
    RoundRules,
    Tally,
    VoteRefused,
    latest_votes,
)

ITEMS = [RoundItem("a", "Bagasjen forsvant"), RoundItem("b", "Køen ved skranken"),
         RoundItem("c", "Appen krasjer")]
PHONE, OTHER = "p" * 32, "q" * 32


def tally(votes=3, stacking=False, **kw) -> Tally:
    return Tally(ITEMS, RoundRules("Verste veiskille", votes, stacking), **kw)


def refused(reason, call, *args):
    with pytest.raises(VoteRefused) as info:
        call(*args)
    assert info.value.reason == reason


def test_each_phone_has_its_votes_and_one_per_step_without_stacking():
    t = tally(votes=2)
    assert t.vote(PHONE, "a") == {"a": 1}
    refused("no-stacking", t.vote, PHONE, "a")
    assert t.vote(PHONE, "b") == {"a": 1, "b": 1}
    refused("no-votes-left", t.vote, PHONE, "c")
    assert t.votes_left(PHONE) == 0
    t.vote(OTHER, "a")
    view = t.view()
    assert view.counts == {"a": 2, "b": 1, "c": 0} and view.total == 3 and view.voters == 2


def test_stacking_lets_a_phone_put_every_vote_on_one_step_and_take_them_back():
    t = tally(votes=3, stacking=True)
    for _ in range(3):
        t.vote(PHONE, "c")
    refused("no-votes-left", t.vote, PHONE, "c")
    assert t.unvote(PHONE, "c") == {"c": 2}
    assert t.vote(PHONE, "a") == {"c": 2, "a": 1}
    refused("nothing-to-take-back", t.unvote, PHONE, "b")
    refused("nothing-to-take-back", t.unvote, OTHER, "c")  # not someone else's vote
    assert t.view().counts == {"a": 1, "b": 0, "c": 2}


def test_refused_votes_change_nothing():
    t = tally()
    t.vote(PHONE, "a")
    before = t.view()
    refused("unknown-item", t.vote, PHONE, "zzz")
    refused("bad-token", t.vote, "short", "a")
    refused("bad-token", t.vote, "x" * 20 + "<script>", "a")
    refused("no-stacking", t.vote, PHONE, "a")
    after = t.view()
    assert (after.counts, after.voters, after.version) == (before.counts, before.voters,
                                                            before.version)


def test_the_laptop_enters_votes_without_a_limit_and_takes_only_its_own_back():
    t = tally(votes=1)
    t.vote(PHONE, "b")
    for _ in range(5):
        t.vote(DESK, "b")
    refused("nothing-to-take-back", t.unvote, DESK, "a")
    t.unvote(DESK, "b")
    assert t.view().counts["b"] == 5


def test_a_full_room_refuses_a_new_phone_but_not_the_phones_in_it():
    t = tally(max_voters=2)
    t.vote("1" * 20, "a")
    t.vote("2" * 20, "a")
    refused("room-full", t.vote, "3" * 20, "a")
    t.vote("1" * 20, "b")
    t.vote(DESK, "c")  # the laptop is not a phone


def test_thirty_phones_voting_at_once_are_counted_exactly():
    t = tally(votes=3, stacking=True)
    tokens = [f"phone-{i:02d}-" + "x" * 16 for i in range(30)]
    start = threading.Barrier(30)

    def phone(i: int) -> None:
        start.wait()
        for step in ("a", "b", "c", "a"):  # the fourth is one too many
            try:
                t.vote(tokens[i], step)
            except VoteRefused:
                pass
        if i % 3 == 0:
            t.unvote(tokens[i], "b")

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert t.view().counts == {"a": 30, "b": 20, "c": 30}
    assert t.view().voters == 30


def test_closing_gives_the_result_without_any_token_and_refuses_later_votes():
    t = tally()
    t.vote(PHONE, "a")
    t.vote(OTHER, "a")
    t.vote(OTHER, "c")
    result = t.close(held=dt.date(2026, 3, 5))
    assert result.title == "Verste veiskille" and result.held == dt.date(2026, 3, 5)
    assert [(c.item_id, c.label, c.votes) for c in result.counts] == [
        ("a", "Bagasjen forsvant", 2), ("b", "Køen ved skranken", 0), ("c", "Appen krasjer", 1)]
    assert result.voters == 2 and result.total == 3
    assert PHONE not in result.model_dump_json() and OTHER not in result.model_dump_json()
    refused("closed", t.vote, PHONE, "b")
    assert [c.item_id for c in result.ranked()] == ["a", "c", "b"]


def test_a_round_names_each_step_once():
    with pytest.raises(ValueError, match="twice"):
        VoteRound(counts=(VoteCount(item_id="a", votes=1), VoteCount(item_id="a", votes=2)))
    with pytest.raises(ValueError):
        Tally([RoundItem("a", "x"), RoundItem("a", "y")], RoundRules("t"))
    with pytest.raises(ValueError):
        Tally([], RoundRules("t"))


def test_the_latest_round_about_a_step_is_what_counts():
    first = VoteRound(title="Morgen", counts=(VoteCount(item_id="a", votes=4),
                                              VoteCount(item_id="b", votes=1)))
    second = VoteRound(title="Ettermiddag", counts=(VoteCount(item_id="a", votes=7),))
    found = latest_votes([first, second])
    assert found["a"] == (second, 7) and found["b"] == (first, 1)


def _with_rounds() -> JourneyDocument:
    document = find_template("sample-airline").open()
    crossroads = [n for n in document.nodes() if n.kind.value == "crossroads"][:3]
    document.add_round(VoteRound(
        id="round1", title="Hva haster mest? «æøå»", held=dt.date(2026, 3, 5), voters=9,
        stacking=True, counts=tuple(VoteCount(item_id=n.id, label=n.label, votes=5 - i)
                                    for i, n in enumerate(crossroads))))
    return document


def test_rounds_are_saved_opened_and_undone_like_the_rest_of_the_map(tmp_path):
    document = _with_rounds()
    raw = io.dumps(document)
    assert json.loads(raw)["version"] == 2 and json.loads(raw)["rounds"][0]["voters"] == 9
    opened = io.loads(raw)
    assert opened.rounds == document.rounds
    assert io.dumps(opened) == raw
    assert jmap._open_current(raw) is not None, "a sound file with rounds takes the fast path"
    # the careful path opens it the same
    assert jmap.from_data(json.loads(raw)).rounds == document.rounds
    # removing a round is one transaction that replays backwards exactly
    with document.transaction("Remove round") as edit:
        document.remove_round("round1")
    assert document.rounds == ()
    document.replay(edit.changes, backwards=True)
    assert document.rounds == opened.rounds
    # a snapshot (the panels' worker) sees the rounds too
    assert document.snapshot().rounds == document.rounds


def test_a_version_1_file_is_upgraded_to_version_2_on_opening(tmp_path):
    """Maps saved before dot voting open with no rounds and are saved as version 2."""
    current = json.loads(io.dumps(find_template("sample-dentist").open()))
    old = {k: v for k, v in current.items() if k != "rounds"}
    old["version"] = 1
    path = tmp_path / "gammel.jmap"
    path.write_text(json.dumps(old, ensure_ascii=False, indent=2), encoding="utf-8")
    document = io.load(path)
    assert document.rounds == () and document.node_count() == len(old["nodes"])
    io.save(document, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["rounds"] == []


def test_a_broken_round_in_a_file_is_refused_at_its_place():
    data = json.loads(io.dumps(_with_rounds()))
    data["rounds"][0]["counts"][1]["votes"] = -3
    with pytest.raises(io.JourneyFileError) as info:
        io.loads(json.dumps(data).encode(), "kart.jmap")
    assert info.value.where.startswith("$.rounds[0].counts[1].votes")
    assert "voting round" in info.value.problem
    data = json.loads(io.dumps(_with_rounds()))
    data["rounds"][0]["tokens"] = ["p" * 32]  # no field for who voted
    with pytest.raises(io.JourneyFileError, match="not a field"):
        io.loads(json.dumps(data).encode(), "kart.jmap")


def test_an_autosave_keeps_the_rooms_rounds(tmp_path):
    """A crash after a round was stored must not lose the room's votes."""
    from journeymapper.config.autosave import MapSnapshot, read_autosave, write_autosave

    document = _with_rounds()
    file = tmp_path / "kart.jmap-autosave"
    write_autosave(file, MapSnapshot.of(document), None, owner="test")
    assert read_autosave(file)[1].rounds == document.rounds
