"""A piece of a map on the clipboard: steps and the arrows between them, as JSON.

JSON (never pickle) so paste works across two windows or two processes of the
program, and a foreign clipboard cannot run code. Pasting gives every step and
arrow a fresh id, so the same fragment can be pasted many times.
"""

from __future__ import annotations

import json
from typing import Iterable

from pydantic import TypeAdapter, ValidationError

from ..model import AnyNode, Connection, DocumentError, Node
from ..model.elements import new_id
from .base import DocumentCommand, tr

MIME_TYPE = "application/x-journeymapper-fragment+json"
FORMAT = "journeymapper-fragment"
VERSION = 1
PASTE_OFFSET = 24.0

_NODES = TypeAdapter(list[AnyNode])
_EDGES = TypeAdapter(list[Connection])


class FragmentError(ValueError):
    """Clipboard content that is not a JourneyMapper fragment."""


def make_fragment(document, node_ids: Iterable[str]) -> dict:
    """The chosen steps and the arrows among them, as JSON-ready data."""
    ids = [i for i in dict.fromkeys(node_ids) if document.has_node(i)]
    chosen = set(ids)
    nodes = [document.node(i) for i in ids]
    edges = [e for i in ids for e in document.out_edges(i) if e.target in chosen]
    return {
        "format": FORMAT,
        "version": VERSION,
        "stages": {s.id: s.name for s in document.stages},
        "journeys": {j.id: j.name for j in document.journeys},
        "nodes": [n.model_dump(mode="json") for n in nodes],
        "edges": [e.model_dump(mode="json") for e in edges],
    }


def fragment_bytes(fragment: dict) -> bytes:
    return json.dumps(fragment, ensure_ascii=False).encode("utf-8")


def parse_fragment(raw: bytes) -> tuple[list[Node], list[Connection]]:
    """Validated steps and arrows of a fragment; :class:`FragmentError` when it is not one."""
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FragmentError(f"The clipboard does not hold a map fragment: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FragmentError("The clipboard does not hold a map fragment.")
    if data.get("version") != VERSION:
        raise FragmentError(f"The clipboard holds a fragment of an unknown version "
                            f"({data.get('version')!r}).")
    try:
        nodes = _NODES.validate_python(data.get("nodes", []))
        edges = _EDGES.validate_python(data.get("edges", []))
    except ValidationError as exc:
        raise FragmentError(f"The clipboard's map fragment is damaged: {exc.errors()[0]['msg']}") \
            from None
    return nodes, edges


def prepare_paste(document, nodes: list[Node], edges: list[Connection],
                  cell: tuple[str, str] | None = None,
                  at: tuple[float, float] | None = None,
                  offset: float = PASTE_OFFSET) -> tuple[list[Node], list[Connection]]:
    """Fresh ids, and cells that exist in ``document``.

    Without ``cell`` a step stays in its stage and lane when they exist here
    (shifted by ``offset`` so the copy does not hide the original); otherwise
    every step goes into ``cell``, keeping its place relative to the others,
    with the group's top-left at ``at`` (cell coordinates).
    """
    if not document.stages or not document.journeys:
        raise DocumentError("The map needs a stage and a micro-journey to paste into.")
    fallback = (document.stages[0].id, document.journeys[0].id)
    min_x = min((n.x for n in nodes), default=0.0)
    min_y = min((n.y for n in nodes), default=0.0)
    ids = {n.id: new_id() for n in nodes}
    placed = []
    for node in nodes:
        if cell is not None:
            ax, ay = at if at is not None else (min_x + offset, min_y + offset)
            changes = dict(stage_id=cell[0], journey_id=cell[1],
                           x=ax + node.x - min_x, y=ay + node.y - min_y)
        elif document.has_stage(node.stage_id) and document.has_journey(node.journey_id):
            changes = dict(x=node.x + offset, y=node.y + offset)
        else:
            changes = dict(stage_id=fallback[0], journey_id=fallback[1],
                           x=node.x - min_x + offset, y=node.y - min_y + offset)
        owner_id = getattr(node, "owner_id", None)
        if owner_id is not None and not document.has_owner(owner_id):
            changes["owner_id"] = None
        placed.append(node.with_changes(id=ids[node.id], **changes))
    kept = [e.with_changes(id=new_id(), source=ids[e.source], target=ids[e.target])
            for e in edges if e.source in ids and e.target in ids]
    return placed, kept


class PasteCommand(DocumentCommand):
    """Add prepared steps and arrows (ids already fresh) in one undo step."""

    def __init__(self, document, nodes: list[Node], edges: list[Connection], parent=None,
                 text: str | None = None) -> None:
        super().__init__(document, text or tr("Paste"), parent)
        self.nodes, self.edges = list(nodes), list(edges)

    @property
    def node_ids(self) -> list[str]:
        return [n.id for n in self.nodes]

    def _redo(self):
        for node in self.nodes:
            self.document.add_node(node)
        for edge in self.edges:
            self.document.add_edge(edge)
