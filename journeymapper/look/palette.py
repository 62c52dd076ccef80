"""The map's visual constants, one set for the canvas and the PDF.

Colours, type, line widths, marks and words: every colour also has a line style, a
mark or a word. Sizes are in map units (1 unit = 1 px at 100 % zoom, 1 pt before
fitting to paper). Qt-free: :mod:`journeymapper.look.steps` and
:mod:`journeymapper.look.edges` turn these into one spec per step and arrow.
"""

from __future__ import annotations

from ..model.elements import OutcomeKind, Sentiment

# --- the shapes ---------------------------------------------------------------
OWNER_STRIPE = 8.0
LABEL_MAX_LINES = 3

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
    OutcomeKind.CHURN: "⊘",  # (⛔ is in no font the PDF can count on: it printed as "�")
}
RATING_FACE = {-2: "☹☹", -1: "☹", 0: "😐", 1: "☺", 2: "☺☺"}
RATING_WORD = {-2: "very bad", -1: "bad", 0: "neutral", 1: "good", 2: "very good"}


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

# --- overlays on the map view (the find bar, the timer, the counts in the corner) ---
# They float over the map, so they share its ink and its meanings: open friction points
# and a timer at zero in the severity hue, "nothing open" in the good branch's green.
OVERLAY_FILL_ALPHA = 235      # the white behind an overlay's text (0-255): the map shows through
OVERLAY_ALERT = SEVERITY_FILL[4]
OVERLAY_CALM = SENTIMENT_COLOUR[Sentiment.GOOD]
OVERLAY_BORDER = LANE_RULE
