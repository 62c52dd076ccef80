"""A small builder for hand-made maps with known answers, shared by the analysis tests."""

from __future__ import annotations

from journeymapper.model import (
    Crossroads,
    JourneyDocument,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Stage,
    Touchpoint,
)


class MapBuilder:
    """Stages, lanes and owners by short ids; steps placed left to right in call order."""

    def __init__(self, stages=("S1", "S2", "S3"), journeys=("J1",), owners=()):
        self.doc = JourneyDocument()
        for s in stages:
            self.doc.add_stage(Stage(id=s, name=f"Stage {s}"))
        for j in journeys:
            self.doc.add_journey(MicroJourney(id=j, name=f"Journey {j}"))
        for o in owners:
            self.doc.add_owner(Owner(id=o, name=f"Owner {o}"))
        self._x = 0.0

    def _place(self, cls, node_id, stage, journey, kw):
        self._x += 10
        kw.setdefault("label", node_id)
        kw.setdefault("x", self._x)
        self.doc.add_node(cls(id=node_id, stage_id=stage, journey_id=journey, **kw))
        return node_id

    def tp(self, node_id, stage="S1", journey="J1", **kw):
        return self._place(Touchpoint, node_id, stage, journey, kw)

    def cr(self, node_id, stage="S1", journey="J1", **kw):
        return self._place(Crossroads, node_id, stage, journey, kw)

    def out(self, node_id, stage="S3", journey="J1", **kw):
        return self._place(Outcome, node_id, stage, journey, kw)

    def note(self, node_id, stage="S1", journey="J1", **kw):
        return self._place(Note, node_id, stage, journey, kw)

    def arrow(self, a, b, **kw):
        kw.setdefault("id", f"{a}-{b}")
        return self.doc.connect(a, b, **kw).id

    def chain(self, *ids):
        return [self.arrow(a, b) for a, b in zip(ids, ids[1:])]


def test_builder_places_steps_left_to_right_so_flow_order_follows_the_calls():
    from journeymapper.model.flow import flow_order

    m = MapBuilder()
    m.tp("b")
    m.tp("a")
    assert flow_order(m.doc) == ["b", "a"]
