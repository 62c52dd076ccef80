"""The map's visual spec, Qt-free: what every step and arrow looks like.

The canvas (:mod:`journeymapper.canvas`) and the PDF (:mod:`journeymapper.export`)
are two thin backends over this one spec: :func:`step_look` and :func:`arrow_look`
say fill, border, owner mark, badges and text styles; :mod:`.arrows` says where an
arrow runs and where its label goes; :mod:`.palette` holds the constants. The model
knows nothing of it (positions are stored in the grid of
:mod:`journeymapper.model.geometry`).
"""

from . import arrows, palette
from .edges import ArrowLook, arrow_look, edge_look
from .steps import Badge, Border, OwnerMarker, StepLook, TextStyle, initials, step_look

__all__ = ["ArrowLook", "Badge", "Border", "OwnerMarker", "StepLook", "TextStyle", "arrow_look",
           "arrows", "edge_look", "initials", "palette", "step_look"]
