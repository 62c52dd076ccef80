"""The .jmap file format: versioned, deterministic UTF-8 JSON, validated on the way in.

A file looks like ``{"format": "journeymapper", "version": 1, "title": …,
"stages": […], "journeys": […], "owners": […], "nodes": […], "edges": […]}``.
Steps and arrows are sorted by id and every field is written, so two saves of
the same map are byte-identical and a map diffs well in git. Every way a file
can be bad ends in one :class:`JourneyFileError` that names the file and the
place in it.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
from pathlib import Path
from typing import Annotated, Any, Callable

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError
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
)
from ..model.elements import MAX_LABEL, MAX_TEXT, Id
from .atomic import atomic_write

FORMAT_NAME = "journeymapper"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
FILE_SUFFIX = ".jmap"

# Upgrades from an older version to the next one: MIGRATIONS[n] turns a
# version-n document (a plain dict) into a version n+1 document.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class JourneyFileError(Exception):
    """A file that cannot be opened, with where and why in words a user can act on."""

    def __init__(self, source: str, problem: str, where: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.where = where
        place = f" at {where}" if where else ""
        super().__init__(f"Cannot open “{source}”{place}: {problem}")


class _JourneyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Strict: the careful path has already checked that these are a real string
    # and integer; the fast path (pydantic's JSON parsing) must not accept "1".
    format: Annotated[str, Strict()]
    version: Annotated[int, Strict()]
    title: str = Field(default="", max_length=MAX_LABEL)
    description: str = Field(default="", max_length=MAX_TEXT)
    journey_owner_id: Id | None = None
    # FailFast: a list stops at its first bad item, so a file of two million
    # broken steps is refused at once instead of collecting two million errors.
    stages: Annotated[list[Stage], FailFast()] = []
    journeys: Annotated[list[MicroJourney], FailFast()] = []
    owners: Annotated[list[Owner], FailFast()] = []
    nodes: Annotated[list[AnyNode], FailFast()] = []
    edges: Annotated[list[Connection], FailFast()] = []


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
_UTF8_BOM = b"\xef\xbb\xbf"
_LONG_NUMBER = re.compile(r"-?\d{%d,}" % (sys.get_int_max_str_digits() + 1)
                          if hasattr(sys, "get_int_max_str_digits") else r"-?\d{4301,}")


class _Refused:
    """Stands for NaN or ±Infinity in the parsed data, so validation rejects it
    at its place in the file (no field accepts it) instead of at no place."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


def _line_column(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


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


def _surrogate_at(data: Any) -> str | None:
    """The JSON path of the first text holding half a UTF-16 pair (``\\ud800``).

    Such text cannot be written back as UTF-8, so a map holding it could be
    opened but never saved again.
    """
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return path
        elif isinstance(value, dict):
            for key, child in reversed(value.items()):
                try:
                    key.encode("utf-8")
                except UnicodeEncodeError:
                    return path
                stack.append((child, f"{path}.{_short_text(key, 40)}"))
        elif isinstance(value, list):
            stack.extend((child, f"{path}[{i}]") for i, child in reversed(list(enumerate(value))))
    return None


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
    if len(loc) >= 2 and loc[0] in ("nodes", "stages", "journeys", "owners", "edges") \
            and isinstance(loc[1], int) and isinstance(data, dict):
        items = data.get(loc[0])
        if isinstance(items, list) and 0 <= loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item = items[loc[1]]
            kind = item.get("kind")
            step = kind if kind in ("touchpoint", "crossroads", "outcome", "note") else "step"
            word = {"nodes": step, "stages": "stage",
                    "journeys": "micro-journey", "owners": "owner", "edges": "arrow"}[loc[0]]
            name = item.get("label") or item.get("name")
            if isinstance(name, str) and name:
                short = name if len(name) <= 40 else name[:39] + "…"
                return f" (in the {word} “{short}”)"
    return ""


def _short(value: Any) -> str:
    if isinstance(value, (list, dict)):  # never repr a deeply nested or huge structure
        return "a list" if isinstance(value, list) else "an object"
    if isinstance(value, str) and len(value) > 60:
        value = value[:57]
        return repr(value)[:-1] + "…" + repr(value)[-1]
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _validation_error(source: str, exc: ValidationError, data: Any) -> JourneyFileError:
    err = exc.errors()[0]
    loc = tuple(err.get("loc", ()))
    where = _json_path(loc, data)
    problem = err.get("msg", "invalid value")
    if err.get("type") == "missing":
        problem = f"the field “{_short_text(loc[-1])}” is missing"
    elif err.get("type") == "extra_forbidden":
        problem = f"“{_short_text(loc[-1])}” is not a field JourneyMapper knows"
    elif err.get("type") == "union_tag_invalid":
        kind = _short_text(err.get("ctx", {}).get("tag"))
        problem = (f"“{kind}” is not a kind of step; expected touchpoint, crossroads, "
                   f"outcome or note")
    elif "input" in err:
        problem = f"{problem} (found {_short(err['input'])})"
    more = len(exc.errors()) - 1
    if more:
        problem += f"; and {more} more problem{'s' if more > 1 else ''}"
    return JourneyFileError(source, problem + _describe_item(loc, data), where)


def loads(raw: bytes, source: str = "<memory>") -> JourneyDocument:
    """Parse and validate a .jmap file's bytes into a document."""
    # Opening makes about ten objects per step and no garbage; with the cyclic
    # collector on, a big map in a busy program paid ~30 % of its opening time
    # to collections that find nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _loads(raw, source)
    finally:
        if collecting:
            gc.enable()


def _loads(raw: bytes, source: str) -> JourneyDocument:
    if len(raw) > MAX_FILE_BYTES:
        raise JourneyFileError(source, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB, "
                                       "too large to be a journey map")
    if not raw.strip():
        raise JourneyFileError(source, "the file is empty")
    document = _open_current(raw)
    if document is not None:
        return document
    return _open_carefully(raw, source)


def _open_carefully(raw: bytes, source: str) -> JourneyDocument:
    """Every check one at a time: opens what the fast path declined (an older
    version, a file it doubts), or says exactly what is wrong and where."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(source, "the file is not UTF-8 text (is it a journey map?)",
                               f"byte {exc.start}") from None
    try:
        data = json.loads(text, parse_constant=_Refused)
    except json.JSONDecodeError as exc:
        ended_early = not text.rstrip().endswith(("}", "]")) and text.lstrip().startswith("{")
        hint = ("the file ends too early: it was cut off, perhaps by a failed copy or save"
                if ended_early else f"it is not valid JSON ({exc.msg.lower()})")
        raise JourneyFileError(source, hint, f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise JourneyFileError(source, "the data is nested too deeply to be a journey map",
                               _too_deep_at(text) or "the whole file") from None
    except ValueError as exc:  # an integer with thousands of digits
        found = _LONG_NUMBER.search(text)
        raise JourneyFileError(source, f"it holds a number too long to read ({exc})"
                               if not found else "it holds a number with thousands of digits",
                               _line_column(text, found.start()) if found else "the whole file") \
            from None
    if _SURROGATE_ESCAPE.search(text):
        where = _surrogate_at(data)
        if where:
            raise JourneyFileError(source, "the text holds half of a UTF-16 character pair "
                                           "(a lone \\uD800–\\uDFFF escape), which cannot be "
                                           "saved", where)
    return from_data(data, source)


def _open_current(raw: bytes) -> JourneyDocument | None:
    """The document in a sound file of the current version, or None.

    pydantic parses the JSON and validates every field in one pass in Rust,
    about twice as fast as ``json.loads`` and then validating the parsed data
    (most of the time of opening a big map). This path only ever opens what
    :func:`_open_carefully` opens, identically (``tests/test_io_fast_path.py``):
    it fails on everything that path refuses (invalid UTF-8, bad JSON, NaN,
    huge numbers, deep nesting, a wrong value, a broken reference) and leaves
    to it what it does not check itself (a lone surrogate escape, another
    version). Then it returns None and the careful path opens the file or
    says what is wrong and where.
    """
    body = raw[len(_UTF8_BOM):] if raw.startswith(_UTF8_BOM) else raw
    if _SURROGATE_ESCAPE_BYTES.search(body):
        return None
    try:
        parsed = _JourneyFile.model_validate_json(body)
    except (ValueError, RecursionError):  # ValidationError is a ValueError
        return None
    if parsed.format != FORMAT_NAME or parsed.version != FORMAT_VERSION:
        return None
    try:
        return JourneyDocument.assembled(
            MapInfo(title=parsed.title, description=parsed.description,
                    journey_owner_id=parsed.journey_owner_id),
            parsed.stages, parsed.journeys, parsed.owners, parsed.nodes, parsed.edges)
    except DocumentError:  # the careful path says which element, at its place
        return None


def from_data(data: Any, source: str = "<memory>") -> JourneyDocument:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise JourneyFileError(source, "this is not a JourneyMapper map "
                                       "(the “format” field is not “journeymapper”)", "$.format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JourneyFileError(source, "the file has no valid version number", "$.version")
    if version > FORMAT_VERSION:
        raise JourneyFileError(
            source, f"it was made by a newer JourneyMapper (file version {version}; this "
                    f"program reads up to version {FORMAT_VERSION}). Update JourneyMapper "
                    "to open it.", "$.version")
    while version < FORMAT_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except Exception as exc:  # a migration of a damaged old file
            raise JourneyFileError(source, f"the version {version} file could not be "
                                           f"upgraded: {_short_text(exc, 200)}",
                                   "the whole file") from None
        version += 1
        data["version"] = version
    try:
        parsed = _JourneyFile.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(source, exc, data) from None
    except RecursionError:
        raise JourneyFileError(source, "the data is nested too deeply to be a journey map",
                               "the whole file") from None
    return _build(parsed, source)


def _build(parsed: _JourneyFile, source: str) -> JourneyDocument:
    document = JourneyDocument()
    groups = (("stages", parsed.stages, document.add_stage),
              ("journeys", parsed.journeys, document.add_journey),
              ("owners", parsed.owners, document.add_owner),
              ("nodes", parsed.nodes, document.add_node),
              ("edges", parsed.edges, document.add_edge))
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
    """Open a .jmap file; any problem is a :class:`JourneyFileError`."""
    path = Path(path)
    source = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JourneyFileError(source, "the file does not exist") from None
    except IsADirectoryError:
        raise JourneyFileError(source, "this is a folder, not a file") from None
    except PermissionError:
        raise JourneyFileError(source, "you do not have permission to read it") from None
    except OSError as exc:
        raise JourneyFileError(source, f"it could not be read ({exc.strerror})") from None
    return loads(raw, source)
