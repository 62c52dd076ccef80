"""The canvas's words and the step classes behind its palette."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..model import Crossroads, NodeKind, Note, Outcome, Touchpoint

NODE_CLASSES = {NodeKind.TOUCHPOINT: Touchpoint, NodeKind.CROSSROADS: Crossroads,
                NodeKind.OUTCOME: Outcome, NodeKind.NOTE: Note}


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def kind_name(kind: NodeKind) -> str:
    return {NodeKind.TOUCHPOINT: tr("touchpoint"), NodeKind.CROSSROADS: tr("crossroads"),
            NodeKind.OUTCOME: tr("outcome"), NodeKind.NOTE: tr("note")}[NodeKind(kind)]


def share_text(value: float) -> str:
    """A share in percent as the user's locale writes it ("12,5 %" in Norwegian)."""
    return f"{QLocale().toString(float(value), 'g', 6)} %"
