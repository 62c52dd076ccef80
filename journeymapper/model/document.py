"""The journey document: one NetworkX graph of steps and arrows, plus the grid.

The document is the single place that changes a map. Every method keeps the
invariants (no arrow to a missing step, no step in a missing stage or lane, no
reference to a missing owner) and emits exactly one :class:`Change` per real
change, so the canvas, the panels and the undo stack can follow it.

Removal policy, chosen so that nothing a user drew is lost by accident:

* a stage or micro-journey that still holds steps is **refused** with a reason,
  unless the caller names another stage or lane to move those steps into;
* an owner still in use is **reassigned**: its touchpoints and crossroads go to
  ``reassign_to`` (another owner, or nobody), and so does the journey ownership.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Sequence

import networkx as nx

from .elements import (
    MAX_CELL_LENGTH,
    Connection,
    Crossroads,
    EdgeKind,
    MapInfo,
    MicroJourney,
    Node,
    NodeKind,
    Owner,
    Stage,
)
from ..words import QT_TRANSLATE_NOOP, Words
from .geometry import EMOTION_BAND
from .voting import VoteRound
from .events import Action, Change, ChangeBatch, ChangeEmitter, Target

model = Words("model")  # the map's refusals in the user's language (journeymapper.words)

# The refusals that name a kind of element, one sentence per kind (articles and
# endings differ from language to language); the English word picks the sentence.
_NO_SUCH = {
    "stage": QT_TRANSLATE_NOOP("model", "There is no stage with id {id}."),
    "micro-journey": QT_TRANSLATE_NOOP("model", "There is no micro-journey with id {id}."),
    "owner": QT_TRANSLATE_NOOP("model", "There is no owner with id {id}."),
}
_ALREADY = {
    "stage": QT_TRANSLATE_NOOP("model", "A stage with id {id} is already on the map."),
    "micro-journey": QT_TRANSLATE_NOOP(
        "model", "A micro-journey with id {id} is already on the map."),
    "owner": QT_TRANSLATE_NOOP("model", "An owner with id {id} is already on the map."),
}
_FIXED_ID = {
    "stage": QT_TRANSLATE_NOOP("model", "A stage's id cannot change."),
    "micro-journey": QT_TRANSLATE_NOOP("model", "A micro-journey's id cannot change."),
    "owner": QT_TRANSLATE_NOOP("model", "An owner's id cannot change."),
}
_SYNONYMS = {"journey": "micro-journey"}  # a Target's value names the same kind


def _kind_sentence(table: dict[str, str], word: str, **params) -> str:
    sentence = table.get(_SYNONYMS.get(word, word)) or table["stage"]
    return model.tr(sentence).format(**params)


class DocumentError(ValueError):
    """A change the map refuses, with a reason a user can act on."""


@dataclass(frozen=True)
class Removal:
    """What a removal took away, so an undo can put it back exactly."""

    element: object
    index: int | None = None
    edges: tuple[Connection, ...] = ()
    reassigned: tuple[Node, ...] = ()  # the nodes as they were before reassignment
    info: MapInfo | None = None  # the map info before, when it changed


class Transaction:
    """What one transaction changed: filled in when its body has finished."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.changes: tuple[Change, ...] = ()


def _name(element) -> str:
    text = getattr(element, "name", None) or getattr(element, "label", None) or element.id
    return model.tr("‘{name}’").format(name=text)


class JourneyDocument:
    """A journey map in memory: grid, owners, and the graph of steps."""

    def __init__(self, info: MapInfo | None = None) -> None:
        self._graph: nx.DiGraph = nx.DiGraph()
        # Readers get a read-only view (networkx refuses changes through it): every change
        # goes through the methods below, which keep the rules and tell the listeners.
        self._view = self._read_only_view()
        self._version = 0  # counts changes: a snapshot of this version is still current
        self._snapshot: "JourneyDocument | None" = None
        self._info = info or MapInfo()
        self._stages: list[Stage] = []
        self._journeys: list[MicroJourney] = []
        self._owners: list[Owner] = []
        self._rounds: list[VoteRound] = []  # closed rounds of dot voting, oldest first
        # The ids in each ordered list, so checking a step's references costs
        # O(1) instead of a scan (opening a 10,000-step map checks 30,000 of them).
        self._ids: dict[int, set[str]] = {id(self._stages): set(), id(self._journeys): set(),
                                          id(self._owners): set(), id(self._rounds): set()}
        self._edges: dict[str, tuple[str, str]] = {}
        self._events = ChangeEmitter()
        self._batches = ChangeEmitter()
        self._pending: list[Change] | None = None  # the open transaction's changes
        self._pending_text = ""

    @classmethod
    def assembled(cls, info: MapInfo, stages: Sequence[Stage], journeys: Sequence[MicroJourney],
                  owners: Sequence[Owner], nodes: Sequence[Node],
                  edges: Sequence[Connection],
                  rounds: Sequence[VoteRound] = ()) -> "JourneyDocument":
        """A whole map at once, as opening a file makes it.

        Gives the document that adding each element in turn (``add_stage`` …
        ``add_edge``, then ``set_info``) gives, with the same checks and the
        same refusals, in a fraction of the time: a 10,000-step map checks
        ~50,000 references, so opening it one method call at a time cost more
        than reading the file. A brand-new document has no listeners, so no
        events are lost.
        """
        document = cls()
        for items, add in ((stages, document.add_stage), (journeys, document.add_journey),
                           (owners, document.add_owner), (rounds, document.add_round)):
            for item in items:
                add(item)
        stage_ids = document._ids[id(document._stages)]
        journey_ids = document._ids[id(document._journeys)]
        owner_ids = document._ids[id(document._owners)] | {None}
        add_node = document._graph.add_node
        # Fast checks first; when one fails, the per-element check explains why.
        steps: dict[str, Node] = {}  # what arrows may join: no notes
        crossroads: set[str] = set()
        for node in nodes:
            if not isinstance(node, Node) or type(node) is Node:
                raise DocumentError(_only_steps())
            node_id = node.id
            if node_id in document._graph:
                raise DocumentError(_step_already(node_id))
            # (A pydantic model keeps its fields in __dict__; getattr(note, "owner_id",
            # None) would cost a failed lookup through pydantic's __getattr__.)
            if node.stage_id not in stage_ids or node.journey_id not in journey_ids \
                    or node.__dict__.get("owner_id") not in owner_ids:
                document._check_node_refs(node)  # raises with the reason
            add_node(node_id, data=node)
            if node.is_step:
                steps[node_id] = node
                if isinstance(node, Crossroads):
                    crossroads.add(node_id)
        add_edge, ends = document._graph.add_edge, document._edges
        pairs: set[tuple[str, str]] = set()
        for edge in edges:
            pair = source, target = edge.source, edge.target
            if source not in steps or target not in steps or source == target \
                    or edge.id in ends or pair in pairs:
                document._check_edge(edge, is_new=True)  # raises with the reason
            if (edge.kind == EdgeKind.BRANCH) != (source in crossroads):
                _check_arrow_kind(edge, steps[source])  # raises with the reason
            add_edge(source, target, data=edge)
            ends[edge.id] = pair
            pairs.add(pair)
        if info.journey_owner_id is not None and info.journey_owner_id not in owner_ids:
            raise DocumentError(_owner_unknown())
        document._info = info
        return document

    # --- listening --------------------------------------------------------
    def subscribe(self, listener) -> None:
        """Hear each :class:`Change` as it happens."""
        self._events.subscribe(listener)

    def unsubscribe(self, listener) -> None:
        self._events.unsubscribe(listener)

    def subscribe_batches(self, listener) -> None:
        """Hear one :class:`ChangeBatch` per transaction: the whole of one user action."""
        self._batches.subscribe(listener)

    def unsubscribe_batches(self, listener) -> None:
        self._batches.unsubscribe(listener)

    def _emit(self, action: Action, target: Target, id_: str | None, old=None, new=None,
              index: int | None = None) -> None:
        self._version += 1
        pending = self._pending
        if pending is None and not self._events and not self._batches:
            return  # nobody listens and nothing records: a file is being opened
        change = Change(action, target, id_, old, new, index)
        if self._events:
            self._events.emit(change)
        if pending is not None:
            pending.append(change)
        elif self._batches:
            self._batches.emit(ChangeBatch("", (change,)))

    # --- transactions -------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self._pending is not None

    @contextmanager
    def transaction(self, text: str = "") -> Iterator["Transaction"]:
        """One user action: batch listeners hear its changes once, at the end.

        All or nothing: when the body raises, what it changed so far is undone
        (per-change listeners hear the undoing), then the error goes on to the
        caller, so a refused action never leaves half a change on the map. A
        transaction inside another joins it, and undoes only its own part when it
        fails (a savepoint), so an outer action may catch the refusal and go on.
        The yielded :class:`Transaction` holds, once the body is done, the changes
        made inside it, which an undo command keeps to replay.
        """
        outer = self._pending is None
        if outer:
            self._pending, self._pending_text = [], text
        pending = self._pending
        start = len(pending)
        record = Transaction(text)
        try:
            yield record
        except BaseException:
            undo = [change.inverse() for change in reversed(pending[start:])]
            del pending[start:]
            if outer:
                self._pending = None
            self._replay(undo, record=False)
            raise
        record.changes = tuple(pending[start:])
        if outer:
            self._pending = None
            if pending and self._batches:
                self._batches.emit(ChangeBatch(text, tuple(pending)))

    def replay(self, changes: Sequence[Change], backwards: bool = False,
               text: str = "") -> None:
        """Apply recorded changes again (redo), or their inverses newest first (undo).

        The changes were checked when they were first made, and replaying them in
        order (or backwards) passes through the same valid states, so no check is
        repeated. Listeners hear them as one transaction.
        """
        if backwards:
            changes = [change.inverse() for change in reversed(changes)]
        with self.transaction(text):
            self._replay(changes, record=True)

    def _replay(self, changes, record: bool) -> None:
        emit = self._emit if record else self._emit_only
        for change in changes:
            self._apply(change)
            emit(change.action, change.target, change.id, change.old, change.new, change.index)

    def _emit_only(self, action, target, id_, old=None, new=None, index=None) -> None:
        """Tell per-change listeners of a rollback, without recording it anywhere."""
        if self._events:
            self._events.emit(Change(action, target, id_, old, new, index))

    def _apply(self, change: Change) -> None:
        """Make one recorded change to the data, with no checks and no event."""
        action, target, new = change.action, change.target, change.new
        if target is Target.NODE:
            if action is Action.REMOVED:
                self._graph.remove_node(change.id)
            else:  # added or updated: the same write
                self._graph.add_node(change.id, data=new)
        elif target is Target.EDGE:
            if action is Action.REMOVED:
                source, target_id = self._edges.pop(change.id)
                self._graph.remove_edge(source, target_id)
            elif action is Action.ADDED:
                self._graph.add_edge(new.source, new.target, data=new)
                self._edges[new.id] = (new.source, new.target)
            else:
                self._graph.edges[new.source, new.target]["data"] = new
        elif target is Target.INFO:
            self._info = new
        else:
            items = {Target.STAGE: self._stages, Target.JOURNEY: self._journeys,
                     Target.OWNER: self._owners, Target.ROUND: self._rounds}[target]
            ids = self._ids[id(items)]
            if action is Action.ADDED:
                index = len(items) if change.index is None else change.index
                items.insert(index, new)
                ids.add(new.id)
            elif action is Action.REMOVED:
                items.pop(self._index(items, change.id, target.value))
                ids.discard(change.id)
            elif action is Action.UPDATED:
                items[self._index(items, change.id, target.value)] = new
            else:  # moved: old and new are positions
                items.insert(change.new, items.pop(change.old))

    # --- reading ----------------------------------------------------------
    @property
    def graph(self) -> nx.DiGraph:
        """The steps and arrows as a read-only NetworkX graph (each node's and arrow's
        ``data`` is its element); for graph algorithms. It follows the document live."""
        return self._view

    def _read_only_view(self) -> nx.DiGraph:
        view = nx.graphviews.generic_graph_view(self._graph)
        nx.freeze(view)
        return view

    @property
    def version(self) -> int:
        """A number that grows with every change: equal numbers, the same map."""
        return self._version

    def snapshot(self) -> "JourneyDocument":
        """A copy frozen at this moment, for readers in another thread.

        The panels' analysis runs on a worker while the user goes on editing; reading
        the live graph there could meet a dict changing size mid-walk. The elements
        are immutable, so the copy shares them and only the containers are new
        (about 40 ms at 10,000 steps); it has no listeners, and copies of the same
        version are one object.
        """
        if self._snapshot is not None and self._snapshot._version == self._version:
            return self._snapshot
        copy = JourneyDocument(self._info)
        copy._stages, copy._journeys, copy._owners = (list(self._stages), list(self._journeys),
                                                     list(self._owners))
        copy._rounds = list(self._rounds)
        copy._ids = {id(copy._stages): set(self._ids[id(self._stages)]),
                     id(copy._journeys): set(self._ids[id(self._journeys)]),
                     id(copy._owners): set(self._ids[id(self._owners)]),
                     id(copy._rounds): set(self._ids[id(self._rounds)])}
        copy._edges = dict(self._edges)
        graph = copy._graph
        # networkx's own copy() walks attribute dicts generically (2.5× slower); the
        # attribute dicts are copied here too, since the live ones are written in place.
        graph._node = {n: {"data": a["data"]} for n, a in self._graph._node.items()}
        succ = {u: {v: {"data": a["data"]} for v, a in nbrs.items()}
                for u, nbrs in self._graph._succ.items()}
        pred: dict = {n: {} for n in succ}
        for u, nbrs in succ.items():
            for v, attrs in nbrs.items():
                pred[v][u] = attrs
        graph._adj = graph._succ = succ
        graph._pred = pred
        copy._view = copy._read_only_view()  # a view holds the dicts it was made over
        copy._version = self._version
        self._snapshot = copy
        return copy

    @property
    def info(self) -> MapInfo:
        return self._info

    @property
    def stages(self) -> tuple[Stage, ...]:
        return tuple(self._stages)

    @property
    def journeys(self) -> tuple[MicroJourney, ...]:
        return tuple(self._journeys)

    @property
    def owners(self) -> tuple[Owner, ...]:
        return tuple(self._owners)

    @property
    def rounds(self) -> tuple[VoteRound, ...]:
        """The closed rounds of dot voting, oldest first."""
        return tuple(self._rounds)

    def round(self, round_id: str) -> VoteRound:
        return self._find(self._rounds, round_id, "voting round")

    def stage(self, stage_id: str) -> Stage:
        return self._find(self._stages, stage_id, "stage")

    def journey(self, journey_id: str) -> MicroJourney:
        return self._find(self._journeys, journey_id, "micro-journey")

    def owner(self, owner_id: str) -> Owner:
        return self._find(self._owners, owner_id, "owner")

    def stage_index(self, stage_id: str) -> int:
        return self._index(self._stages, stage_id, "stage")

    def journey_index(self, journey_id: str) -> int:
        return self._index(self._journeys, journey_id, "micro-journey")

    def owner_index(self, owner_id: str) -> int:
        return self._index(self._owners, owner_id, "owner")

    def has_stage(self, stage_id: str) -> bool:
        return stage_id in self._ids[id(self._stages)]

    def has_journey(self, journey_id: str) -> bool:
        return journey_id in self._ids[id(self._journeys)]

    def has_owner(self, owner_id: str | None) -> bool:
        return owner_id in self._ids[id(self._owners)]

    def node(self, node_id: str) -> Node:
        try:
            return self._graph.nodes[node_id]["data"]
        except KeyError:
            raise DocumentError(model.tr("There is no step with id {id}.").format(id=node_id)) \
                from None

    def has_node(self, node_id: str) -> bool:
        return node_id in self._graph

    def nodes(self, kind: NodeKind | None = None) -> Iterator[Node]:
        for _, data in self._graph.nodes(data="data"):
            if kind is None or data.kind == kind:
                yield data

    def node_count(self) -> int:
        return self._graph.number_of_nodes()

    def edge(self, edge_id: str) -> Connection:
        try:
            u, v = self._edges[edge_id]
        except KeyError:
            raise DocumentError(model.tr("There is no arrow with id {id}.").format(id=edge_id)) \
                from None
        return self._graph.edges[u, v]["data"]

    def has_edge(self, edge_id: str) -> bool:
        return edge_id in self._edges

    def edge_between(self, source: str, target: str) -> Connection | None:
        data = self._graph.get_edge_data(source, target)
        return data["data"] if data else None

    def edges(self) -> Iterator[Connection]:
        for _, _, data in self._graph.edges(data="data"):
            yield data

    def edge_count(self) -> int:
        return self._graph.number_of_edges()

    def out_edges(self, node_id: str) -> list[Connection]:
        return [d for _, _, d in self._graph.out_edges(node_id, data="data")]

    def in_edges(self, node_id: str) -> list[Connection]:
        return [d for _, _, d in self._graph.in_edges(node_id, data="data")]

    def edges_of(self, node_id: str) -> list[Connection]:
        return self.out_edges(node_id) + [e for e in self.in_edges(node_id) if e.source != node_id]

    def nodes_in(self, stage_id: str | None = None, journey_id: str | None = None) -> list[Node]:
        return [
            n
            for n in self.nodes()
            if (stage_id is None or n.stage_id == stage_id)
            and (journey_id is None or n.journey_id == journey_id)
        ]

    def owned_by(self, owner_id: str) -> list[Node]:
        return [n for n in self.nodes() if getattr(n, "owner_id", None) == owner_id]

    # --- the map's own info ------------------------------------------------
    def set_info(self, **changes) -> bool:
        new = self._validated(self._info, changes)
        if new.journey_owner_id is not None and not self.has_owner(new.journey_owner_id):
            raise DocumentError(_owner_unknown())
        return self._replace_info(new)

    def _replace_info(self, new: MapInfo) -> bool:
        if new == self._info:
            return False
        old, self._info = self._info, new
        self._emit(Action.UPDATED, Target.INFO, None, old, new)
        return True

    # --- stages, micro-journeys, owners -------------------------------------
    def add_stage(self, stage: Stage, index: int | None = None) -> Stage:
        return self._add_ordered(self._stages, stage, index, Target.STAGE, "stage")

    def update_stage(self, stage_id: str, **changes) -> bool:
        return self._update_ordered(self._stages, stage_id, changes, Target.STAGE, "stage")

    def move_stage(self, stage_id: str, index: int) -> bool:
        return self._move_ordered(self._stages, stage_id, index, Target.STAGE, "stage")

    def remove_stage(self, stage_id: str, move_steps_to: str | None = None) -> Removal:
        return self._remove_cell(self._stages, stage_id, move_steps_to, "stage_id", Target.STAGE,
                                 "stage", "column")

    def add_journey(self, journey: MicroJourney, index: int | None = None) -> MicroJourney:
        return self._add_ordered(self._journeys, journey, index, Target.JOURNEY, "micro-journey")

    def update_journey(self, journey_id: str, **changes) -> bool:
        return self._update_ordered(self._journeys, journey_id, changes, Target.JOURNEY,
                                    "micro-journey")

    def move_journey(self, journey_id: str, index: int) -> bool:
        return self._move_ordered(self._journeys, journey_id, index, Target.JOURNEY, "micro-journey")

    def remove_journey(self, journey_id: str, move_steps_to: str | None = None) -> Removal:
        return self._remove_cell(self._journeys, journey_id, move_steps_to, "journey_id",
                                 Target.JOURNEY, "micro-journey", "lane")

    def add_owner(self, owner: Owner, index: int | None = None) -> Owner:
        return self._add_ordered(self._owners, owner, index, Target.OWNER, "owner")

    def update_owner(self, owner_id: str, **changes) -> bool:
        return self._update_ordered(self._owners, owner_id, changes, Target.OWNER, "owner")

    def move_owner(self, owner_id: str, index: int) -> bool:
        return self._move_ordered(self._owners, owner_id, index, Target.OWNER, "owner")

    def remove_owner(self, owner_id: str, reassign_to: str | None = None) -> Removal:
        """Remove an owner; what it owned goes to ``reassign_to`` (``None``: nobody)."""
        index = self.owner_index(owner_id)
        if reassign_to == owner_id:
            raise DocumentError(model.tr("An owner cannot be merged into itself."))
        if reassign_to is not None and not self.has_owner(reassign_to):
            raise DocumentError(model.tr("There is no owner with id {id} to hand the items to.")
                                .format(id=reassign_to))
        before = tuple(self.owned_by(owner_id))
        old_info = self._info
        with self.transaction():
            for node in before:
                self._replace_node(node.with_changes(owner_id=reassign_to))
            if self._info.journey_owner_id == owner_id:
                self._replace_info(self._info.with_changes(journey_owner_id=reassign_to))
            owner = self._owners.pop(index)
            self._ids[id(self._owners)].discard(owner_id)
            self._emit(Action.REMOVED, Target.OWNER, owner_id, owner, None, index)
        return Removal(owner, index, reassigned=before,
                       info=old_info if old_info != self._info else None)

    def merge_owners(self, keep_id: str, absorb_id: str) -> Removal:
        """Everything ``absorb_id`` owned goes to ``keep_id``; ``absorb_id`` goes away."""
        self.owner(keep_id)
        return self.remove_owner(absorb_id, reassign_to=keep_id)

    # --- dot voting --------------------------------------------------------------
    def add_round(self, round_: VoteRound, index: int | None = None) -> VoteRound:
        """Store a closed round's result (a record of what the room said: its counts may
        name steps removed since, with the names they had)."""
        if not isinstance(round_, VoteRound):
            raise DocumentError("Only a voting round's result can be stored as one.")
        return self._add_ordered(self._rounds, round_, index, Target.ROUND, "voting round")

    def update_round(self, round_id: str, **changes) -> bool:
        return self._update_ordered(self._rounds, round_id, changes, Target.ROUND,
                                    "voting round")

    def remove_round(self, round_id: str) -> Removal:
        index = self._index(self._rounds, round_id, "voting round")
        with self.transaction():
            round_ = self._rounds.pop(index)
            self._ids[id(self._rounds)].discard(round_id)
            self._emit(Action.REMOVED, Target.ROUND, round_id, round_, None, index)
        return Removal(round_, index)

    # --- steps ---------------------------------------------------------------
    def add_node(self, node: Node) -> Node:
        if not isinstance(node, Node) or type(node) is Node:
            raise DocumentError(_only_steps())
        if node.id in self._graph:
            raise DocumentError(_step_already(node.id))
        self._check_node_refs(node)
        self._graph.add_node(node.id, data=node)
        self._emit(Action.ADDED, Target.NODE, node.id, None, node)
        return node

    def update_node(self, node_id: str, **changes) -> bool:
        old = self.node(node_id)
        for fixed in ("id", "kind"):
            if fixed in changes and changes[fixed] != getattr(old, fixed):
                raise DocumentError(model.tr("A step's {field} cannot change.").format(field=fixed))
        new = self._validated(old, changes)
        self._check_node_refs(new)
        return self._replace_node(new)

    def move_node(self, node_id: str, stage_id: str, journey_id: str, x: float, y: float) -> bool:
        return self.update_node(node_id, stage_id=stage_id, journey_id=journey_id, x=x, y=y)

    def remove_node(self, node_id: str) -> Removal:
        """Remove a step and the arrows that touch it (they cannot dangle)."""
        node = self.node(node_id)
        edges = tuple(self.edges_of(node_id))
        with self.transaction():
            for edge in edges:
                self.disconnect(edge.id)
            self._graph.remove_node(node_id)
            self._emit(Action.REMOVED, Target.NODE, node_id, node, None)
        return Removal(node, edges=edges)

    def _replace_node(self, new: Node) -> bool:
        old = self._graph.nodes[new.id]["data"]
        if new == old:
            return False
        self._graph.nodes[new.id]["data"] = new
        self._emit(Action.UPDATED, Target.NODE, new.id, old, new)
        return True

    def _check_node_refs(self, node: Node) -> None:
        if not self.has_stage(node.stage_id):
            raise DocumentError(model.tr("Step {name} is placed in a stage that does not exist.")
                                .format(name=_name(node)))
        if not self.has_journey(node.journey_id):
            raise DocumentError(model.tr(
                "Step {name} is placed in a micro-journey that does not exist.").format(
                    name=_name(node)))
        owner_id = getattr(node, "owner_id", None)
        if owner_id is not None and not self.has_owner(owner_id):
            raise DocumentError(model.tr("Step {name} names an owner that does not exist.")
                                .format(name=_name(node)))

    # --- arrows ----------------------------------------------------------------
    def connect(self, source: str, target: str, **fields) -> Connection:
        """Draw an arrow; out of a crossroads it is a branch, otherwise a flow."""
        if "kind" not in fields and source in self._graph:
            fields["kind"] = (EdgeKind.BRANCH if isinstance(self.node(source), Crossroads)
                              else EdgeKind.FLOW)
        return self.add_edge(Connection(source=source, target=target, **fields))

    def add_edge(self, edge: Connection) -> Connection:
        self._check_edge(edge, is_new=True)
        self._graph.add_edge(edge.source, edge.target, data=edge)
        self._edges[edge.id] = (edge.source, edge.target)
        self._emit(Action.ADDED, Target.EDGE, edge.id, None, edge)
        return edge

    def update_edge(self, edge_id: str, **changes) -> bool:
        old = self.edge(edge_id)
        for fixed in ("id", "source", "target"):
            if fixed in changes and changes[fixed] != getattr(old, fixed):
                raise DocumentError(model.tr(
                    "An arrow's {field} cannot change; draw a new arrow instead.").format(
                        field=fixed))
        new = self._validated(old, changes)
        self._check_edge(new, is_new=False)
        if new == old:
            return False
        self._graph.edges[new.source, new.target]["data"] = new
        self._emit(Action.UPDATED, Target.EDGE, edge_id, old, new)
        return True

    def disconnect(self, edge_id: str) -> Connection:
        edge = self.edge(edge_id)
        self._graph.remove_edge(edge.source, edge.target)
        del self._edges[edge_id]
        self._emit(Action.REMOVED, Target.EDGE, edge_id, edge, None)
        return edge

    def _check_edge(self, edge: Connection, is_new: bool) -> None:
        if edge.source not in self._graph:
            raise DocumentError(model.tr("The arrow's start step does not exist."))
        if edge.target not in self._graph:
            raise DocumentError(model.tr("The arrow's end step does not exist."))
        if edge.source == edge.target:
            raise DocumentError(model.tr("An arrow cannot lead from a step back to itself."))
        source, target = self.node(edge.source), self.node(edge.target)
        if not source.is_step or not target.is_step:
            raise DocumentError(model.tr("Notes annotate the map; they cannot be joined by "
                                         "arrows."))
        if is_new:
            if edge.id in self._edges:
                raise DocumentError(model.tr("An arrow with id {id} is already on the map.")
                                    .format(id=edge.id))
            if self._graph.has_edge(edge.source, edge.target):
                raise DocumentError(model.tr("There is already an arrow from {source} to "
                                             "{target}.").format(source=_name(source),
                                                                 target=_name(target)))
        _check_arrow_kind(edge, source)

    # --- helpers ----------------------------------------------------------------
    @staticmethod
    def _validated(old, changes: dict):
        try:
            return old.with_changes(**changes)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise DocumentError(_readable(exc)) from exc

    @staticmethod
    def _find(items: Sequence, item_id: str, word: str):
        for item in items:
            if item.id == item_id:
                return item
        raise DocumentError(_kind_sentence(_NO_SUCH, word, id=item_id))

    @staticmethod
    def _index(items: Sequence, item_id: str, word: str) -> int:
        for i, item in enumerate(items):
            if item.id == item_id:
                return i
        raise DocumentError(_kind_sentence(_NO_SUCH, word, id=item_id))

    def _add_ordered(self, items: list, item, index, target: Target, word: str):
        if item.id in self._ids[id(items)]:
            raise DocumentError(_kind_sentence(_ALREADY, word, id=item.id))
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, item)
        self._ids[id(items)].add(item.id)
        self._emit(Action.ADDED, target, item.id, None, item, index)
        return item

    def _update_ordered(self, items: list, item_id: str, changes: dict, target: Target,
                        word: str) -> bool:
        index = self._index(items, item_id, word)
        old = items[index]
        if "id" in changes and changes["id"] != old.id:
            raise DocumentError(_kind_sentence(_FIXED_ID, word))
        new = self._validated(old, changes)
        if new == old:
            return False
        items[index] = new
        self._emit(Action.UPDATED, target, item_id, old, new)
        return True

    def _move_ordered(self, items: list, item_id: str, index: int, target: Target,
                      word: str) -> bool:
        old_index = self._index(items, item_id, word)
        index = max(0, min(index, len(items) - 1))
        if index == old_index:
            return False
        items.insert(index, items.pop(old_index))
        self._emit(Action.MOVED, target, item_id, old_index, index)
        return True

    def _remove_cell(self, items: list, item_id: str, move_to: str | None, attr: str,
                     target: Target, word: str, place: str) -> Removal:
        """Remove a stage or lane; with ``move_to``, its steps move there first.

        The moved steps keep their arrangement and land beside the target's own
        steps (after them when the target comes first, before them otherwise), and
        the target grows by the removed one's room, so no step ends up over another
        stage or lane. One transaction: undo puts everything back exactly.
        """
        index = self._index(items, item_id, word)
        item = items[index]
        holding = [n for n in self.nodes() if getattr(n, attr) == item_id]
        is_stage = word == "stage"
        if holding and move_to is None:
            if is_stage:
                still = model.tr("The stage {name} still holds %n step(s). Move or delete them "
                                 "first, or choose another column to move them to.", "",
                                 len(holding))
            else:
                still = model.tr("The micro-journey {name} still holds %n step(s). Move or "
                                 "delete them first, or choose another lane to move them to.",
                                 "", len(holding))
            raise DocumentError(still.format(name=_name(item)))
        if move_to is not None:
            if move_to == item_id:
                raise DocumentError(model.tr("Choose a different column to move the steps to.")
                                    if is_stage else model.tr(
                                        "Choose a different lane to move the steps to."))
            self._index(items, move_to, word)
        with self.transaction():
            if move_to is not None and holding:
                self._merge_cell(items, item, index, holding, move_to, attr)
            items.pop(index)
            self._ids[id(items)].discard(item_id)
            self._emit(Action.REMOVED, target, item_id, item, None, index)
        return Removal(item, index, reassigned=tuple(holding))

    def _merge_cell(self, items: list, item, index: int, holding: list, move_to: str,
                    attr: str) -> None:
        is_stage = attr == "stage_id"
        axis, size = ("x", "width") if is_stage else ("y", "height")

        def room(element) -> float:
            # A lane's foot is its emotion band: steps use the height above it.
            return element.width if is_stage else element.height - EMOTION_BAND

        target_index = self._index(items, move_to, "")
        target = items[target_index]
        moved = {node.id for node in holding}
        if target_index < index:  # the moved steps come after the target's own
            offset, shift = room(target), holding
        else:  # they come first: the target's own steps make room
            offset = room(item)
            shift = [n for n in self.nodes() if getattr(n, attr) == move_to
                     and n.id not in moved]
        for node in holding:
            self._replace_node(self.node(node.id).with_changes(**{attr: move_to}))
        grown = min(MAX_CELL_LENGTH, getattr(target, size) + room(item))
        self._update_ordered(items, move_to, {size: grown},
                             Target.STAGE if is_stage else Target.JOURNEY, "")
        for node in shift:
            node = self.node(node.id)
            self._replace_node(node.with_changes(**{axis: getattr(node, axis) + offset}))


def _check_arrow_kind(edge: Connection, source: Node) -> None:
    is_crossroads = isinstance(source, Crossroads)
    if edge.kind == EdgeKind.BRANCH and not is_crossroads:
        raise DocumentError(model.tr("Only a crossroads has branches; this arrow must be a "
                                     "flow."))
    if edge.kind == EdgeKind.FLOW and is_crossroads:
        raise DocumentError(model.tr("Arrows out of a crossroads are branches."))


def _only_steps() -> str:
    return model.tr("Only touchpoints, crossroads, outcomes and notes can be added.")


def _step_already(node_id: str) -> str:
    return model.tr("A step with id {id} is already on the map.").format(id=node_id)


def _owner_unknown() -> str:
    return model.tr("The journey owner must be one of the map's owners.")


def _readable(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = []
        for err in errors():
            where = ".".join(str(p) for p in err.get("loc", ()))
            parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return "; ".join(parts)
    return str(exc)
