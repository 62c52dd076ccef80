"""The map's visual spec, Qt-free: what every step and arrow looks like.

The canvas (:mod:`journeymapper.canvas`) and the PDF (:mod:`journeymapper.export`)
are two thin backends over this one spec: :func:`step_look` and :func:`arrow_look`
say fill, border, owner mark, badges and text styles; :mod:`.sizing` how big a step is
drawn for its words and where they go (measured without Qt by :mod:`.measure`), and
:mod:`.layout` the grid as drawn round grown steps; :mod:`.arrows` says where an
arrow runs and where its label goes; :mod:`.palette` holds the constants; :mod:`.kinds` is the one table of the kinds
of step (shape, mark, words, menu order). The model
knows nothing of it (positions are stored in the grid of
:mod:`journeymapper.model.geometry`).
"""

from . import arrows, kinds, palette
from .kinds import KINDS, KindSpec, kind_spec
from .edges import ArrowLook, arrow_look, edge_look
from .steps import Badge, Border, OwnerMarker, StepLook, TextStyle, initials, step_look

__all__ = ["ArrowLook", "Badge", "Border", "KINDS", "KindSpec", "OwnerMarker", "StepLook", "TextStyle", "arrow_look",
           "arrows", "edge_look", "initials", "kind_spec", "kinds", "palette", "step_look"]
