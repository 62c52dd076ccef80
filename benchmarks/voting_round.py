"""A ten-person dot-voting round, scripted, from opening to the stored result.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/voting_round.py [--repeat 5]
        [--people 10]

Each run opens a real window on the airline sample (offscreen), then times:

* **open**: the round opened on the map's unresolved crossroads (the tally, the server
  bound on 127.0.0.1, the QR code and the dots drawn);
* **vote**: ten phones at once (threads with ``urllib``), each loading the page and its
  state and casting three votes, until the window has drawn every vote on the cards
  (the window's event loop runs meanwhile, as in the room);
* **close**: the round closed, the server stopped, the result stored as one undo step;
* **total**: all three.

Baseline, in the same process and run: the same requests (a page, a state, three votes
per phone, ten phones at once) against a bare ``http.server`` that answers each with a
fixed small body: the raw cost of the HTTP traffic on this machine. The ratio is
the voting ``vote`` time ÷ baseline. Medians of ``--repeat`` runs after one warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VOTES_EACH = 3


def _phones(base: str, items: list[str], people: int, post_json: bool = True) -> None:
    """``people`` phones at once: the page, the state, three votes each."""
    start = threading.Barrier(people)
    errors: list[BaseException] = []

    def phone(i: int) -> None:
        token = f"bench-phone-{i:03d}-" + "x" * 12
        try:
            start.wait()
            urllib.request.urlopen(base, timeout=30).read()
            request = urllib.request.Request(base + "state", headers={"X-Vote-Token": token})
            urllib.request.urlopen(request, timeout=30).read()
            for k in range(VOTES_EACH):
                item = items[(i + k) % len(items)]
                body = json.dumps({"token": token, "item": item}).encode()
                request = urllib.request.Request(base + "vote", data=body,
                                                 headers={"Content-Type": "application/json"})
                urllib.request.urlopen(request, timeout=30).read()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


class _Bare(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


class _BareServer(ThreadingHTTPServer):
    request_queue_size = 64  # as the voting server's: with Python's 5, ten phones at once
    # lose connections to a full backlog and wait a second for TCP to try again


def baseline(people: int, items: list[str]) -> float:
    server = _BareServer(("127.0.0.1", 0), _Bare)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              daemon=True)
    thread.start()
    try:
        begin = time.perf_counter()
        _phones(f"http://127.0.0.1:{server.server_address[1]}/room12/", items, people)
        return time.perf_counter() - begin
    finally:
        server.shutdown()
        server.server_close()


def one_round(app, window, people: int) -> dict[str, float]:
    from journeymapper.app.voting_dialog import RoundChoice

    room = window.voting
    times: dict[str, float] = {}
    begin = time.perf_counter()
    assert room.open_round(RoundChoice("Bench", False, VOTES_EACH, True, "127.0.0.1"))
    app.processEvents()
    times["open"] = time.perf_counter() - begin
    items = [i.id for i in room.tally.items]
    expected = people * VOTES_EACH
    begin = time.perf_counter()
    phones = threading.Thread(target=_phones, args=(room.server.url, items, people))
    phones.start()
    while True:  # the window's event loop runs while the phones vote, as in the room
        app.processEvents()
        marks = room.marks
        if marks is not None and sum(m for m in marks.counts().values()) == expected \
                and not phones.is_alive():
            break
        time.sleep(0.001)
    phones.join()
    times["vote"] = time.perf_counter() - begin
    begin = time.perf_counter()
    result = room.close_round()
    app.processEvents()
    times["close"] = time.perf_counter() - begin
    assert result is not None and result.total == expected and result.voters == people
    times["total"] = times["open"] + times["vote"] + times["close"]
    window.session.undo_stack.undo()  # the next run starts from the same map
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--people", type=int, default=10)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from journeymapper.app import windows

    app = QApplication.instance() or QApplication([])
    window = windows.new_from_template("sample-airline")
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    items = [f"item{i}" for i in range(4)]
    runs, bases = [], []
    for i in range(args.repeat + 1):  # the first is a warm-up
        times = one_round(app, window, args.people)
        base = baseline(args.people, items)
        if i:
            runs.append(times)
            bases.append(base)
        print(f"run {i}{' (warm-up)' if not i else ''}: " + ", ".join(
            f"{k} {v * 1000:.1f} ms" for k, v in times.items())
            + f"; baseline {base * 1000:.1f} ms", file=sys.stderr)
    window.session.undo_stack.setClean()
    window.close()

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs) * 1000

    base = statistics.median(bases) * 1000
    print(f"| {args.people}-person round, medians of {args.repeat} | ms |")
    print("|---|---|")
    for key, words in (("open", "open (tally, server, QR, dots)"),
                       ("vote", f"{args.people} phones × (page, state, {VOTES_EACH} votes) "
                                "until every dot is on the cards"),
                       ("close", "close, stop the server, store as one undo step"),
                       ("total", "**opening to stored result**")):
        print(f"| {words} | {median(key):.1f} |")
    print(f"| baseline: the same requests to a bare http.server | {base:.1f} |")
    print(f"| ratio vote ÷ baseline | {median('vote') / base:.2f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
