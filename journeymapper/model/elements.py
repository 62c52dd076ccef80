"""The parts of a journey map, as immutable pydantic models.

Elements are frozen so nobody can change the map behind the document's back:
every change goes through :class:`~journeymapper.model.document.JourneyDocument`,
which validates the new value and tells its listeners.
"""

from __future__ import annotations

import datetime as _dt
import uuid
from enum import Enum
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 10_000
MAX_LABEL = 1_000

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Label = Annotated[str, Field(max_length=MAX_LABEL)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Coordinate = Annotated[float, Field(ge=-1_000_000, le=1_000_000, allow_inf_nan=False)]
Colour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


def new_id() -> str:
    """A fresh, stable identifier (a UUID4 in hex)."""
    return uuid.uuid4().hex


class Element(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    def with_changes(self, **changes) -> "Element":
        """A validated copy with ``changes`` applied (``model_copy`` does not validate)."""
        data = self.model_dump()
        unknown = set(changes) - set(data)
        if unknown:
            raise ValueError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        data.update(changes)
        return type(self).model_validate(data)


# --- the grid and the people -------------------------------------------------

DEFAULT_STAGE_WIDTH = 240.0
DEFAULT_LANE_HEIGHT = 300.0
MAX_CELL_LENGTH = 20_000.0  # the widest stage, the tallest lane: a map stays a map


class Stage(Element):
    """A column: one phase of the customer lifecycle (Awareness, Purchase, Use …)."""

    id: Id = Field(default_factory=new_id)
    name: Label = ""
    width: Annotated[float, Field(ge=80, le=MAX_CELL_LENGTH, allow_inf_nan=False)] = DEFAULT_STAGE_WIDTH


class MicroJourney(Element):
    """A lane: one small journey (booking the ticket, the flight, lost luggage)."""

    id: Id = Field(default_factory=new_id)
    name: Label = ""
    height: Annotated[float, Field(ge=120, le=MAX_CELL_LENGTH, allow_inf_nan=False)] = DEFAULT_LANE_HEIGHT


class OwnerKind(str, Enum):
    DEPARTMENT = "department"
    PERSON = "person"


class Owner(Element):
    """A department or a person that owns touchpoints and friction points."""

    id: Id = Field(default_factory=new_id)
    name: Label = ""
    kind: OwnerKind = OwnerKind.DEPARTMENT
    colour: Colour = "#0072B2"


# Okabe-Ito, which colour-blind viewers can tell apart, then the same hues lighter.
OWNER_PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
    "#F5C566", "#9AD3F2", "#5CC7A9", "#F7EF8E", "#5C9FD1", "#E8925C", "#E0AFCA", "#777777",
)


# --- the steps --------------------------------------------------------------

class NodeKind(str, Enum):
    TOUCHPOINT = "touchpoint"
    CROSSROADS = "crossroads"
    OUTCOME = "outcome"
    NOTE = "note"


class Channel(str, Enum):
    NONE = "none"
    AD = "ad"
    WEBSITE = "website"
    APP = "app"
    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    CHAT = "chat"
    SOCIAL = "social"
    REVIEW_SITE = "review_site"
    STORE = "store"
    SALES_REP = "sales_rep"
    EVENT = "event"
    LETTER = "letter"
    INVOICE = "invoice"
    SELF_SERVICE = "self_service"
    IN_PERSON = "in_person"
    PRODUCT = "product"
    OTHER = "other"


class FeedbackInstrument(str, Enum):
    NONE = "none"
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    SURVEY = "survey"
    INTERVIEW = "interview"
    DATA = "data"


class CrossroadsStatus(str, Enum):
    OPEN = "open"
    INVESTIGATING = "investigating"
    IMPROVING = "improving"
    RESOLVED = "resolved"


class OutcomeKind(str, Enum):
    LOYAL = "loyal"
    REPURCHASE = "repurchase"
    RECOMMEND = "recommend"
    COMPLAIN = "complain"
    CHURN = "churn"

    @property
    def is_good(self) -> bool:
        return self in (OutcomeKind.LOYAL, OutcomeKind.REPURCHASE, OutcomeKind.RECOMMEND)


Rating = Annotated[int, Field(ge=-2, le=2)]


class Node(Element):
    """What every step on the map shares: where it sits and what it says.

    ``x`` and ``y`` are the top-left corner relative to the cell of its stage
    column and lane, so reordering or resizing columns carries the step along.
    """

    id: Id = Field(default_factory=new_id)
    label: Label = ""
    stage_id: Id
    journey_id: Id
    x: Coordinate = 0.0
    y: Coordinate = 0.0

    @property
    def is_step(self) -> bool:
        """Steps take part in the flow; notes only annotate it."""
        return self.kind != NodeKind.NOTE  # type: ignore[attr-defined]


class Touchpoint(Node):
    """A moment the customer meets the company, in a channel."""

    kind: Literal[NodeKind.TOUCHPOINT] = NodeKind.TOUCHPOINT
    description: Text = ""
    channel: Channel = Channel.NONE
    owner_id: Id | None = None
    rating: Rating | None = None
    provider_rating: Rating | None = None
    opportunity: Text = ""
    feedback: FeedbackInstrument = FeedbackInstrument.NONE
    kpi: Label = ""
    company_activity: bool = False
    effort: Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False)] = 0.0


class Crossroads(Node):
    """A friction point: the customer turns towards a good experience or away."""

    kind: Literal[NodeKind.CROSSROADS] = NodeKind.CROSSROADS
    description: Text = ""
    severity: Annotated[int, Field(ge=1, le=5)] = 3
    status: CrossroadsStatus = CrossroadsStatus.OPEN
    evidence: Text = ""
    action: Text = ""
    owner_id: Id | None = None
    due: _dt.date | None = None


class Outcome(Node):
    """Where a journey ends: loyal, repurchase, recommend, complain or churn."""

    kind: Literal[NodeKind.OUTCOME] = NodeKind.OUTCOME
    outcome: OutcomeKind = OutcomeKind.LOYAL
    share: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    description: Text = ""


class Note(Node):
    """A sticky note; marked as a company activity it counts in the gap analysis."""

    kind: Literal[NodeKind.NOTE] = NodeKind.NOTE
    company_activity: bool = False
    effort: Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False)] = 0.0


AnyNode = Annotated[Union[Touchpoint, Crossroads, Outcome, Note], Field(discriminator="kind")]
NODE_TYPES: dict[NodeKind, type[Node]] = {
    NodeKind.TOUCHPOINT: Touchpoint,
    NodeKind.CROSSROADS: Crossroads,
    NodeKind.OUTCOME: Outcome,
    NodeKind.NOTE: Note,
}


# --- the arrows --------------------------------------------------------------

class EdgeKind(str, Enum):
    FLOW = "flow"
    BRANCH = "branch"


class Sentiment(str, Enum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


class Connection(Element):
    """An arrow: a flow between steps, or a branch out of a crossroads."""

    id: Id = Field(default_factory=new_id)
    source: Id
    target: Id
    kind: EdgeKind = EdgeKind.FLOW
    label: Label = ""
    sentiment: Sentiment = Sentiment.NEUTRAL
    share: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None


class MapInfo(Element):
    """What the map is and who holds it (one overall journey owner: docs/domain.md, "Owners")."""

    title: Label = ""
    description: Text = ""
    journey_owner_id: Id | None = None
