"""The canvas's words and the step classes behind its palette."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..analysis.findings import Percent
from ..model import Crossroads, NodeKind, Note, Outcome, Touchpoint
from ..qt_translate import tr

NODE_CLASSES = {NodeKind.TOUCHPOINT: Touchpoint, NodeKind.CROSSROADS: Crossroads,
                NodeKind.OUTCOME: Outcome, NodeKind.NOTE: Note}


def kind_name(kind: NodeKind) -> str:
    return {NodeKind.TOUCHPOINT: tr("touchpoint"), NodeKind.CROSSROADS: tr("crossroads"),
            NodeKind.OUTCOME: tr("outcome"), NodeKind.NOTE: tr("note")}[NodeKind(kind)]


def share_text(value: float) -> str:
    """A share in percent as the PDF and the findings print it, in the reader's
    language ("12,5 %" in Bokmål): one rule, so the map on screen and on paper agree."""
    return Percent(float(value)).text(QCoreApplication.translate)
