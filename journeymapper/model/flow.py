"""The order in which a customer meets the steps of a micro-journey.

Shared by auto-layout, the outline, the analysis and the PDF, so they all
agree on what "in flow order" means: follow the arrows; where the arrows do not
decide (parallel branches, loops such as repurchase), the left-most step in the
left-most stage comes first.
"""

from __future__ import annotations

import networkx as nx


def flow_order(document, journey_id: str | None = None) -> list[str]:
    """Ids of the steps (not notes) of one lane, or of the whole map, in flow order."""
    steps = [n for n in document.nodes()
             if n.is_step and (journey_id is None or n.journey_id == journey_id)]
    if not steps:
        return []
    stage_pos = {s.id: i for i, s in enumerate(document.stages)}
    key = {n.id: (stage_pos[n.stage_id], n.x, n.y, n.label, n.id) for n in steps}
    sub = nx.DiGraph()  # built, not copied: a subgraph view's copy walks every data dict
    sub.add_nodes_from(key)
    sub.add_edges_from((a, b) for a in key for b in document.graph.successors(a) if b in key)
    condensed = nx.condensation(sub)
    members = condensed.graph["mapping"]
    groups: dict[int, list[str]] = {}
    for node_id, group in members.items():
        groups.setdefault(group, []).append(node_id)
    group_key = {g: min(key[n] for n in ids) for g, ids in groups.items()}
    order: list[str] = []
    for group in nx.lexicographical_topological_sort(condensed, key=lambda g: group_key[g]):
        order.extend(sorted(groups[group], key=key.__getitem__))
    return order
