"""Two pairs of glasses: where the customer's rating and the provider's view differ.

Only touchpoints rated from both sides count. The gap is ``provider − customer``:
positive when the company thinks a moment is better than the customer does
(fine for the provider, weak for the customer), negative when the customer is
happy but the provider sees no upsell, no "wow", nothing to be talked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Touchpoint
from .graph import order_index


@dataclass(frozen=True)
class Divergence:
    node_id: str
    rating: int  # the customer's
    provider_rating: int
    gap: int  # provider − customer


def divergences(document, minimum: int = 1) -> list[Divergence]:
    """Touchpoints whose two ratings differ by at least ``minimum``, largest gap first."""
    index = order_index(document)
    found = [Divergence(n.id, n.rating, n.provider_rating, n.provider_rating - n.rating)
             for n in document.nodes()
             if isinstance(n, Touchpoint) and n.rating is not None
             and n.provider_rating is not None and abs(n.provider_rating - n.rating) >= minimum]
    return sorted(found, key=lambda d: (-abs(d.gap), -d.gap, index.get(d.node_id, 0), d.node_id))
