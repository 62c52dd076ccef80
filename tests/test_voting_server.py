"""The voting server through a real HTTP client: the page, the four endpoints, and every
bad request refused with nothing changed (no Qt)."""

from __future__ import annotations

import http.client
import json
import socket
import threading

import pytest

from journeymapper.model.voting import RoundItem, RoundRules, Tally
from journeymapper.voting.server import (
    MAX_BODY,
    WRONG_CODES_ALLOWED,
    RateLimit,
    VotingServer,
    new_room_code,
)

ITEMS = [RoundItem("cr-1", "Bagasjen kom ikke"), RoundItem("cr-2", "<b>Køen</b> & ventetiden"),
         RoundItem("cr-3", "")]
PHONE = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def room():
    tally = Tally(ITEMS, RoundRules("Hva haster mest?", votes_per_person=2, stacking=False))
    server = VotingServer(tally, "127.0.0.1", port=0).start()
    yield server
    server.stop()


def ask(server, method, path, body=None, headers=None, raw_body: bytes | None = None):
    """(status, headers, decoded body) of one request."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        all_headers = dict(headers or {})
        data = raw_body
        if body is not None:
            data = json.dumps(body).encode()
            all_headers.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data, headers=all_headers)
        response = conn.getresponse()
        content = response.read()
        kind = response.getheader("Content-Type", "")
        if kind.startswith("application/json") and content:
            content = json.loads(content)
        elif kind.startswith("text/"):
            content = content.decode("utf-8")
        return response.status, response, content
    finally:
        conn.close()


def vote(server, item, token=PHONE, what="vote", code=None):
    return ask(server, "POST", f"/{code or server.code}/{what}", {"token": token, "item": item})


def counts(server):
    return dict(server.tally.view().counts)


# --- what a phone does ---------------------------------------------------------------

def test_the_page_comes_in_the_phones_language_and_runs_only_its_own_script(room):
    status, response, page = ask(room, "GET", f"/{room.code}/",
                                 headers={"Accept-Language": "nb-NO,nb;q=0.9,en;q=0.8"})
    assert status == 200 and response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert '<html lang="nb">' in page and "Prikkavstemning" in page and "Trekk tilbake" in page
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert "connect-src 'self'" in policy
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert response.getheader("Server") == "JourneyMapper"  # no Python version
    # the map's words arrive as data, never as markup
    assert "Køen" not in page
    for language, word in (("sv-SE", "Prickröstning"), ("da", "Prikafstemning"),
                           ("de-DE,fr;q=0.5", "Dot voting"), ("no", "Prikkavstemning")):
        assert word in ask(room, "GET", f"/{room.code}/",
                           headers={"Accept-Language": language})[2]


def test_a_phone_reads_the_items_votes_and_takes_a_vote_back(room):
    status, _, state = ask(room, "GET", f"/{room.code}/state", headers={"X-Vote-Token": PHONE})
    assert status == 200
    assert state["open"] and state["title"] == "Hva haster mest?" and state["votes_left"] == 2
    assert [(i["id"], i["name"], i["mine"]) for i in state["items"]] == [
        ("cr-1", "Bagasjen kom ikke", 0), ("cr-2", "<b>Køen</b> & ventetiden", 0),
        ("cr-3", "", 0)]
    status, _, state = vote(room, "cr-2")
    assert status == 200 and state["votes_left"] == 1
    assert [i["mine"] for i in state["items"]] == [0, 1, 0]
    assert counts(room) == {"cr-1": 0, "cr-2": 1, "cr-3": 0}
    status, _, state = vote(room, "cr-2", what="unvote")
    assert status == 200 and state["votes_left"] == 2
    assert counts(room)["cr-2"] == 0


# --- refused, with nothing changed ----------------------------------------------------------

def test_without_the_room_code_there_is_nothing_to_see(room):
    vote(room, "cr-1")
    before = counts(room)
    wrong = new_room_code()
    while wrong == room.code:
        wrong = new_room_code()
    for path in ("/", "/state", "/vote", f"/{wrong}/", f"/{wrong}/state",
                 f"/{room.code.upper()}/", f"/{room.code}x/", f"/{room.code}/../",
                 f"/{room.code}/../../etc/passwd", f"/{room.code}/page.py",
                 f"/{room.code}/state/more", "/favicon.ico"):
        status, _, body = ask(room, "GET", path, headers={"X-Vote-Token": PHONE})
        assert status == 404, path
        assert body == {"error": "not-found", "reason": "not-found"}
    for path in (f"/{wrong}/vote", "/vote", f"/{room.code}/state"):
        status, _, _ = ask(room, "POST", path, {"token": PHONE, "item": "cr-2"})
        assert status in (404, 405), path
    assert counts(room) == before


def test_bad_votes_are_refused_and_change_nothing(room):
    vote(room, "cr-1")
    vote(room, "cr-2")
    before = counts(room)
    code = room.code
    cases = [
        (vote(room, "cr-3"), 409, "no-votes-left"),                   # a third vote of two
        (vote(room, "no-such-step", token="f" * 32), 400, "unknown-item"),
        (vote(room, "cr-1", token="f" * 32), 200, None),               # (another phone: fine)
        (vote(room, "cr-1", token="f" * 32), 409, "no-stacking"),
        (vote(room, "cr-3", token="f" * 32, what="unvote"), 409, "nothing-to-take-back"),
        (vote(room, "cr-1", token="short"), 400, "bad-token"),
        (ask(room, "POST", f"/{code}/vote", raw_body=b'{"token": "' + PHONE.encode()
             + b'", "item": ', headers={"Content-Type": "application/json"}), 400, "malformed"),
        (ask(room, "POST", f"/{code}/vote", raw_body=b"\xff\xfe{}",
             headers={"Content-Type": "application/json"}), 400, "malformed"),
        (ask(room, "POST", f"/{code}/vote", ["cr-1"]), 400, "malformed"),
        (ask(room, "POST", f"/{code}/vote", {"token": PHONE, "item": "cr-3", "votes": 50}),
         400, "malformed"),
        (ask(room, "POST", f"/{code}/vote", {"token": PHONE, "item": 3}), 400, "malformed"),
        (ask(room, "POST", f"/{code}/vote", raw_body=json.dumps(
            {"token": PHONE, "item": "cr-3"}).encode(),
            headers={"Content-Type": "text/plain"}), 415, "json-only"),
        (ask(room, "POST", f"/{code}/vote", raw_body=b"x" * (MAX_BODY + 1),
             headers={"Content-Type": "application/json"}), 413, "too-large"),
        (ask(room, "GET", f"/{code}/state"), 400, "bad-token"),
        (ask(room, "GET", f"/{code}/vote"), 405, "method"),
        (ask(room, "HEAD", f"/{code}/"), 405, None),
        (ask(room, "PUT", f"/{code}/vote", {"token": PHONE, "item": "cr-3"}), 501, None),
        (ask(room, "DELETE", f"/{code}/"), 501, None),
    ]
    for (status, _, body), expected, reason in cases:
        assert status == expected, (body, expected)
        if reason:
            assert body["reason"] == reason
    assert counts(room) == {**before, "cr-1": before["cr-1"] + 1}  # only the other phone's


def _raw(server, data: bytes) -> bytes:
    """Send bytes as they are; what comes back until the server closes."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_huge_or_endless_body_is_refused_before_it_is_read(room):
    before = counts(room)
    huge = (f"POST /{room.code}/vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {500 * 2**20}\r\n\r\n").encode() + b"{" * 4096
    assert _raw(room, huge).startswith(b"HTTP/1.0 413")
    chunked = (f"POST /{room.code}/vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
               "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{}{}{\r\n0\r\n\r\n").encode()
    assert _raw(room, chunked).startswith(b"HTTP/1.0 411")
    no_length = (f"POST /{room.code}/vote HTTP/1.0\r\nContent-Type: application/json\r\n\r\n"
                 ).encode()
    assert _raw(room, no_length).startswith(b"HTTP/1.0 411")
    for garbage in (b"GET /" + room.code.encode() + b"/ HTTP/1.0 extra\r\n\r\n",
                    b"GARBAGE\r\n\r\n", b"GET /" + b"x" * 70_000 + b" HTTP/1.0\r\n\r\n"):
        assert b'"bad-request"' in _raw(room, garbage)
    assert counts(room) == before


def test_a_phone_that_taps_too_fast_is_slowed_down_and_not_counted_twice():
    tally = Tally(ITEMS, RoundRules("Rask", votes_per_person=20, stacking=True))
    server = VotingServer(tally, "127.0.0.1", port=0,
                          token_limit=RateLimit(burst=5, per_second=0.001)).start()
    try:
        answers = [vote(server, "cr-1")[0] for _ in range(8)]
        assert answers == [200] * 5 + [429] * 3
        assert tally.view().counts["cr-1"] == 5
        assert vote(server, "cr-1", token="e" * 32)[0] == 200  # other phones go on
    finally:
        server.stop()


def test_the_rate_limit_refills_with_time():
    now = [100.0]
    limit = RateLimit(burst=2, per_second=1, max_keys=2, clock=lambda: now[0])
    assert [limit.allow("a") for _ in range(3)] == [True, True, False]
    now[0] += 1.0
    assert limit.allow("a") and not limit.allow("a")
    assert limit.allow("b")
    assert not limit.allow("c"), "no room for a third key while the others are in use"
    now[0] += 10
    assert limit.allow("c"), "full buckets are forgotten to make room"


def test_an_address_that_keeps_guessing_codes_is_shut_out(room):
    for i in range(WRONG_CODES_ALLOWED):
        assert ask(room, "GET", f"/{i:06d}/")[0] == 404
    assert ask(room, "GET", f"/{room.code}/")[0] == 404  # even the right code, now
    assert vote(room, "cr-1")[0] == 404
    assert counts(room)["cr-1"] == 0


def test_thirty_phones_voting_at_once_give_exact_counts():
    tally = Tally(ITEMS, RoundRules("Tretti", votes_per_person=3, stacking=True))
    server = VotingServer(tally, "127.0.0.1", port=0).start()
    start = threading.Barrier(30)
    answers: list[int] = []
    lock = threading.Lock()

    def phone(i: int) -> None:
        token = f"phone{i:02d}" + "z" * 20
        start.wait()
        got = [vote(server, item, token=token)[0] for item in ("cr-1", "cr-2", "cr-1", "cr-3")]
        if i % 5 == 0:
            got.append(vote(server, "cr-2", token=token, what="unvote")[0])
        with lock:
            answers.extend(got)

    try:
        threads = [threading.Thread(target=phone, args=(i,)) for i in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    assert tally.view().counts == {"cr-1": 60, "cr-2": 24, "cr-3": 0}
    assert answers.count(409) == 30 and answers.count(200) == 30 * 3 + 6


def test_the_server_stops_and_frees_its_port(room):
    host, port = room.host, room.port
    assert ask(room, "GET", f"/{room.code}/")[0] == 200
    room.stop()
    assert not room.running
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=2).close()
    again = VotingServer(room.tally, host, port=port).start()  # the port is free
    try:
        assert again.port == port
        room.tally.close()  # a request still in flight when a round closes is refused
        assert vote(again, "cr-1")[0] == 410
        state = ask(again, "GET", f"/{again.code}/state", headers={"X-Vote-Token": PHONE})[2]
        assert state["open"] is False
    finally:
        again.stop()


def test_it_binds_only_the_address_it_is_given():
    tally = Tally(ITEMS, RoundRules("t"))
    with pytest.raises(ValueError):
        VotingServer(tally, "localhost")  # a name to look up is not an address
    server = VotingServer(tally, "127.0.0.1").start()
    try:
        assert server.sockname()[0] == "127.0.0.1"
        assert server.url == f"http://127.0.0.1:{server.port}/{server.code}/"
        assert server.short_address == f"127.0.0.1:{server.port}/{server.code}"
    finally:
        server.stop()
