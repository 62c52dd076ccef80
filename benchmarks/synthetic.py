"""Realistic synthetic journey maps of any size, the same bytes for the same seed.

Used by the benchmarks and by the reliability tests, which need large maps
that look like what a big organisation draws: many micro-journeys (lanes)
across many stages, touchpoints in a flow, crossroads whose good branch goes
on and whose bad branch ends in a complaint or churn, outcomes, sticky notes,
departments and people owning the steps, arrows from one micro-journey into
the next (lost luggage starts inside the flight), and Norwegian text with
æ ø å.

``N`` counts everything placed on the map: about 5 % notes, the rest steps.
Each cell of the stages × lanes grid holds up to four items in a 2 × 2 block
of slots, so nothing overlaps; the grid is square-ish and sized for N.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from journeymapper.model import (
    OWNER_PALETTE,
    Channel,
    Connection,
    Crossroads,
    CrossroadsStatus,
    EdgeKind,
    FeedbackInstrument,
    JourneyDocument,
    MicroJourney,
    Note,
    Outcome,
    OutcomeKind,
    Owner,
    OwnerKind,
    Sentiment,
    Stage,
    Touchpoint,
)
from journeymapper.model.geometry import CELL_PADDING, EMOTION_BAND, NODE_SIZE

SLOTS_X, SLOTS_Y = 2, 2
SLOT_W = max(w for w, _ in NODE_SIZE.values()) + CELL_PADDING   # 176
SLOT_H = max(h for _, h in NODE_SIZE.values()) + CELL_PADDING   # 104
STAGE_WIDTH = CELL_PADDING + SLOTS_X * SLOT_W
LANE_HEIGHT = CELL_PADDING + SLOTS_Y * SLOT_H + EMOTION_BAND

STAGE_NAMES = ("Bevissthet", "Vurdering", "Kjøp", "Bruk", "Gjenkjøp og anbefaling",
               "Forventning", "Levering", "Oppfølging", "Støtte", "Fornyelse")
JOURNEY_NAMES = ("Bestille reise", "Flyturen", "Bagasjen er borte", "Rørlegger på døra",
                 "Tannlegetime", "Ny strømavtale", "Retur av varer", "Fakturaspørsmål",
                 "Første møte med appen", "Klage på forsinkelse")
TOUCHPOINTS = ("Søk på nett", "Åpner appen", "Ringer kundesenteret", "Får SMS-påminnelse",
               "Leser anmeldelser", "Møter selgeren", "Mottar faktura", "Ønsker å endre",
               "Går inn i butikken", "Får e-post med kvittering", "Chatter med støtte",
               "Henter pakken på postkontoret", "Fyller ut skjema", "Sjekker inn på flyplassen",
               "Lærer å bruke produktet")
CROSSROADS = ("Finner svaret?", "Kommer fram på telefon?", "Stemmer fakturaen?",
              "Er bagasjen på båndet?", "Blir forventningen innfridd?", "Går betalingen gjennom?")
NOTES = ("Her mister vi mange kunder", "Spør om NPS først etter to uker",
         "Overlevering salg → kundeservice", "Data bør samles på én plattform")
DEPARTMENTS = ("Salg", "Kundeservice", "Økonomi", "Drift", "Markedsføring", "IT", "Logistikk")
PEOPLE = ("Åse Ødegård", "Bjørn Æsøy", "Kari Nordmann", "Ståle Brøndbo", "Märta Öberg")
OUTCOME_WORDS = {OutcomeKind.LOYAL: "Blir lojal", OutcomeKind.REPURCHASE: "Kjøper igjen",
                 OutcomeKind.RECOMMEND: "Anbefaler oss", OutcomeKind.COMPLAIN: "Klager",
                 OutcomeKind.CHURN: "Slutter som kunde"}
GOOD_OUTCOMES = (OutcomeKind.LOYAL, OutcomeKind.REPURCHASE, OutcomeKind.RECOMMEND)
BAD_OUTCOMES = (OutcomeKind.COMPLAIN, OutcomeKind.CHURN)
CHANNELS = tuple(c for c in Channel if c is not Channel.NONE)
INSTRUMENTS = tuple(FeedbackInstrument)


def grid_for(n_items: int) -> tuple[int, int]:
    """(stages, lanes) for N items at four per cell, a little wider than tall."""
    cells = max(1, math.ceil(n_items / (SLOTS_X * SLOTS_Y)))
    lanes = max(1, math.floor(math.sqrt(cells)))
    stages = max(3, math.ceil(cells / lanes))
    return stages, lanes


def make_map(n_steps: int, seed: int = 0) -> JourneyDocument:
    """A map with ``n_steps`` items on it, deterministic from ``seed``."""
    rng = random.Random(seed)
    doc = JourneyDocument()
    n_stages, n_lanes = grid_for(n_steps)
    for s in range(n_stages):
        doc.add_stage(Stage(id=f"stage-{s:03d}", name=f"{STAGE_NAMES[s % len(STAGE_NAMES)]} "
                                                    f"{s // len(STAGE_NAMES) + 1}",
                            width=STAGE_WIDTH))
    for j in range(n_lanes):
        doc.add_journey(MicroJourney(id=f"lane-{j:03d}",
                                     name=f"{JOURNEY_NAMES[j % len(JOURNEY_NAMES)]} {j + 1}",
                                     height=LANE_HEIGHT))
    owners = []
    for o in range(max(4, n_steps // 250)):
        person = o % 3 == 2
        pool = PEOPLE if person else DEPARTMENTS
        owners.append(doc.add_owner(Owner(
            id=f"owner-{o:03d}", name=f"{pool[o % len(pool)]} {o // len(pool) + 1}",
            kind=OwnerKind.PERSON if person else OwnerKind.DEPARTMENT,
            colour=OWNER_PALETTE[o % len(OWNER_PALETTE)])))
    doc.set_info(title=f"Syntetisk kundereise med {n_steps} steg (frø {seed})",
                 description="Generert for ytelsesmåling: mikroreiser, veiskiller og eiere.",
                 journey_owner_id=owners[0].id)

    # Spread the items over the lanes, filling each lane's cells left to right.
    per_lane = [n_steps // n_lanes + (1 if j < n_steps % n_lanes else 0) for j in range(n_lanes)]
    edge_no = 0
    lane_steps: list[list] = []

    def add_edge(source, target, sentiment=Sentiment.NEUTRAL, label=""):
        nonlocal edge_no
        if doc.edge_between(source.id, target.id) is not None:
            return
        kind = EdgeKind.BRANCH if isinstance(source, Crossroads) else EdgeKind.FLOW
        doc.add_edge(Connection(id=f"edge-{edge_no:06d}", source=source.id, target=target.id,
                                kind=kind, label=label, sentiment=sentiment,
                                share=rng.choice((None, 10.0, 25.0, 60.0)) if label else None))
        edge_no += 1

    item_no = 0
    for j in range(n_lanes):
        lane_id = f"lane-{j:03d}"
        prev = None          # the last touchpoint or crossroads: where the flow goes on
        steps = []
        bad_turn = False     # most crossroads get a bad branch into a complaint or churn
        for k in range(per_lane[j]):
            cell, slot = divmod(k, SLOTS_X * SLOTS_Y)
            stage_id = f"stage-{min(cell, n_stages - 1):03d}"
            x = CELL_PADDING + (slot % SLOTS_X) * SLOT_W
            y = CELL_PADDING + (slot // SLOTS_X) * SLOT_H
            node_id = f"n{item_no:06d}"
            item_no += 1
            where = dict(id=node_id, stage_id=stage_id, journey_id=lane_id, x=x, y=y)
            roll = rng.random()
            last = k == per_lane[j] - 1
            if roll < 0.05 and not last:
                doc.add_node(Note(label=rng.choice(NOTES), company_activity=rng.random() < 0.5,
                                  effort=float(rng.randint(0, 40)), **where))
                continue
            if last or roll < 0.13 or bad_turn:
                bad_turn = False
                bad = prev is not None and isinstance(prev, Crossroads) and not last
                kind = rng.choice(BAD_OUTCOMES if bad else GOOD_OUTCOMES + BAD_OUTCOMES)
                node = doc.add_node(Outcome(label=OUTCOME_WORDS[kind], outcome=kind,
                                            share=float(rng.randint(1, 60)),
                                            description="Andel målt i kundeundersøkelsen", **where))
                if prev is not None:
                    add_edge(prev, node, Sentiment.BAD if bad else Sentiment.GOOD,
                             "Nei" if bad else "")
                continue
            owner = rng.choice(owners).id if rng.random() < 0.8 else None
            if roll < 0.27:
                node = doc.add_node(Crossroads(
                    label=rng.choice(CROSSROADS), description="Her kan kunden snu – eller gå.",
                    severity=rng.randint(1, 5), status=rng.choice(tuple(CrossroadsStatus)),
                    evidence="Kundenes ærlige klager i kundesenteret, uke 12–14", action="Forbedre svarene på nett",
                    owner_id=owner,
                    due=dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 364)), **where))
            else:
                node = doc.add_node(Touchpoint(
                    label=rng.choice(TOUCHPOINTS), description="Kunden møter oss her.",
                    channel=rng.choice(CHANNELS), owner_id=owner,
                    rating=rng.choice((None, -2, -1, 0, 1, 2)),
                    provider_rating=rng.choice((None, -1, 0, 1)),
                    opportunity="Mersalg: tilby forsikring" if rng.random() < 0.2 else "",
                    feedback=rng.choice(INSTRUMENTS), kpi="Svartid < 2 min",
                    company_activity=rng.random() < 0.3, effort=float(rng.randint(0, 80)),
                    **where))
            if prev is not None:
                good = isinstance(prev, Crossroads)
                add_edge(prev, node, Sentiment.GOOD if good else Sentiment.NEUTRAL,
                         "Ja" if good else "")
            prev = node
            steps.append(node)
            bad_turn = isinstance(node, Crossroads) and rng.random() < 0.7
        lane_steps.append(steps)

    # Arrows from one micro-journey into the next.
    for j in range(n_lanes - 1):
        targets = [n for n in lane_steps[j + 1] if isinstance(n, Touchpoint)]
        if not targets:
            continue
        for k, node in enumerate(lane_steps[j]):
            if k % 15 == 7:
                add_edge(node, rng.choice(targets), Sentiment.BAD, "Går videre til")
    return doc


def main() -> None:  # pragma: no cover - a convenience for looking at a map
    import argparse

    from journeymapper import io

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    io.save(make_map(args.n, args.seed), args.out, keep_backup=False)


if __name__ == "__main__":
    main()
