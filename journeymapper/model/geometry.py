"""The measurements of the map, shared by the canvas and the PDF.

One Qt-free place for the grid, the shape sizes and the visual constants, so a
manager holding the paper recognises what the room drew on the screen.
Coordinates are in map units (1 unit = 1 px at 100 % zoom, 1 pt before fitting
to paper). A step's stored ``x, y`` is relative to its cell; these functions
turn that into absolute map coordinates and back.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .elements import NodeKind, OutcomeKind, Sentiment

# --- the grid ---------------------------------------------------------------
HEADER_HEIGHT = 56.0          # stage header band along the top
LANE_HEADER_WIDTH = 170.0     # micro-journey names down the left
EMOTION_BAND = 76.0           # the emotion curve at the foot of each lane
CELL_PADDING = 16.0
GRID = 8.0                    # snapping step for dragged items

# --- the shapes (width, height) -----------------------------------------------
NODE_SIZE: dict[NodeKind, tuple[float, float]] = {
    NodeKind.TOUCHPOINT: (160.0, 72.0),
    NodeKind.CROSSROADS: (112.0, 88.0),
    NodeKind.OUTCOME: (144.0, 48.0),
    NodeKind.NOTE: (136.0, 88.0),
}
OWNER_STRIPE = 8.0
LABEL_MAX_LINES = 3
FLOW_GAP = 40.0               # horizontal gap between consecutive steps at auto-layout

# --- type ---------------------------------------------------------------------
FONT_FAMILY = "DejaVu Sans"
FONT_FILE = "DejaVuSans.ttf"
FONT_BOLD_FILE = "DejaVuSans-Bold.ttf"
LABEL_PT = 9.0
SMALL_PT = 7.5
HEADER_PT = 12.0
LARGE_PRINT = 1.5             # projector mode: type and line widths

# --- colours (every one of them also has a line style, a mark or a word) -------
INK = "#1A1A1A"
MUTED_INK = "#555555"
PAPER = "#FFFFFF"
COLUMN_TINTS = ("#F4F7FB", "#FBFAF4")
HEADER_FILL = "#E3E8EF"
LANE_RULE = "#B8C0CC"
UNOWNED_GREY = "#9A9A9A"
NOTE_FILL = "#FFF3A8"
CARD_FILL = "#FFFFFF"
CROSSROADS_FILL = "#FFFFFF"

# Severity: one hue (vermillion) in five strengths, always with the number.
SEVERITY_FILL = ("#FCE9DF", "#F8C9B0", "#F0A07A", "#E2723F", "#C4480F")
SEVERITY_TEXT = ("#1A1A1A", "#1A1A1A", "#1A1A1A", "#FFFFFF", "#FFFFFF")

SENTIMENT_COLOUR = {
    Sentiment.GOOD: "#009E73",    # bluish green, solid line, ✓
    Sentiment.BAD: "#D55E00",     # vermillion, dashed line, ✗
    Sentiment.NEUTRAL: "#555555",  # grey, dotted line
}
SENTIMENT_MARK = {Sentiment.GOOD: "✓", Sentiment.BAD: "✗", Sentiment.NEUTRAL: ""}
SENTIMENT_DASH = {Sentiment.GOOD: (), Sentiment.BAD: (7.0, 4.0), Sentiment.NEUTRAL: (1.5, 3.0)}

OUTCOME_FILL = {
    OutcomeKind.LOYAL: "#DDF2EA",
    OutcomeKind.REPURCHASE: "#DDF2EA",
    OutcomeKind.RECOMMEND: "#DDF2EA",
    OutcomeKind.COMPLAIN: "#FBE6D9",
    OutcomeKind.CHURN: "#F6D0BB",
}
OUTCOME_MARK = {
    OutcomeKind.LOYAL: "♥",
    OutcomeKind.REPURCHASE: "↻",
    OutcomeKind.RECOMMEND: "★",
    OutcomeKind.COMPLAIN: "!",
    OutcomeKind.CHURN: "⛔",
}
RATING_FACE = {-2: "☹☹", -1: "☹", 0: "😐", 1: "☺", 2: "☺☺"}
RATING_WORD = {-2: "very bad", -1: "bad", 0: "neutral", 1: "good", 2: "very good"}


def node_size(kind: NodeKind) -> tuple[float, float]:
    return NODE_SIZE[NodeKind(kind)]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


class GridLayout:
    """Absolute positions of columns, lanes and steps for one state of a document.

    Build it once per redraw or query batch; it is cheap (O(stages + lanes)).
    """

    def __init__(self, stages, journeys) -> None:
        self.stage_ids = [s.id for s in stages]
        self.journey_ids = [j.id for j in journeys]
        widths = [s.width for s in stages]
        heights = [j.height for j in journeys]
        self._col_x = [LANE_HEADER_WIDTH + v for v in accumulate([0.0] + widths)]
        self._lane_y = [HEADER_HEIGHT + v for v in accumulate([0.0] + heights)]
        self._stage_pos = {sid: i for i, sid in enumerate(self.stage_ids)}
        self._journey_pos = {jid: i for i, jid in enumerate(self.journey_ids)}

    @classmethod
    def of(cls, document) -> "GridLayout":
        return cls(document.stages, document.journeys)

    # --- the grid ---
    @property
    def width(self) -> float:
        return self._col_x[-1]

    @property
    def height(self) -> float:
        return self._lane_y[-1]

    def column(self, stage_id: str) -> Rect:
        i = self._stage_pos[stage_id]
        return Rect(self._col_x[i], 0.0, self._col_x[i + 1] - self._col_x[i], self.height)

    def lane(self, journey_id: str) -> Rect:
        i = self._journey_pos[journey_id]
        return Rect(0.0, self._lane_y[i], self.width, self._lane_y[i + 1] - self._lane_y[i])

    def stage_header(self, stage_id: str) -> Rect:
        col = self.column(stage_id)
        return Rect(col.x, 0.0, col.w, HEADER_HEIGHT)

    def lane_header(self, journey_id: str) -> Rect:
        lane = self.lane(journey_id)
        return Rect(0.0, lane.y, LANE_HEADER_WIDTH, lane.h)

    def emotion_band(self, journey_id: str) -> Rect:
        lane = self.lane(journey_id)
        return Rect(LANE_HEADER_WIDTH, lane.bottom - EMOTION_BAND,
                    self.width - LANE_HEADER_WIDTH, EMOTION_BAND)

    def cell(self, stage_id: str, journey_id: str) -> Rect:
        return Rect(*self.cell_coords(stage_id, journey_id))

    def cell_coords(self, stage_id: str, journey_id: str) -> tuple[float, float, float, float]:
        """The cell's ``(x, y, w, h)`` as plain numbers (the canvas asks once per cell
        and layer when a map opens)."""
        i, j = self._stage_pos[stage_id], self._journey_pos[journey_id]
        x, y = self._col_x[i], self._lane_y[j]
        return x, y, self._col_x[i + 1] - x, self._lane_y[j + 1] - y

    # --- steps ---
    def node_rect(self, node) -> Rect:
        cell_x = self._col_x[self._stage_pos[node.stage_id]]
        cell_y = self._lane_y[self._journey_pos[node.journey_id]]
        w, h = node_size(node.kind)
        return Rect(cell_x + node.x, cell_y + node.y, w, h)

    def node_origin(self, node) -> tuple[float, float]:
        """The step's top-left corner as plain numbers (the canvas asks for every step
        when a map opens)."""
        return (self._col_x[self._stage_pos[node.stage_id]] + node.x,
                self._lane_y[self._journey_pos[node.journey_id]] + node.y)

    def cell_at(self, x: float, y: float) -> tuple[str | None, str | None]:
        """The (stage id, journey id) under an absolute point, clamped to the grid."""
        if not self.stage_ids or not self.journey_ids:
            return None, None
        i = min(max(bisect_right(self._col_x, x) - 1, 0), len(self.stage_ids) - 1)
        j = min(max(bisect_right(self._lane_y, y) - 1, 0), len(self.journey_ids) - 1)
        return self.stage_ids[i], self.journey_ids[j]

    def to_cell(self, x: float, y: float) -> tuple[str, str, float, float]:
        """Where an absolute top-left corner lands: its cell and the offset inside it."""
        stage_id, journey_id = self.cell_at(x, y)
        if stage_id is None:
            raise ValueError("The map has no stage or no micro-journey to place a step in.")
        cell = self.cell(stage_id, journey_id)
        return stage_id, journey_id, x - cell.x, y - cell.y


def snap(value: float, step: float = GRID) -> float:
    return round(value / step) * step


# --- line widths and screen type (added for the canvas; the PDF may use them too) ---
LINE_WIDTH = 1.5              # card borders, arrows
THIN_LINE_WIDTH = 1.0         # rules, grid lines
LARGE_PRINT_THIN = 2.0        # thin lines in large print: no hairlines on a projector
LARGE_PRINT_RULE = "#5A6270"  # lane rules in large print: darker, no thin greys
PT_TO_PX = 4.0 / 3.0          # 1 pt = 4/3 px at 96 dpi
HANDLE_RADIUS = 6.0           # the connect handle on a selected step's right edge
MAP_MARGIN = 80.0             # empty space around the map on the canvas
SELECTION_COLOUR = "#0072B2"  # selection outline (also drawn thicker: not colour alone)
CHANNEL_WORD = {
    "none": "", "ad": "Ad", "website": "Web", "app": "App", "email": "E-mail", "sms": "SMS",
    "phone": "Phone", "chat": "Chat", "social": "Social", "review_site": "Reviews",
    "store": "Store", "sales_rep": "Sales rep", "event": "Event", "letter": "Letter",
    "invoice": "Invoice", "self_service": "Self-service", "in_person": "In person",
    "product": "Product", "other": "Other",
}
STATUS_WORD = {"open": "open", "investigating": "investigating", "improving": "improving",
               "resolved": "resolved"}

# --- readability on paper (added for the PDF; the canvas may use them too) ---
LABEL_MIN_PT = SMALL_PT       # a label shrinks from LABEL_PT down to this, then wraps/ellipsis
MAP_MIN_TEXT_PT = SMALL_PT    # the smallest text anywhere on the map, in map units
MIN_READABLE_PT = 6.0         # printed text never goes below this; else the map is tiled
CARD_RADIUS = 8.0             # rounded corners of touchpoint cards and notes
ARROW_HEAD = 10.0             # length of an arrowhead, on the canvas (× its scale) and the PDF
FACE_SIZE = 20.0              # the drawn rating face on a touchpoint card
CROSSROADS_FILL_ALPHA = 120   # severity tint inside the diamond (0-255), under its label
