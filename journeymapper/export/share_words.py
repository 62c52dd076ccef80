"""The PDF's share words with their bases (see :mod:`journeymapper.analysis.bases`).

A manager reads "35 %" in the friction register as 35 % of all customers unless the
page says otherwise; where the share of all who enter a micro-journey is another
number (lost luggage: 35 % of those with a missing bag, 0.25 % of all flyers), the
PDF prints it beside the local one, and an outcome's own share is set against
what the branch shares give.

The bases are worked out once per PDF (per results object the sections share).
"""

from __future__ import annotations

import weakref

from ..analysis.bases import OutcomeShareCheck, ShareBases, share_bases
from .words import percent, translate

_CACHE: "weakref.WeakKeyDictionary[object, tuple]" = weakref.WeakKeyDictionary()


def bases_for(document, results) -> ShareBases:
    """The map's share bases, made once for ``results`` (the PDF's analysis results)."""
    found = _CACHE.get(results)
    if found is None or found[0] is not document:
        found = (document, share_bases(document), {})
        _CACHE[results] = found
    return found[1]


def outcome_check(document, results, node) -> OutcomeShareCheck | None:
    """The outcome's own share against the branch arithmetic (None: it states none)."""
    bases_for(document, results)
    checks = _CACHE[results][2]
    if node.id not in checks:
        checks[node.id] = _CACHE[results][1].outcome_check(node)
    return checks[node.id]


def of_all_entering(document, results, words, node_id: str, share: float) -> list[str]:
    """``share`` % of those who reach ``node_id`` as shares of all customers entering each
    micro-journey they come through, where that is another number ("0.25 % of all
    entering ‘The flight’"); nothing where everyone entering reaches the step."""
    out = []
    for base in bases_for(document, results).entering(node_id, share):
        if base.percent is not None and abs(base.percent - share) < 0.05:
            continue
        journey = words.journey.get(base.journey_id, "")
        if base.percent is None:
            out.append(translate("export", "an unknown share of all entering ‘{0}’").format(
                journey))
        else:
            out.append(translate("export", "{0} of all entering ‘{1}’").format(
                percent(base.percent), journey))
    return out


def computed_words(words, check: OutcomeShareCheck) -> str:
    """What the branch shares give for an outcome, on each base: "29 % of those entering
    ‘The flight’"."""
    parts = []
    for base in check.computed:
        if base.percent is None:
            continue
        template = (translate("export", "{0} of all entering ‘{1}’") if base.upstream
                    else translate("export", "{0} of those entering ‘{1}’"))
        parts.append(template.format(percent(base.percent),
                                     words.journey.get(base.journey_id, "")))
    return "; ".join(parts)

