"""The canvas's words and the step classes behind its palette."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..analysis.findings import Percent
from ..look.kinds import CONTEXT as KINDS_CONTEXT, kind_spec
from ..model import NodeKind
from ..model.elements import NODE_TYPES
from ..qt_translate import tr  # noqa: F401 - the canvas's translation call

NODE_CLASSES = NODE_TYPES  # the class a new step of each kind is made of: the model's table


def kind_name(kind: NodeKind) -> str:
    """The kind's word inside a sentence ("Add {0} here"), from its entry in look/kinds."""
    return QCoreApplication.translate(KINDS_CONTEXT, kind_spec(kind).word)


def kind_text(text: str) -> str:
    """One of a kind entry's words (look/kinds) in the reader's language."""
    return QCoreApplication.translate(KINDS_CONTEXT, text)


def share_text(value: float) -> str:
    """A share in percent as the PDF and the findings print it, in the reader's
    language ("12,5 %" in Bokmål): one rule, so the map on screen and on paper agree."""
    return Percent(float(value)).text(QCoreApplication.translate)
