"""Every sentence the analysis says, and the words inside them, as English templates a
translator can reach.

The findings keep these templates and fill them in with :meth:`str.format`;
the Insights dock translates a template (context "analysis") before filling it
in. ``QT_TRANSLATE_NOOP`` here is a Qt-free marker with the name ``pyside6-lupdate``
looks for, so the catalogue picks these sentences up.
"""

from .findings import QT_TRANSLATE_NOOP

WEAKEST_LINK = QT_TRANSLATE_NOOP("analysis", "Weakest link of {journey}: {step} — {reason}.")
WEAKEST_LINK_TIE = QT_TRANSLATE_NOOP(
    "analysis",
    "Weakest link of {journey}: {count} steps tie, each hurting {hurt} on the 1–5 scale: "
    "{steps}.")
STEP_BECAUSE = QT_TRANSLATE_NOOP("analysis", "{step} — {reason}")
FRICTION = QT_TRANSLATE_NOOP(
    "analysis",
    "Friction at {step}: severity {severity}, {status}{share}.")
LANE_TOO_MANY_PATHS = QT_TRANSLATE_NOOP(
    "analysis",
    "{journey} has {total} paths from entry to outcome; the first {shown} are "
    "analysed.")
PATH_TO_CHURN = QT_TRANSLATE_NOOP(
    "analysis",
    "{journey}: {entry} → {outcome} ({outcome_kind}) in {steps}: {details}.")
ONE_MORE_PATH_TO_CHURN = QT_TRANSLATE_NOOP(
    "analysis",
    "{journey}: one more path ends in a complaint or churn.")
MORE_PATHS_TO_CHURN = QT_TRANSLATE_NOOP(
    "analysis",
    "{journey}: {count} more paths end in a complaint or churn.")
MAP_TOO_MANY_PATHS = QT_TRANSLATE_NOOP(
    "analysis",
    "The map has {total} paths from entry to outcome; the first {shown} are analysed.")
OUTCOME_ODDS = QT_TRANSLATE_NOOP("analysis", "Of the customers entering {journey} at {entry}: {odds}.")
OUTCOME_ODDS_UPSTREAM = QT_TRANSLATE_NOOP(
    "analysis",
    "Of the customers entering {journey} at {entry}: {odds}. {upstream}")
UNOWNED = QT_TRANSLATE_NOOP("analysis", "{step} ({word}) has no owner.")
HANDOFF = QT_TRANSLATE_NOOP(
    "analysis",
    "Hand-off from {source_owner} to {target_owner}: {source} → {target}.")
OWNER_SHARES = QT_TRANSLATE_NOOP(
    "analysis",
    "Owners' share of the map's {count} touchpoints and crossroads: {shares}.")
NO_ARROWS = QT_TRANSLATE_NOOP(
    "analysis",
    "The map has no arrows yet: join the steps to see paths, dead ends and odds.")
UNREACHABLE = QT_TRANSLATE_NOOP("analysis", "No entry leads to {step}.")
DEAD_END = QT_TRANSLATE_NOOP(
    "analysis",
    "{journey} ends at {step} with no outcome drawn: draw where the customers go "
    "next (an outcome, or the next micro-journey).")
REPURCHASE_LOOP = QT_TRANSLATE_NOOP(
    "analysis",
    "Repurchase loop through {steps}: customers come back, which is fine.")
LOOP = QT_TRANSLATE_NOOP(
    "analysis",
    "Loop through {steps}: customers can go round in circles.")
BOTTLENECK = QT_TRANSLATE_NOOP(
    "analysis",
    "Bottleneck: {share} of the map's paths from an entry to an outcome ({count} of "
    "{total}) pass through {step}.")
STAGE_WITHOUT_TOUCHPOINTS = QT_TRANSLATE_NOOP("analysis", "Stage {stage} has no touchpoints.")
SHARES_DO_NOT_ADD_UP = QT_TRANSLATE_NOOP(
    "analysis",
    "The shares out of {step} add up to {total}, not 100 %.")
SHARES_MISSING = QT_TRANSLATE_NOOP(
    "analysis",
    "No shares on the {count} arrows out of {step}: what happens after it is unknown.")
SHARE_INCOMPLETE = QT_TRANSLATE_NOOP(
    "analysis",
    "1 of the {count} arrows out of {step} has no share.")
SHARES_INCOMPLETE = QT_TRANSLATE_NOOP(
    "analysis",
    "{missing} of the {count} arrows out of {step} have no share.")
STAGE_WITHOUT_FEEDBACK = QT_TRANSLATE_NOOP(
    "analysis",
    "No touchpoint in {stage} has a feedback instrument: {steps}.")
TOUCHPOINT_WITHOUT_FEEDBACK = QT_TRANSLATE_NOOP(
    "analysis",
    "1 of the {count} touchpoints in {stage} has no feedback instrument: {steps}.")
TOUCHPOINTS_WITHOUT_FEEDBACK = QT_TRANSLATE_NOOP(
    "analysis",
    "{missing} of the {count} touchpoints in {stage} have no feedback instrument: "
    "{steps}.")
GLASSES_PROVIDER_HAPPIER = QT_TRANSLATE_NOOP(
    "analysis",
    "Two pairs of glasses at {step}: customers rate it {customer}, the company "
    "{provider} — fine for the provider, weak for the customer.")
GLASSES_CUSTOMER_HAPPIER = QT_TRANSLATE_NOOP(
    "analysis",
    "Two pairs of glasses at {step}: customers rate it {customer}, the company "
    "{provider} — fine for the customer, a missed chance for the provider.")
GAP_DROP = QT_TRANSLATE_NOOP(
    "analysis",
    "Drop? In {stage} the company spends effort{effort} on {activities}, but the "
    "customer meets no touchpoint there.")
GAP_NO_DATA = QT_TRANSLATE_NOOP(
    "analysis",
    "No company activities are marked in {stages}: the gap analysis has no data there "
    "(mark the touchpoints or notes the company works on as company activities).")
GAP_NO_DATA_ANYWHERE = QT_TRANSLATE_NOOP(
    "analysis",
    "No company activities are marked on the map: the gap analysis has no data (mark "
    "the touchpoints or notes the company works on as company activities).")
NOTE_EFFORT_NOT_ADDED = QT_TRANSLATE_NOOP(
    "analysis",
    "The effort on the note {note} ({effort}) is not added to {stage}: touchpoints of "
    "{journey} there already carry effort ({touchpoint_effort}), and the map cannot "
    "tell whether it is the same work. Put the effort on the touchpoints it belongs "
    "to, or keep the note where no touchpoint carries effort.")
OUTCOME_SHARE_DISAGREES = QT_TRANSLATE_NOOP(
    "analysis",
    "{outcome} says {stated} of the customers end there, but the branch shares give "
    "{computed}.")
GAP_INVEST = QT_TRANSLATE_NOOP(
    "analysis",
    "Invest? In {stage} nobody backs {steps}: no company activity, no owner.")
ACTION_OVERDUE = QT_TRANSLATE_NOOP(
    "analysis",
    "Overdue since {due}: {action} at {step} ({who}).")
ACTION_NO_DUE_DATE = QT_TRANSLATE_NOOP("analysis", "No due date: {action} at {step} ({who}).")
ACTION_DUE = QT_TRANSLATE_NOOP("analysis", "Due {due}: {action} at {step} ({who}).")

# --- words inside the sentences (each a phrase of its own, translated with the sentence) ---

# why a step is its journey's weakest link (friction.py)
WEAKEST_BY_RATING = QT_TRANSLATE_NOOP("analysis", "lowest customer rating ({rating})")
WEAKEST_BY_SEVERITY = QT_TRANSLATE_NOOP("analysis", "highest severity ({severity}, {status})")
# a crossroads' status: the map's own words, shared with the canvas and the PDF
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("canvas", "open"),
    "investigating": QT_TRANSLATE_NOOP("canvas", "investigating"),
    "improving": QT_TRANSLATE_NOOP("canvas", "improving"),
    "resolved": QT_TRANSLATE_NOOP("canvas", "resolved"),
}
OUTCOME_WORDS = {
    "loyal": QT_TRANSLATE_NOOP("analysis", "loyal"),
    "repurchase": QT_TRANSLATE_NOOP("analysis", "repurchase"),
    "recommend": QT_TRANSLATE_NOOP("analysis", "recommend"),
    "complain": QT_TRANSLATE_NOOP("analysis", "complain"),
    "churn": QT_TRANSLATE_NOOP("analysis", "churn"),
}
TOUCHPOINT_WORD = QT_TRANSLATE_NOOP("analysis", "touchpoint")
CROSSROADS_WORD = QT_TRANSLATE_NOOP("analysis", "crossroads")
UNTITLED_JOURNEY = QT_TRANSLATE_NOOP("analysis", "an untitled micro-journey")
UNTITLED_STAGE = QT_TRANSLATE_NOOP("analysis", "an untitled stage")
NOBODY = QT_TRANSLATE_NOOP("analysis", "nobody")
UNNAMED_OWNER = QT_TRANSLATE_NOOP("analysis", "an unnamed owner")
NAMES_AND_MORE = QT_TRANSLATE_NOOP("analysis", "{names} and {more} more")
QUOTED = QT_TRANSLATE_NOOP("analysis", "“{text}”")
# A name from the map (a step's label, a stage's, a micro-journey's) in the reader's quotation
# marks: ‘Booking’ in English, «Booking» in Bokmål, »Booking« in Danish, ”Booking” in Swedish.
NAMED = QT_TRANSLATE_NOOP("analysis", "‘{name}’")
BAD_BRANCH_SHARE = QT_TRANSLATE_NOOP(
    "analysis", ", {share} of the customers who reach it take the bad branch")
BAD_BRANCH_SHARE_BASES = QT_TRANSLATE_NOOP(
    "analysis", ", {share} of the customers who reach it take the bad branch ({bases})")
TOO_MANY = QT_TRANSLATE_NOOP("analysis", "too many")
NO_STEPS = QT_TRANSLATE_NOOP("analysis", "no steps")
ONE_STEP = QT_TRANSLATE_NOOP("analysis", "1 step")
STEPS = QT_TRANSLATE_NOOP("analysis", "{count} steps")
NO_HANDOFFS = QT_TRANSLATE_NOOP("analysis", "no hand-offs")
ONE_HANDOFF = QT_TRANSLATE_NOOP("analysis", "1 hand-off")
HANDOFFS = QT_TRANSLATE_NOOP("analysis", "{count} hand-offs")
SHARE_OF_CUSTOMERS = QT_TRANSLATE_NOOP("analysis", "{share} of the customers")
# the bases of a share (bases.py): of whom a percent is
SHARE_OF_ENTERING = QT_TRANSLATE_NOOP("analysis", "{share} of the customers entering {journey}")
SHARE_OF_ENTERING_UPSTREAM = QT_TRANSLATE_NOOP(
    "analysis", "{share} of the customers entering {journey} ({upstream})")
OF_ALL_ENTERING = QT_TRANSLATE_NOOP("analysis", "{share} of all customers entering {journey}")
OF_ALL_ENTERING_UNKNOWN = QT_TRANSLATE_NOOP(
    "analysis", "an unknown share of all customers entering {journey} (a share is missing "
    "on the way)")
EVERYONE_ENTERING_REACHES = QT_TRANSLATE_NOOP("analysis", "everyone entering {journeys} reaches it")
JOURNEY_AT_ENTRY = QT_TRANSLATE_NOOP("analysis", "{journey} at {entry}")
UPSTREAM_ODDS = QT_TRANSLATE_NOOP(
    "analysis", "Of all customers entering {journey}, {reach} get here: {odds}.")
UPSTREAM_ODDS_UNKNOWN = QT_TRANSLATE_NOOP(
    "analysis",
    "How many of all customers entering {journey} get here is unknown: a share is "
    "missing on the way.")
WORST_SEVERITY = QT_TRANSLATE_NOOP("analysis", "worst severity {severity}")
LOWEST_RATING = QT_TRANSLATE_NOOP("analysis", "lowest rating {rating}")
ODDS_OUTCOME = QT_TRANSLATE_NOOP("analysis", "{share} {outcome}")
ODDS_UNKNOWN = QT_TRANSLATE_NOOP("analysis", "{share} unknown (a share is missing)")
ODDS_DEAD_END = QT_TRANSLATE_NOOP("analysis", "{share} reach a step with no outcome drawn after it")
ODDS_NO_OUTCOME_DRAWN = QT_TRANSLATE_NOOP(
    "analysis", "{share} reach {step}, where {journey} ends with no outcome drawn")
ODDS_LOOPING = QT_TRANSLATE_NOOP("analysis", "{share} go round a loop")
ODDS_UNACCOUNTED = QT_TRANSLATE_NOOP("analysis", "{share} unaccounted for (shares below 100 %)")
NO_OUTCOME_REACHED = QT_TRANSLATE_NOOP("analysis", "no outcome reached")
OWNER_SHARE = QT_TRANSLATE_NOOP("analysis", "{owner} {share}")
EFFORT = QT_TRANSLATE_NOOP("analysis", " (effort {effort})")
