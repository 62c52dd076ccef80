"""The phone page: one embedded HTML document with a little JavaScript, no build step.

The page is a constant string in this module, filled once per request with the room's
words in the participant's language (picked from the phone's ``Accept-Language``
among the languages below); it is never read from a file, so the server has no file
to give away. The item names are the map's own words, put on the page by the script
with ``textContent`` (never as HTML). The script's and the style's hashes go into the
Content-Security-Policy, so the page runs nothing but itself and talks only to the
laptop that served it.

The page's words are a small table of their own, not the Qt catalogues: the server
answers each phone in its own language while the program shows the facilitator's.
A language added to the program gets a column here (``tests/test_voting_page.py``
checks that every language has every word, with the same ``{fields}``).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

# Each phrase in English, Bokmål, Danish and Swedish. {left}, {total}, {n} are filled
# in by the script.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "heading": "Dot voting",
        "intro": "Tap Vote on the points you find most important.",
        "left": "{left} of {total} votes left",
        "all_used": "All your votes are used. Take one back to move it.",
        "vote": "Vote",
        "take_back": "Take back",
        "yours": "Your votes: {n}",
        "stacking": "You may give one point several votes.",
        "no_stacking": "One vote per point.",
        "untitled": "(untitled)",
        "loading": "Loading…",
        "closed": "The round has closed. Thank you for voting!",
        "offline": "The facilitator's laptop does not answer: the round may have closed. Trying again…",
        "no-votes-left": "Every vote is used: take one back first.",
        "no-stacking": "Only one vote per point in this round.",
        "nothing-to-take-back": "You have no vote on this point.",
        "unknown-item": "This point is no longer in the round.",
        "room-full": "The round is full: no more phones can join.",
        "busy": "Too many taps at once: wait a moment.",
        "refused": "The vote was not counted.",
    },
    "nb": {
        "heading": "Prikkavstemning",
        "intro": "Trykk Stem på punktene du synes er viktigst.",
        "left": "{left} av {total} stemmer igjen",
        "all_used": "Alle stemmene dine er brukt. Trekk tilbake én for å flytte den.",
        "vote": "Stem",
        "take_back": "Trekk tilbake",
        "yours": "Dine stemmer: {n}",
        "stacking": "Du kan gi ett punkt flere stemmer.",
        "no_stacking": "Én stemme per punkt.",
        "untitled": "(uten navn)",
        "loading": "Laster …",
        "closed": "Avstemningen er avsluttet. Takk for stemmen!",
        "offline": "Fasilitatorens maskin svarer ikke: runden kan være avsluttet. Prøver igjen …",
        "no-votes-left": "Alle stemmene er brukt: trekk tilbake én først.",
        "no-stacking": "Bare én stemme per punkt i denne runden.",
        "nothing-to-take-back": "Du har ingen stemme på dette punktet.",
        "unknown-item": "Dette punktet er ikke lenger med i runden.",
        "room-full": "Runden er full: flere telefoner kan ikke bli med.",
        "busy": "For mange trykk på en gang: vent litt.",
        "refused": "Stemmen ble ikke telt.",
    },
    "da": {
        "heading": "Prikafstemning",
        "intro": "Tryk Stem på de punkter, du synes er vigtigst.",
        "left": "{left} af {total} stemmer tilbage",
        "all_used": "Alle dine stemmer er brugt. Træk en tilbage for at flytte den.",
        "vote": "Stem",
        "take_back": "Træk tilbage",
        "yours": "Dine stemmer: {n}",
        "stacking": "Du må give ét punkt flere stemmer.",
        "no_stacking": "Én stemme pr. punkt.",
        "untitled": "(uden navn)",
        "loading": "Indlæser …",
        "closed": "Afstemningen er slut. Tak for din stemme!",
        "offline": "Facilitatorens computer svarer ikke: runden kan være slut. Prøver igen …",
        "no-votes-left": "Alle stemmer er brugt: træk en tilbage først.",
        "no-stacking": "Kun én stemme pr. punkt i denne runde.",
        "nothing-to-take-back": "Du har ingen stemme på dette punkt.",
        "unknown-item": "Dette punkt er ikke længere med i runden.",
        "room-full": "Runden er fuld: flere telefoner kan ikke komme med.",
        "busy": "For mange tryk på én gang: vent et øjeblik.",
        "refused": "Stemmen blev ikke talt med.",
    },
    "sv": {
        "heading": "Prickröstning",
        "intro": "Tryck Rösta på de punkter du tycker är viktigast.",
        "left": "{left} av {total} röster kvar",
        "all_used": "Alla dina röster är använda. Ta tillbaka en för att flytta den.",
        "vote": "Rösta",
        "take_back": "Ta tillbaka",
        "yours": "Dina röster: {n}",
        "stacking": "Du får ge en punkt flera röster.",
        "no_stacking": "En röst per punkt.",
        "untitled": "(utan namn)",
        "loading": "Laddar …",
        "closed": "Omröstningen är avslutad. Tack för din röst!",
        "offline": "Facilitatorns dator svarar inte: omgången kan vara avslutad. Försöker igen …",
        "no-votes-left": "Alla röster är använda: ta tillbaka en först.",
        "no-stacking": "Bara en röst per punkt i den här omgången.",
        "nothing-to-take-back": "Du har ingen röst på den här punkten.",
        "unknown-item": "Den här punkten är inte längre med i omgången.",
        "room-full": "Omgången är full: fler telefoner kan inte vara med.",
        "busy": "För många tryck på en gång: vänta lite.",
        "refused": "Rösten räknades inte.",
    },
}
DEFAULT_LANGUAGE = "en"
# What a phone may ask for, and which of ours answers: Norwegian in general and Nynorsk
# read Bokmål far better than English.
_ALIASES = {"no": "nb", "nn": "nb", "nb": "nb", "da": "da", "sv": "sv", "en": "en"}
_RANGE = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]{1,5}))?\s*$")


def pick_language(accept_language: str | None) -> str:
    """The first of the phone's languages (by ``q``) that the page speaks; else English."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    wanted: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept_language[:500].split(",")[:30]):
        match = _RANGE.match(part)
        if not match:
            continue
        try:
            q = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        language = _ALIASES.get(match.group(1).lower())
        if language and q > 0:
            wanted.append((-q, order, language))
    return min(wanted)[2] if wanted else DEFAULT_LANGUAGE


_STYLE = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:18px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#1F2430;background:#F4F5F7}
header{position:sticky;top:0;background:#fff;padding:14px 16px 10px;border-bottom:1px solid #d8dbe2;z-index:1}
h1{font-size:1.35rem;margin:0 0 2px}
#title{font-weight:600;margin:0 0 6px;word-wrap:break-word}
#left{font-size:1.15rem;font-weight:700;color:#4B2C82}
#rule,#intro{font-size:.95rem;color:#4a5060;margin:2px 0 0}
#message{min-height:1.4em;margin:6px 0 0;font-weight:600;color:#A4320B}
#message.calm{color:#4a5060}
ul{list-style:none;margin:0;padding:10px 10px 40px}
li{background:#fff;border:2px solid #d8dbe2;border-radius:14px;margin:0 0 10px;padding:12px}
li.mine{border-color:#6A3D9A;background:#F5F0FB}
.name{font-size:1.1rem;font-weight:600;word-wrap:break-word;overflow-wrap:anywhere}
.row{display:flex;align-items:center;gap:10px;margin-top:10px}
.dots{flex:1;font-size:1.4rem;letter-spacing:2px;color:#6A3D9A;min-height:1.5em}
button{font:inherit;font-weight:700;min-height:52px;min-width:52px;border-radius:12px;
border:2px solid #4B2C82;padding:0 16px;touch-action:manipulation}
button.vote{background:#6A3D9A;color:#fff}
button.back{background:#fff;color:#4B2C82}
button:disabled{opacity:.35}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var W = JSON.parse(document.getElementById("words").textContent);
  var KEY = "journeymapper-vote-token";
  function newToken() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }
  var token = null;
  try { token = window.localStorage.getItem(KEY); } catch (e) { token = null; }
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    token = newToken();
    try { window.localStorage.setItem(KEY, token); } catch (e) { /* private mode */ }
  }
  var state = null, busy = false, closed = false;
  var list = document.getElementById("items");
  function say(text, calm) {
    var m = document.getElementById("message");
    m.textContent = text || "";
    m.className = calm ? "calm" : "";
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }
  function dots(n) {
    var text = "";
    for (var i = 0; i < n && i < 20; i++) { text += "\u25CF"; }
    return text;
  }
  function render() {
    if (!state) { return; }
    document.getElementById("title").textContent = state.title;
    document.getElementById("left").textContent =
      fill(W.left, {left: state.votes_left, total: state.votes_per_person});
    document.getElementById("rule").textContent = state.stacking ? W.stacking : W.no_stacking;
    var old = {};
    Array.prototype.forEach.call(list.children, function (li) { old[li.dataset.id] = li; });
    var ordered = [];
    state.items.forEach(function (item) {
      var li = old[item.id];
      if (!li) {
        li = document.createElement("li");
        li.dataset.id = item.id;
        var name = document.createElement("div");
        name.className = "name";
        var row = document.createElement("div");
        row.className = "row";
        var mine = document.createElement("span");
        mine.className = "dots";
        var back = document.createElement("button");
        back.className = "back";
        back.type = "button";
        back.textContent = W.take_back;
        back.addEventListener("click", function () { send("unvote", item.id); });
        var vote = document.createElement("button");
        vote.className = "vote";
        vote.type = "button";
        vote.textContent = W.vote;
        vote.addEventListener("click", function () { send("vote", item.id); });
        row.appendChild(mine); row.appendChild(back); row.appendChild(vote);
        li.appendChild(name); li.appendChild(row);
      }
      var label = item.name || W.untitled;
      li.children[0].textContent = label;
      var row = li.children[1];
      row.children[0].textContent = dots(item.mine);
      row.children[0].setAttribute("aria-label", fill(W.yours, {n: item.mine}));
      row.children[1].disabled = closed || item.mine < 1;
      row.children[1].setAttribute("aria-label", W.take_back + ": " + label);
      row.children[1].title = W.take_back;
      row.children[2].disabled = closed || state.votes_left < 1 ||
        (!state.stacking && item.mine > 0);
      row.children[2].setAttribute("aria-label", W.vote + ": " + label);
      li.className = item.mine > 0 ? "mine" : "";
      ordered.push(li);
    });
    ordered.forEach(function (li) { list.appendChild(li); });
    Object.keys(old).forEach(function (id) {
      if (ordered.indexOf(old[id]) < 0) { list.removeChild(old[id]); }
    });
    if (!closed && state.votes_left < 1) { say(W.all_used, true); }
  }
  function ended() {
    closed = true;
    say(W.closed, true);
    render();
  }
  function request(method, path, body) {
    var options = {method: method, cache: "no-store",
                   headers: {"X-Vote-Token": token}};
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return window.fetch(path, options);
  }
  function load() {
    if (closed || busy) { return; }
    request("GET", "state").then(function (response) {
      if (response.status === 404 || response.status === 410) { ended(); return null; }
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (data) {
        state = data;
        if (!state.open) { ended(); return; }
        if (document.getElementById("message").textContent === W.offline ||
            document.getElementById("message").textContent === W.loading) { say(""); }
        render();
      }
    }).catch(function () { if (!closed) { say(W.offline); } });
  }
  function send(what, item) {
    if (busy || closed) { return; }
    busy = true;
    request("POST", what, {token: token, item: item}).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return {status: response.status, data: data};
      });
    }).then(function (answer) {
      busy = false;
      if (answer.status === 200) {
        state = answer.data;
        say("");
        render();
      } else if (answer.status === 410 || answer.status === 404) {
        ended();
      } else if (answer.status === 429) {
        say(W.busy);
      } else {
        say(W[answer.data.reason] || W.refused);
        load();
      }
    }).catch(function () { busy = false; if (!closed) { say(W.offline); } });
  }
  say(W.loading, true);
  load();
  window.setInterval(load, 3000);
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{heading}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{heading}</h1>
<p id="title"></p>
<div id="left"></div>
<p id="rule"></p>
<p id="intro">{intro}</p>
<p id="message" role="status" aria-live="polite"></p>
</header>
<main><ul id="items"></ul></main>
<script type="application/json" id="words">{words}</script>
<script>{script}</script>
</body>
</html>
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()) \
        .decode("ascii") + "'"


# The page runs its own script and style and nothing else, and talks only to its laptop.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    f"script-src {_hash(_SCRIPT)}; "
    f"style-src {_hash(_STYLE)}; "
    "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'")


def page(language: str) -> bytes:
    """The whole page in ``language`` (one of :data:`WORDS`), as UTF-8."""
    words = WORDS.get(language, WORDS[DEFAULT_LANGUAGE])
    # Inside <script>, "<" must never start "</script>": written as \\u003c.
    data = json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
    text = _PAGE.format(lang=language, heading=html.escape(words["heading"]),
                        intro=html.escape(words["intro"]), style=_STYLE, words=data,
                        script=_SCRIPT)
    return text.encode("utf-8")
