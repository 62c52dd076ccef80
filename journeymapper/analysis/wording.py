"""Every sentence the analysis says, as English templates a translator can reach.

The findings keep these templates and fill them in with :meth:`str.format`;
the Insights dock translates a template (context "analysis") before filling it
in. ``QT_TRANSLATE_NOOP`` here is a Qt-free marker with the name ``pyside6-lupdate``
looks for, so the catalogue picks these sentences up.
"""

from .findings import QT_TRANSLATE_NOOP

WEAKEST_LINK = QT_TRANSLATE_NOOP("analysis", "Weakest link of {journey}: {step} — {reason}.")
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
OUTCOME_ODDS = QT_TRANSLATE_NOOP("analysis", "From {entry}: {odds}.")
UNOWNED = QT_TRANSLATE_NOOP("analysis", "{step} ({word}) has no owner.")
HANDOFF = QT_TRANSLATE_NOOP(
    "analysis",
    "Hand-off from {source_owner} to {target_owner}: {source} → {target}.")
OWNER_SHARES = QT_TRANSLATE_NOOP("analysis", "Owners' share of the steps: {shares}.")
NO_ARROWS = QT_TRANSLATE_NOOP(
    "analysis",
    "The map has no arrows yet: join the steps to see paths, dead ends and odds.")
UNREACHABLE = QT_TRANSLATE_NOOP("analysis", "No entry leads to {step}.")
DEAD_END = QT_TRANSLATE_NOOP(
    "analysis",
    "Dead end: {step} leads nowhere and is not an outcome.")
REPURCHASE_LOOP = QT_TRANSLATE_NOOP(
    "analysis",
    "Repurchase loop through {steps}: customers come back, which is fine.")
LOOP = QT_TRANSLATE_NOOP(
    "analysis",
    "Loop through {steps}: customers can go round in circles.")
BOTTLENECK = QT_TRANSLATE_NOOP(
    "analysis",
    "Bottleneck: {share} of the paths ({count} of {total}) pass through {step}.")
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
GAP_INVEST = QT_TRANSLATE_NOOP(
    "analysis",
    "Invest? In {stage} nobody backs {steps}: no company activity, no owner.")
ACTION_OVERDUE = QT_TRANSLATE_NOOP(
    "analysis",
    "Overdue since {due}: {action} at {step} ({who}).")
ACTION_NO_DUE_DATE = QT_TRANSLATE_NOOP("analysis", "No due date: {action} at {step} ({who}).")
ACTION_DUE = QT_TRANSLATE_NOOP("analysis", "Due {due}: {action} at {step} ({who}).")
