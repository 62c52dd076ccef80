"""The .jmap file format: versioned, deterministic UTF-8 JSON, validated on the way in.

A file looks like ``{"format": "journeymapper", "version": 2, "title": …,
"stages": […], "journeys": […], "owners": […], "nodes": […], "edges": […],
"rounds": […]}``. Version 2 added ``rounds``, the results of dot voting
(:mod:`journeymapper.model.voting`); a version 1 file is upgraded on opening.
Steps and arrows are sorted by id and every field is written, so two saves of
the same map are byte-identical and a map diffs well in git. Every way a file
can be bad ends in one :class:`JourneyFileError` that names the file and the
place in it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from itertools import chain
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, Callable, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.types import FailFast

from ..model import (
    AnyNode,
    Connection,
    DocumentError,
    JourneyDocument,
    MapInfo,
    MicroJourney,
    Owner,
    Stage,
    VoteRound,
)
from ..model.elements import MAX_LABEL, MAX_TEXT, Id
from ..runtime import collector_paused
from ..words import QT_TRANSLATE_NOOP, Words, grouped
from .atomic import atomic_write
from .reading import NotARegularFile, open_regular, printable

io = Words("io")  # the file format's messages in the user's language (see journeymapper.words)

FORMAT_NAME = "journeymapper"
FORMAT_VERSION = 2
MAX_FILE_BYTES = 64 * 1024 * 1024
FILE_SUFFIX = ".jmap"

# The largest map JourneyMapper opens (README, "The map file"). Measured on a
# 2-core machine: a 50,000-step map (30 MB) loads in ~0.8 s and ~300 MB; the
# scene, the analysis and the PDF grow about linearly from their 10,000-step
# times in benchmarks/README.md (0.5, 1.3 and 8 s), so beyond this the program
# stops being usable long before the file limit. Larger maps are refused
# before any element is built.
MAX_STEPS = 50_000       # steps and notes together
MAX_ARROWS = 100_000
MAX_ROWS = 10_000        # stages, micro-journeys and owners, each
# Containers and list items a file may hold in all (a 50,000-step map with
# 100,000 arrows has ~1.6 million, and ~2.2 million keys and texts): bounds the work and memory of parsing any
# file, whatever its shape, before anything is parsed.
MAX_VALUES = 3_000_000

# Upgrades from an older version to the next one: MIGRATIONS[n] turns a
# version-n document (a plain dict) into a version n+1 document.


def _add_rounds(data: dict) -> dict:
    """Version 1 → 2: maps gained ``rounds`` (dot voting); an old map has none."""
    data = dict(data)
    data.setdefault("rounds", [])
    return data


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _add_rounds}


class JourneyFileError(Exception):
    """A file that cannot be opened, with where and why in words a user can act on."""

    def __init__(self, source: str, problem: str, where: str | None = None) -> None:
        # Names, keys and values quoted from the file (and the file's own name)
        # may hold terminal escape sequences: shown as escapes, never obeyed.
        self.source = source
        self.problem = printable(problem)
        self.where = printable(where) if where else where
        if where:
            message = io.tr("Cannot open “{file}” at {where}: {problem}").format(
                file=printable(source), where=self.where, problem=self.problem)
        else:
            message = io.tr("Cannot open “{file}”: {problem}").format(
                file=printable(source), problem=self.problem)
        super().__init__(message)


class _JourneyFile(BaseModel):
    """The whole file. Always validated in strict mode from JSON text
    (``model_validate_json(..., strict=True)``): ``true`` is not a number,
    ``"3"`` is not 3, ``1.5`` is not a severity; dates are ISO strings."""

    model_config = ConfigDict(extra="forbid")

    format: str
    version: int
    title: str = Field(default="", max_length=MAX_LABEL)
    description: str = Field(default="", max_length=MAX_TEXT)
    journey_owner_id: Id | None = None
    # FailFast: a list stops at its first bad item, so a file of two million
    # broken steps is refused at once instead of collecting two million errors;
    # max_length stops the fast path from building more than the limit.
    stages: Annotated[list[Stage], FailFast(), Field(max_length=MAX_ROWS)] = []
    journeys: Annotated[list[MicroJourney], FailFast(), Field(max_length=MAX_ROWS)] = []
    owners: Annotated[list[Owner], FailFast(), Field(max_length=MAX_ROWS)] = []
    nodes: Annotated[list[AnyNode], FailFast(), Field(max_length=MAX_STEPS)] = []
    edges: Annotated[list[Connection], FailFast(), Field(max_length=MAX_ARROWS)] = []
    rounds: Annotated[list[VoteRound], FailFast(), Field(max_length=MAX_ROWS)] = []


# (list in the file, its limit, the sentence that refuses a map with more of them)
_LIMITS = (
    ("nodes", MAX_STEPS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} steps and notes; JourneyMapper opens maps of up to "
              "{limit} steps and notes")),
    ("edges", MAX_ARROWS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} arrows; JourneyMapper opens maps of up to {limit} arrows")),
    ("stages", MAX_ROWS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} stages; JourneyMapper opens maps of up to {limit} stages")),
    ("journeys", MAX_ROWS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} micro-journeys; JourneyMapper opens maps of up to "
              "{limit} micro-journeys")),
    ("owners", MAX_ROWS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} owners; JourneyMapper opens maps of up to {limit} owners")),
    ("rounds", MAX_ROWS, QT_TRANSLATE_NOOP(
        "io", "this map has {count} voting rounds; JourneyMapper opens maps of up to "
              "{limit} voting rounds")),
)


def _too_many(sentence: str, count: int, limit: int) -> str:
    return io.tr(sentence).format(count=grouped(count), limit=grouped(limit))


# --- writing -------------------------------------------------------------------

def to_data(document: JourneyDocument) -> dict[str, Any]:
    """The document as plain JSON-ready data, in the file's stable order."""
    info = document.info
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "title": info.title,
        "description": info.description,
        "journey_owner_id": info.journey_owner_id,
        "stages": [s.model_dump(mode="json") for s in document.stages],
        "journeys": [j.model_dump(mode="json") for j in document.journeys],
        "owners": [o.model_dump(mode="json") for o in document.owners],
        "nodes": [n.model_dump(mode="json")
                  for n in sorted(document.nodes(), key=lambda n: n.id)],
        "edges": [e.model_dump(mode="json")
                  for e in sorted(document.edges(), key=lambda e: e.id)],
        "rounds": [r.model_dump(mode="json") for r in document.rounds],
    }


def dumps(document: JourneyDocument) -> bytes:
    text = json.dumps(to_data(document), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def save(document: JourneyDocument, path: str | os.PathLike, keep_backup: bool = True) -> None:
    """Save atomically; the previous version stays beside it as ``NAME.bak``."""
    atomic_write(path, dumps(document), keep_backup=keep_backup)


# --- reading ---------------------------------------------------------------------

# A journey map nests four levels deep; JSON nested far deeper is not one.
MAX_NESTING = 64
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE_ESCAPE_BYTES = re.compile(_SURROGATE_ESCAPE.pattern.encode("ascii"))
_COLON_ESCAPE_BYTES = re.compile(rb"\\u003[aA]")
# Everything up to and including the next text that holds a comma or a bracket
# (group 1; None at the end). Possessive, so it never backtracks into a text.
_UP_TO_A_TEXT_WITH_STRUCTURE = re.compile(
    rb'(?:[^"]++|"(?:[^"\\,{\[]++|\\.)*+")*+("(?:[^"\\]++|\\.)*+")?')
_UTF8_BOM = b"\xef\xbb\xbf"
_LONG_NUMBER = re.compile(r"-?\d{%d,}" % (sys.get_int_max_str_digits() + 1)
                          if hasattr(sys, "get_int_max_str_digits") else r"-?\d{4301,}")
# Files up to this size are parsed without counting first: whatever their
# shape, they hold at most ~5 million values (each takes a byte and a half:
# ``1,`` or ``{},``), refused within a second or two in a few hundred MB (a
# 10,000-step map is ~6 MB). Larger ones are counted in C before parsing.
_COUNT_ABOVE_BYTES = 8 * 2**20
_MIN_BYTES_PER_VALUE = 6   # {}, [] and list items in a file over that size
_MIN_BYTES_PER_TEXT = 5    # keys and texts (a map: ~17 bytes each, ~12 written compactly)
# What follows the place of a JSON error in a file cut off inside a value:
# nothing, or the rest of a number or a word (``1.``, ``tr``), no second token.
_CUT_INSIDE_A_VALUE = re.compile(r"[^\s{}\[\],:\"]{0,24}")


class _Refused:
    """Stands for NaN or ±Infinity in the parsed data, so it can be found and
    refused at its place in the file."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _line_column(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return _place(line, column)


def _place(line: int, column: int) -> str:
    return io.tr("line {line}, column {column}").format(line=line, column=column)


def _whole_file() -> str:
    return io.tr("the whole file")


def _too_deep_at(text: str) -> str | None:
    """Where the nesting first goes deeper than any journey map does (error path only)."""
    depth, in_string, escaped = 0, False, False
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return _line_column(text, i)
        elif ch in "]}":
            depth -= 1
    return None


def _first_place(data: Any, found: Callable[[Any], bool]) -> str | None:
    """The JSON path of the first value (or key) in file order for which ``found`` holds."""
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        value, path = stack.pop()
        if found(value):
            return path
        if isinstance(value, dict):
            for key, child in reversed(value.items()):
                if found(key):
                    return path
                stack.append((child, f"{path}.{_short_text(key, 40)}"))
        elif isinstance(value, list):
            stack.extend((child, f"{path}[{i}]") for i, child in reversed(list(enumerate(value))))
    return None


def _is_half_pair(value: Any) -> bool:
    """Text holding half a UTF-16 pair (``\\ud800``) cannot be written back as
    UTF-8: a map holding it could be opened but never saved again."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _short_text(text: Any, limit: int = 60) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _json_path(loc: tuple, data: Any) -> str:
    parts, node = ["$"], data
    skip_tag = False
    for i, key in enumerate(loc):
        if skip_tag:
            skip_tag = False
            if isinstance(key, str) and isinstance(node, dict) and node.get("kind") == key:
                continue
        if isinstance(key, int):
            parts.append(f"[{key}]")
            node = node[key] if isinstance(node, list) and 0 <= key < len(node) else None
            skip_tag = i > 0 and loc[i - 1] == "nodes"
        else:
            parts.append(f".{_short_text(key, 40)}")
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts)


def _describe_item(loc: tuple, data: Any) -> str:
    """‘the crossroads “Bag lost?”’ for a location inside a node, for context."""
    if len(loc) >= 2 and loc[0] in ("nodes", "stages", "journeys", "owners", "edges",
                                    "rounds") \
            and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get(loc[0])
        if isinstance(items, list) and 0 <= loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            kind = item.get("kind")
            step = kind if kind in ("touchpoint", "crossroads", "outcome", "note") else "step"
            word = {"nodes": step, "stages": "stage",
                    "journeys": "micro-journey", "owners": "owner", "edges": "arrow",
                    "rounds": "voting round"}[loc[0]]
            name = item.get("label") or item.get("name") or item.get("title")
            if isinstance(name, str) and name:
                short = name if len(name) <= 40 else name[:39] + "…"
                return io.tr(_IN_THE[word]).format(name=short)
    return ""


# Where a bad value is, by what holds it (each its own sentence: the words take
# different articles and endings in other languages).
_IN_THE = {
    "touchpoint": QT_TRANSLATE_NOOP("io", " (in the touchpoint “{name}”)"),
    "crossroads": QT_TRANSLATE_NOOP("io", " (in the crossroads “{name}”)"),
    "outcome": QT_TRANSLATE_NOOP("io", " (in the outcome “{name}”)"),
    "note": QT_TRANSLATE_NOOP("io", " (in the note “{name}”)"),
    "step": QT_TRANSLATE_NOOP("io", " (in the step “{name}”)"),
    "stage": QT_TRANSLATE_NOOP("io", " (in the stage “{name}”)"),
    "micro-journey": QT_TRANSLATE_NOOP("io", " (in the micro-journey “{name}”)"),
    "owner": QT_TRANSLATE_NOOP("io", " (in the owner “{name}”)"),
    "arrow": QT_TRANSLATE_NOOP("io", " (in the arrow “{name}”)"),
    "voting round": QT_TRANSLATE_NOOP("io", " (in the voting round “{name}”)"),
}

# pydantic's own sentences about a bad value, by error type, so a user reads them in
# their language; the English text is pydantic's (a type not listed keeps pydantic's).
_VALUE_PROBLEMS = {
    "string_type": QT_TRANSLATE_NOOP("io", "Input should be a valid string"),
    "int_type": QT_TRANSLATE_NOOP("io", "Input should be a valid integer"),
    "int_from_float": QT_TRANSLATE_NOOP(
        "io", "Input should be a valid integer, got a number with a fractional part"),
    "float_type": QT_TRANSLATE_NOOP("io", "Input should be a valid number"),
    "bool_type": QT_TRANSLATE_NOOP("io", "Input should be a valid boolean"),
    "finite_number": QT_TRANSLATE_NOOP("io", "Input should be a finite number"),
    "list_type": QT_TRANSLATE_NOOP("io", "Input should be a valid list"),
    "dict_type": QT_TRANSLATE_NOOP("io", "Input should be a valid dictionary"),
    "date_type": QT_TRANSLATE_NOOP("io", "Input should be a valid date"),
    "enum": QT_TRANSLATE_NOOP("io", "Input should be {expected}"),
    "literal_error": QT_TRANSLATE_NOOP("io", "Input should be {expected}"),
    "greater_than_equal": QT_TRANSLATE_NOOP("io", "Input should be greater than or equal to {ge}"),
    "less_than_equal": QT_TRANSLATE_NOOP("io", "Input should be less than or equal to {le}"),
    "greater_than": QT_TRANSLATE_NOOP("io", "Input should be greater than {gt}"),
    "less_than": QT_TRANSLATE_NOOP("io", "Input should be less than {lt}"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("io", "String should match pattern '{pattern}'"),
}


def _value_problem(err: dict) -> str:
    """pydantic's sentence about a bad value, in the user's language when we know it."""
    english = err.get("msg", "invalid value")
    kind, ctx = err.get("type"), err.get("ctx") or {}
    if kind == "string_too_long" and isinstance(ctx.get("max_length"), int):
        return io.tr("String should have at most %n character(s)", "", ctx["max_length"])
    if kind == "string_too_short" and isinstance(ctx.get("min_length"), int):
        return io.tr("String should have at least %n character(s)", "", ctx["min_length"])
    template = _VALUE_PROBLEMS.get(kind)
    if template is None:
        return english
    # pydantic writes a whole float as a whole number ("80", not "80.0"); so do we
    ctx = {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in ctx.items()}
    try:
        if template.format(**ctx) != english:  # another pydantic words it otherwise
            return english
        return io.tr(template).format(**ctx)
    except (KeyError, IndexError, ValueError):
        return english


def _short(value: Any) -> str:
    if isinstance(value, (list, dict)):  # never repr a deeply nested or huge structure
        return io.tr("a list") if isinstance(value, list) else io.tr("an object")
    if isinstance(value, str) and len(value) > 60:
        value = value[:57]
        return repr(value)[:-1] + "…" + repr(value)[-1]
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _validation_error(source: str, exc: ValidationError, data: Any) -> JourneyFileError:
    err = exc.errors()[0]
    loc = tuple(err.get("loc", ()))
    where = _json_path(loc, data)
    problem = _value_problem(err)
    if err.get("type") == "missing":
        problem = io.tr("the field “{name}” is missing").format(name=_short_text(loc[-1]))
    elif err.get("type") == "extra_forbidden":
        problem = io.tr("“{name}” is not a field JourneyMapper knows").format(
            name=_short_text(loc[-1]))
    elif err.get("type") == "union_tag_invalid":
        kind = _short_text(err.get("ctx", {}).get("tag"))
        problem = io.tr("“{kind}” is not a kind of step; expected touchpoint, crossroads, "
                        "outcome or note").format(kind=kind)
    elif err.get("type") == "union_tag_not_found":
        problem = io.tr("the step has no “kind”; it must say which kind of step it is: "
                        "touchpoint, crossroads, outcome or note")
    elif "input" in err:
        problem = io.tr("{problem} (found {value})").format(problem=problem,
                                                           value=_short(err["input"]))
    more = len(exc.errors()) - 1
    if more:
        problem += io.tr("; and %n more problem(s)", "", more)
    return JourneyFileError(source, problem + _describe_item(loc, data), where)


def loads(raw: bytes, source: str = "<memory>") -> JourneyDocument:
    """Parse and validate a .jmap file's bytes into a document."""
    # Opening makes about ten objects per step and no garbage; with the cyclic
    # collector on, a big map in a busy program paid ~30 % of its opening time
    # to collections that find nothing.
    with collector_paused():
        return _loads(raw, source)


def _loads(raw: bytes, source: str) -> JourneyDocument:
    if len(raw) > MAX_FILE_BYTES:
        raise JourneyFileError(source, _too_large())
    if not raw.strip():
        raise JourneyFileError(source, io.tr("the file is empty"))
    if len(raw) > _COUNT_ABOVE_BYTES:
        _check_size(raw, source)
    document = _open_current(raw)
    if document is not None:
        return document
    return _open_carefully(raw, source)


def _too_large() -> str:
    return io.tr("the file is larger than {size} MB, too large to be a journey map").format(
        size=MAX_FILE_BYTES // 2**20)


def _structure_bound(raw: bytes) -> int:
    """At least the number of containers and list items in the file (more when texts
    hold commas or brackets); counted in C, without parsing anything."""
    return raw.count(b"{") + raw.count(b"[") + raw.count(b",")


def _structure_in_texts(raw: bytes) -> int:
    """The commas and brackets inside the file's texts, without copying the file:
    one match per text that holds any."""
    found = 0
    for match in _UP_TO_A_TEXT_WITH_STRUCTURE.finditer(raw):
        text = match.group(1)
        if text:
            found += _structure_bound(text)
    return found


def _check_size(raw: bytes, source: str) -> None:
    """Refuse a file too big in structure before it is parsed, so any file costs
    bounded time and memory: too many steps or arrows, or millions of values."""
    # Every step has a "stage_id" and every arrow a "target"; inside a text those
    # words are written with \" and cannot match.
    for key, (name, limit, sentence) in ((b'"stage_id"', _LIMITS[0]), (b'"target"', _LIMITS[1])):
        count = raw.count(key)
        if count > limit:
            raise JourneyFileError(source, _too_many(sentence, count, limit), f"$.{name}")
    # Parsed, a value costs ~100 bytes or more; a map spends ~25 bytes of file on
    # each (~18 written compactly), so a file far denser than that is refused too.
    limit = min(MAX_VALUES, len(raw) // _MIN_BYTES_PER_VALUE)
    texts = raw.count(b'"') // 2  # keys and texts, and each \" inside a text counted half
    if texts <= min(MAX_VALUES, len(raw) // _MIN_BYTES_PER_TEXT):
        if _structure_bound(raw) <= limit:
            return
        # Texts may hold any number of commas and brackets: count without them.
        values = _structure_bound(raw) - _structure_in_texts(raw)
        if values <= limit:
            return
    else:
        values = texts
    raise JourneyFileError(source, io.tr(
        "the file holds {values} values, more than a journey map of its size or of {steps} "
        "steps does (at most {limit})").format(values=grouped(values), steps=grouped(MAX_STEPS),
                                               limit=grouped(limit)), _whole_file())


def _repeats_noted(repeated: list[tuple[dict, str]]) -> Callable[[list], dict]:
    """An ``object_pairs_hook`` that notes each object with a key twice and the key
    (``json`` and pydantic silently keep the last)."""

    def make_object(pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            repeated.append((obj, next(key for key, _ in pairs if key in seen or seen.add(key))))
        return obj

    return make_object


def _open_carefully(raw: bytes, source: str) -> JourneyDocument:
    """Every check one at a time: opens what the fast path declined (an older
    version, a file it doubts), or says exactly what is wrong and where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(source, io.tr("the file is not UTF-8 text (is it a journey map?)"),
                               io.tr("byte {offset}").format(offset=exc.start)) from None
    refused: list[_Refused] = []

    def constant(name: str) -> _Refused:
        refused.append(_Refused(name))
        return refused[-1]

    repeated: list[tuple[dict, str]] = []
    try:
        data = json.loads(text, parse_constant=constant, object_pairs_hook=_repeats_noted(repeated))
    except json.JSONDecodeError as exc:
        raise JourneyFileError(source, _json_problem(text, exc),
                               _place(exc.lineno, exc.colno)) from None
    except RecursionError:
        raise JourneyFileError(source, _too_deep(), _too_deep_at(text) or _whole_file()) \
            from None
    except ValueError as exc:  # an integer with thousands of digits
        found = _LONG_NUMBER.search(text)
        raise JourneyFileError(source, io.tr("it holds a number too long to read ({detail})")
                               .format(detail=exc) if not found
                               else io.tr("it holds a number with thousands of digits"),
                               _line_column(text, found.start()) if found else _whole_file()) \
            from None
    if repeated:
        obj, twice = repeated[0]
        where = _first_place(data, lambda value: value is obj) or _whole_file()
        raise JourneyFileError(source, io.tr(
            "the key “{key}” appears twice in the same object; JourneyMapper cannot tell which "
            "one is meant").format(key=_short_text(twice, 40)), where)
    if refused:
        where = _first_place(data, lambda value: isinstance(value, _Refused)) or _whole_file()
        raise JourneyFileError(source, io.tr(
            "{value} is not a number JourneyMapper can use (JSON has no NaN or infinity)")
            .format(value=refused[0].name), where)
    if _SURROGATE_ESCAPE.search(text):
        where = _first_place(data, _is_half_pair)
        if where:
            raise JourneyFileError(source, io.tr(
                "the text holds half of a UTF-16 character pair (a lone \\uD800–\\uDFFF "
                "escape), which cannot be saved"), where)
    return from_data(data, source)


def _too_deep() -> str:
    return io.tr("the data is nested too deeply to be a journey map")


def _json_problem(text: str, exc: json.JSONDecodeError) -> str:
    """Why ``text`` is not JSON, in words that point at the likely cause."""
    if exc.msg == "Extra data":
        return io.tr("the map ends before this place and something else follows it "
                     "(two files joined, or text added after the map)")
    ends_here = exc.msg.startswith("Unterminated string") \
        or _CUT_INSIDE_A_VALUE.fullmatch(text[exc.pos:].rstrip())
    if ends_here and text.lstrip().startswith(("{", "[")):
        return io.tr("the file ends too early: it was cut off, perhaps by a failed copy or save")
    return io.tr("it is not valid JSON ({detail})").format(detail=exc.msg.lower())


def _has_repeated_keys(body: bytes, parsed: _JourneyFile) -> bool | None:
    """Whether an object in the file has a key twice; None when unsure.

    pydantic keeps the last of two equal keys silently. Outside texts a colon
    ends a key, and a text's raw colons are still in the parsed text, so
    colons in the file == keys the models were given + colons in their texts
    exactly when no key came twice (a colon written ``\\u003a`` breaks the
    count: unsure). The texts are counted only when the first count differs.
    """
    colons = body.count(b":")
    models = list(chain([parsed], parsed.stages, parsed.journeys, parsed.owners, parsed.nodes,
                        parsed.edges, parsed.rounds,
                        chain.from_iterable(r.counts for r in parsed.rounds)))
    keys = sum(map(len, map(_FIELDS_SET, models)))
    if colons == keys:
        return False
    if _COLON_ESCAPE_BYTES.search(body):
        return None
    texts = chain.from_iterable(_texts_of(type(m))(m) for m in models)
    return colons != keys + "".join(filter(None, texts)).count(":")


_FIELDS_SET = attrgetter("__pydantic_fields_set__")
_TEXT_GETTERS: dict[type, Callable[[Any], tuple]] = {}


def _is_text(annotation: Any) -> bool:
    """``str``, ``Annotated[str, …]`` or either ``| None`` (enums hold no colon: left out)."""
    if annotation is str:
        return True
    if get_origin(annotation) is Annotated:
        return _is_text(get_args(annotation)[0])
    return get_origin(annotation) in (Union, UnionType) and \
        all(_is_text(arg) or arg is type(None) for arg in get_args(annotation))


def _texts_of(cls: type[BaseModel]) -> Callable[[Any], tuple]:
    """A getter of the model's text fields as a tuple (every model has two or more).
    A text field missed here only sends a file with colons to the careful path."""
    getter = _TEXT_GETTERS.get(cls)
    if getter is None:
        getter = _TEXT_GETTERS[cls] = attrgetter(
            *[name for name, field in cls.model_fields.items() if _is_text(field.annotation)])
    return getter


def _open_current(raw: bytes) -> JourneyDocument | None:
    """The document in a sound file of the current version, or None.

    pydantic parses the JSON and validates every field in one pass in Rust,
    about twice as fast as ``json.loads`` and then validating the parsed data
    (most of the time of opening a big map). This path only ever opens what
    :func:`_open_carefully` opens, identically (``tests/test_io_fast_path.py``):
    it fails on everything that path refuses (invalid UTF-8, bad JSON, NaN,
    huge numbers, deep nesting, a wrong value, a broken reference, a key
    twice, too many steps) and leaves to it what it does not check itself (a
    lone surrogate escape, another version). Then it returns None and the
    careful path opens the file or says what is wrong and where.
    """
    body = raw[len(_UTF8_BOM):] if raw.startswith(_UTF8_BOM) else raw
    if _SURROGATE_ESCAPE_BYTES.search(body):
        return None
    try:
        parsed = _JourneyFile.model_validate_json(body, strict=True)
    except (ValueError, RecursionError):  # ValidationError is a ValueError
        return None
    if parsed.format != FORMAT_NAME or parsed.version != FORMAT_VERSION:
        return None
    if _has_repeated_keys(body, parsed) is not False:
        return None
    try:
        return JourneyDocument.assembled(
            MapInfo(title=parsed.title, description=parsed.description,
                    journey_owner_id=parsed.journey_owner_id),
            parsed.stages, parsed.journeys, parsed.owners, parsed.nodes, parsed.edges,
            parsed.rounds)
    except DocumentError:  # the careful path says which element, at its place
        return None


def from_data(data: Any, source: str = "<memory>") -> JourneyDocument:
    """The document in parsed JSON data (a file's, an autosave's), strictly validated."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise JourneyFileError(source, io.tr("this is not a JourneyMapper map (the “format” "
                                             "field is not “journeymapper”)"), "$.format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JourneyFileError(source, io.tr("the file has no valid version number"), "$.version")
    if version > FORMAT_VERSION:
        raise JourneyFileError(source, io.tr(
            "it was made by a newer JourneyMapper (file version {version}; this program reads "
            "up to version {supported}). Update JourneyMapper to open it.").format(
                version=version, supported=FORMAT_VERSION), "$.version")
    while version < FORMAT_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except Exception as exc:  # a migration of a damaged old file
            raise JourneyFileError(source, io.tr(
                "the version {version} file could not be upgraded: {detail}").format(
                    version=version, detail=_short_text(exc, 200)), _whole_file()) from None
        version += 1
        data["version"] = version
    for name, limit, sentence in _LIMITS:
        items = data.get(name)
        if isinstance(items, list) and len(items) > limit:
            raise JourneyFileError(source, _too_many(sentence, len(items), limit), f"$.{name}")
    try:
        # Validated as JSON text, in strict mode like the fast path: Python's
        # own objects would let "3" pass as 3 (lax) or refuse "email" as a
        # channel (strict Python mode wants the enum itself).
        as_json = json.dumps(data, ensure_ascii=True, allow_nan=True, default=repr)
        parsed = _JourneyFile.model_validate_json(as_json, strict=True)
    except ValidationError as exc:
        raise _validation_error(source, exc, data) from None
    except (RecursionError, ValueError):
        raise JourneyFileError(source, _too_deep(), _whole_file()) from None
    return _build(parsed, source)


def _build(parsed: _JourneyFile, source: str) -> JourneyDocument:
    document = JourneyDocument()
    groups = (("stages", parsed.stages, document.add_stage),
              ("journeys", parsed.journeys, document.add_journey),
              ("owners", parsed.owners, document.add_owner),
              ("nodes", parsed.nodes, document.add_node),
              ("edges", parsed.edges, document.add_edge),
              ("rounds", parsed.rounds, document.add_round))
    for name, items, add in groups:
        for i, item in enumerate(items):
            try:
                add(item)
            except DocumentError as exc:
                raise JourneyFileError(source, str(exc), f"$.{name}[{i}]") from None
    try:
        document.set_info(**MapInfo(title=parsed.title, description=parsed.description,
                                    journey_owner_id=parsed.journey_owner_id).model_dump())
    except DocumentError as exc:
        raise JourneyFileError(source, str(exc), "$.journey_owner_id") from None
    return document


def load(path: str | os.PathLike) -> JourneyDocument:
    """Open a .jmap file; any problem is a :class:`JourneyFileError`.

    Only a regular file is read: a named pipe or a device is refused at once
    instead of waiting forever for data (:func:`~.reading.open_regular`).
    """
    path = Path(path)
    source = str(path)
    a_folder = QT_TRANSLATE_NOOP("io", "this is a folder, not a file")
    try:
        with open_regular(path) as fh:
            if os.fstat(fh.fileno()).st_size > MAX_FILE_BYTES:
                raise JourneyFileError(source, _too_large())
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JourneyFileError(source, io.tr("the file does not exist")) from None
    except NotARegularFile as exc:
        if exc.is_folder:
            raise JourneyFileError(source, io.tr(a_folder)) from None
        raise JourneyFileError(source, io.tr(
            "this is {kind}, not a file; JourneyMapper opens only regular files").format(
                kind=exc.kind)) from None
    except IsADirectoryError:
        raise JourneyFileError(source, io.tr(a_folder)) from None
    except PermissionError:
        if path.is_dir():  # Windows refuses to open a folder
            raise JourneyFileError(source, io.tr(a_folder)) from None
        raise JourneyFileError(source, io.tr("you do not have permission to read it")) from None
    except OSError as exc:
        raise JourneyFileError(source, io.tr("it could not be read ({detail})").format(
            detail=exc.strerror)) from None
    return loads(raw, source)
