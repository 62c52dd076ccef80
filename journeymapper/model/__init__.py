"""The journey document: pydantic elements on a NetworkX graph. Runs without Qt."""

from .document import DocumentError, JourneyDocument, Removal
from .elements import (
    OWNER_PALETTE,
    AnyNode,
    Channel,
    Connection,
    Crossroads,
    CrossroadsStatus,
    EdgeKind,
    FeedbackInstrument,
    MapInfo,
    MicroJourney,
    Node,
    NodeKind,
    Note,
    Outcome,
    OutcomeKind,
    Owner,
    OwnerKind,
    Sentiment,
    Stage,
    Touchpoint,
    new_id,
)
from .events import Action, Change, ChangeBatch, Target, net_updates
from .voting import VoteCount, VoteRound

__all__ = [
    "Action", "AnyNode", "Change", "ChangeBatch", "Channel", "Connection", "Crossroads", "CrossroadsStatus",
    "DocumentError", "EdgeKind", "FeedbackInstrument", "JourneyDocument", "MapInfo",
    "MicroJourney", "Node", "NodeKind", "Note", "OWNER_PALETTE", "Outcome", "OutcomeKind",
    "Owner", "OwnerKind", "Removal", "Sentiment", "Stage", "Target", "Touchpoint", "VoteCount", "VoteRound", "net_updates", "new_id",
]
