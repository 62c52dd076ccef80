"""The voting server: the phone page and four endpoints, only while a round is open.

Python's own ``http.server.ThreadingHTTPServer`` in one thread of its own, each
request in a short-lived thread. It is enough for a room (a few dozen phones, a tap
every few seconds each), needs no dependency, and its whole surface is this module:
what it answers is decided here, path by path, and nothing else is served.

Safe by construction:

* it exists only while a round is open: :meth:`VotingServer.start` when the
  facilitator opens one, :meth:`VotingServer.stop` when it closes or the program ends;
* it binds to the one address the facilitator picked (a port there, nothing else);
* every path starts with a random room code: without it, or with a wrong one, the
  answer is 404, and a client that keeps guessing is answered 404 for the rest of
  the round;
* it answers exactly ``GET /CODE/`` (the page), ``GET /CODE/state``,
  ``POST /CODE/vote`` and ``POST /CODE/unvote``; the page is a string in memory
  (:mod:`.page`), so there is no file to reach;
* a request body is at most :data:`MAX_BODY` bytes, JSON of exactly
  ``{"token": …, "item": …}``; the round's :class:`~journeymapper.model.voting.Tally`
  checks the item, the votes left and the stacking rule under its lock, so a refused
  vote changes nothing;
* each phone's token, and each address, has a rate limit;
* it never touches the map: the tally is the only thing it changes, and the window
  reads the tally in its own thread.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
import socket
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import urlsplit

from ..model.voting import TOKEN, Tally, VoteRefused
from .page import CONTENT_SECURITY_POLICY, page, pick_language

MAX_BODY = 1024             # bytes: {"token": 64 characters, "item": a 64-character id}
MAX_HEADER_LINE = 8192
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read off a screen
CODE_LENGTH = 6
DEFAULT_PORT = 8765         # the first port tried: the address stays the same round to round
PORTS_TRIED = 10
SOCKET_TIMEOUT = 10.0       # seconds a connection may sit idle: a slow client frees its thread
WRONG_CODES_ALLOWED = 30    # wrong room codes from one address before it is shut out
MAX_TRACKED = 5_000         # tokens and addresses the rate limits remember


def new_room_code(length: int = CODE_LENGTH) -> str:
    """A random room code (~30 bits for six characters), easy to read and type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


class RateLimit:
    """Token buckets per key: ``burst`` requests at once, then ``per_second``.

    Thread-safe; ``clock`` is replaceable so the rule can be tested without waiting.
    At most ``max_keys`` keys are remembered (the fullest buckets are forgotten
    first); a new key beyond that is refused until some bucket is full again.
    """

    def __init__(self, burst: float, per_second: float, max_keys: int = MAX_TRACKED,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.per_second, self.max_keys = float(burst), float(per_second), max_keys
        self.clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when)

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.per_second)
            if key not in self._buckets and len(self._buckets) >= self.max_keys:
                self._forget_full(now)
                if len(self._buckets) >= self.max_keys:
                    return False
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return False
            self._buckets[key] = (tokens - 1.0, now)
            return True

    def _forget_full(self, now: float) -> None:
        for key, (tokens, when) in list(self._buckets.items()):
            if tokens + (now - when) * self.per_second >= self.burst:
                del self._buckets[key]


class _Server(ThreadingHTTPServer):
    daemon_threads = True       # a hanging phone never keeps the program from ending
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, voting: "VotingServer") -> None:
        self.voting = voting
        host = address[0]
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host's name up (getfqdn), which can take
        # seconds on a network without DNS; the name is never used.
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


class _Handler(BaseHTTPRequestHandler):
    server_version = "JourneyMapper"
    sys_version = ""
    timeout = SOCKET_TIMEOUT
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers at stop

    server: _Server

    def version_string(self) -> str:
        return self.server_version  # not Python's version: nobody's business either

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        """Nothing is logged: a phone's requests are nobody's business."""

    # --- answering -----------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Connection", "close")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, data: dict) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _refuse(self, status: int, reason: str) -> None:
        self.close_connection = True
        self._json(status, {"error": reason, "reason": reason})

    def send_error(self, code, message=None, explain=None) -> None:
        """The base class's errors (a bad request line, headers too long) without its
        HTML page, which names the server."""
        self.close_connection = True
        try:
            self._json(int(code), {"error": "bad-request", "reason": "bad-request"})
        except OSError:
            pass

    # --- routing -------------------------------------------------------------------
    def _route(self) -> str | None:
        """The endpoint asked for under the room code, or None (answered 404 already)."""
        voting = self.server.voting
        client = self.client_address[0]
        if voting.shut_out(client):
            self._refuse(HTTPStatus.NOT_FOUND, "not-found")
            return None
        if not voting.address_limit.allow(client):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "busy")
            return None
        path = urlsplit(self.path).path
        parts = path.split("/")
        # "/CODE/", "/CODE/state" …: ["", CODE, ENDPOINT]
        if len(parts) not in (2, 3) or parts[0] != "" or not voting.is_code(parts[1]):
            if len(parts) > 1 and len(parts[1]) == len(voting.code):
                voting.wrong_code(client)  # a guess at the code (not a browser's favicon)
            self._refuse(HTTPStatus.NOT_FOUND, "not-found")
            return None
        return parts[2] if len(parts) == 3 else ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's names
        endpoint = self._route()
        if endpoint is None:
            return
        if endpoint == "":
            language = pick_language(self.headers.get("Accept-Language"))
            self._send(HTTPStatus.OK, page(language), "text/html; charset=utf-8",
                       {"Content-Security-Policy": CONTENT_SECURITY_POLICY,
                        "Content-Language": language})
        elif endpoint == "state":
            token = self.headers.get("X-Vote-Token", "")
            if not TOKEN.match(token):
                self._refuse(HTTPStatus.BAD_REQUEST, "bad-token")
            elif not self.server.voting.token_limit.allow(token):
                self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "busy")
            else:
                self._json(HTTPStatus.OK, self.server.voting.state(token))
        elif endpoint in ("vote", "unvote"):
            self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "method")
        else:
            self._refuse(HTTPStatus.NOT_FOUND, "not-found")

    def do_HEAD(self) -> None:  # noqa: N802
        self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "method")

    def do_POST(self) -> None:  # noqa: N802
        endpoint = self._route()
        if endpoint is None:
            return
        if endpoint not in ("vote", "unvote"):
            if endpoint in ("", "state"):
                self._refuse(HTTPStatus.METHOD_NOT_ALLOWED, "method")
            else:
                self._refuse(HTTPStatus.NOT_FOUND, "not-found")
            return
        body = self._body()
        if body is None:
            return
        token, item = body
        voting = self.server.voting
        if not voting.token_limit.allow(token):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "busy")
            return
        try:
            if endpoint == "vote":
                voting.tally.vote(token, item)
            else:
                voting.tally.unvote(token, item)
        except VoteRefused as refused:
            status = {"closed": HTTPStatus.GONE, "unknown-item": HTTPStatus.BAD_REQUEST,
                      "bad-token": HTTPStatus.BAD_REQUEST,
                      "room-full": HTTPStatus.SERVICE_UNAVAILABLE}.get(refused.reason,
                                                                       HTTPStatus.CONFLICT)
            self._refuse(status, refused.reason)
            return
        self._json(HTTPStatus.OK, voting.state(token))

    def _body(self) -> tuple[str, str] | None:
        """The vote's ``(token, item)``, or None when refused (answered already)."""
        if self.headers.get("Transfer-Encoding"):
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "length-required")
            return None
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "length-required")
            return None
        length = int(length_text)
        if length > MAX_BODY:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too-large")  # body unread
            return None
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "json-only")
            return None
        raw = self.rfile.read(length)
        if len(raw) != length:
            self._refuse(HTTPStatus.BAD_REQUEST, "malformed")
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            self._refuse(HTTPStatus.BAD_REQUEST, "malformed")
            return None
        if not isinstance(data, dict) or set(data) != {"token", "item"} \
                or not isinstance(data["token"], str) or not isinstance(data["item"], str):
            self._refuse(HTTPStatus.BAD_REQUEST, "malformed")
            return None
        if not TOKEN.match(data["token"]):
            self._refuse(HTTPStatus.BAD_REQUEST, "bad-token")
            return None
        if not self.server.voting.tally.is_item(data["item"]):
            self._refuse(HTTPStatus.BAD_REQUEST, "unknown-item")
            return None
        return data["token"], data["item"]


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class VotingServer:
    """Serves one round's phone page on ``host`` until :meth:`stop`.

    ``port`` 0 tries :data:`DEFAULT_PORT` and the next few, then any free port.
    """

    def __init__(self, tally: Tally, host: str, port: int = 0, code: str | None = None,
                 token_limit: RateLimit | None = None,
                 address_limit: RateLimit | None = None) -> None:
        ipaddress.ip_address(host)  # an address, never a name to look up
        self.tally = tally
        self.host = host
        self.code = code or new_room_code()
        self.token_limit = token_limit or RateLimit(burst=20, per_second=5)
        self.address_limit = address_limit or RateLimit(burst=300, per_second=100)
        self._wanted_port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._wrong: dict[str, int] = {}
        self._wrong_lock = threading.Lock()

    # --- the room code ---------------------------------------------------------------
    def is_code(self, text: str) -> bool:
        return hmac.compare_digest(text.encode("utf-8", "replace"), self.code.encode("ascii"))

    def wrong_code(self, client: str) -> None:
        with self._wrong_lock:
            if len(self._wrong) < MAX_TRACKED or client in self._wrong:
                self._wrong[client] = self._wrong.get(client, 0) + 1

    def shut_out(self, client: str) -> bool:
        with self._wrong_lock:
            return self._wrong.get(client, 0) >= WRONG_CODES_ALLOWED

    # --- what a phone sees --------------------------------------------------------------
    def state(self, token: str) -> dict:
        tally = self.tally
        mine = tally.ballot(token)
        rules = tally.rules
        return {
            "open": not tally.closed,
            "title": rules.title,
            "votes_per_person": rules.votes_per_person,
            "stacking": rules.stacking,
            "votes_left": max(0, rules.votes_per_person - sum(mine.values())),
            "items": [{"id": item.id, "name": item.label, "mine": mine.get(item.id, 0)}
                      for item in tally.items],
        }

    # --- running -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the voting server is not running")
        return int(self._server.server_address[1])

    def sockname(self) -> tuple:
        """The address and port the server's socket is bound to."""
        if self._server is None:
            raise RuntimeError("the voting server is not running")
        return self._server.socket.getsockname()

    @property
    def url(self) -> str:
        """The page's whole address, for the QR code."""
        return f"http://{_url_host(self.host)}:{self.port}/{self.code}/"

    @property
    def short_address(self) -> str:
        """The address to type: no scheme (a phone's browser adds it)."""
        return f"{_url_host(self.host)}:{self.port}/{self.code}"

    def start(self) -> "VotingServer":
        """Bind and serve in a thread; OSError when the address cannot be used."""
        if self._server is not None:
            return self
        ports = [self._wanted_port] if self._wanted_port else \
            [*range(DEFAULT_PORT, DEFAULT_PORT + PORTS_TRIED), 0]
        error: OSError | None = None
        for port in ports:
            try:
                self._server = _Server((self.host, port), self)
                break
            except OSError as exc:
                error = exc
        if self._server is None:
            assert error is not None
            raise error
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name="journeymapper-voting", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port (at once: requests in flight are refused by the
        closed tally or cut off)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
